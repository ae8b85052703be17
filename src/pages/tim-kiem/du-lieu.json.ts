/**
 * The search page's data, fetched only by that page once it opens: the editors' synonyms, and what
 * numbers in a query can name (articles, legal documents, hotlines, events by year; see
 * lib/search-targets), from content. `npm run build` then adds the accent model and facts about the
 * index (src/cli/search-model.ts).
 */
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { published } from '../../lib/collections';
import { citableLaws, citedLaws } from '../../lib/citations';
import { datedEvents } from '../../lib/events';
import { publishedContacts } from '../../lib/contacts';
import { url } from '../../lib/site-map';
import { slugify } from '../../lib/text';
import { lawKinds } from '../../schemas/law';
import type { SearchTargets } from '../../lib/search-targets';
import type { SearchData } from '../../lib/search-engine';

export const GET: APIRoute = async () => {
  const laws = await published('laws');
  // /quyen-tre-em/ lists the articles of the law its text cites as "Luật Trẻ em".
  const [rightsLaw] = citedLaws('Luật Trẻ em', await citableLaws());
  const targets: SearchTargets = {
    articles: [
      ...(await getCollection('rights')).map((a) => ({
        n: a.data.article,
        url: url.article(a.data.article),
        title: `Điều ${a.data.article}. ${a.data.name}`,
        law: rightsLaw ? url.law(rightsLaw) : '',
      })),
      ...laws.flatMap((l) =>
        l.data.keyArticles.flatMap((a) => {
          const n = /Điều (\d+)/.exec(a.article);
          return n
            ? [
                {
                  n: Number(n[1]),
                  url: `${url.law(l.id)}#${slugify(a.article)}`,
                  title: a.name ? `${a.article}. ${a.name}` : a.article,
                  law: url.law(l.id),
                },
              ]
            : [];
        }),
      ),
    ],
    laws: laws.map((l) => ({
      url: url.law(l.id),
      title: l.data.title,
      number: l.data.number ?? '',
      kind: lawKinds[l.data.kind],
      names: [l.data.number ?? '', ...l.data.citedAs].filter(Boolean),
    })),
    contacts: (await publishedContacts()).map((c) => ({
      url: url.contact(c.id),
      title: c.data.title,
      numbers: c.data.numbers.map((n) => n.number),
    })),
    events: (await datedEvents()).map((e) => ({
      url: url.event(e.id),
      title: e.title,
      year: Number(e.when.start.slice(0, 4)),
    })),
  };
  const synonyms = (await getEntry('synonyms', 'dong-nghia'))!.data.groups;
  const data: SearchData = { synonyms, targets };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
