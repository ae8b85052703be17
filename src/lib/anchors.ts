/**
 * Stable anchors inside a guide, so that a search result can point to the step that answers it.
 * Editors keep writing plain Markdown (## headings, numbered lists); at render time each heading gets
 * an ASCII id from its words ("## Gọi ai" → #goi-ai) and each step of a numbered list an id of its
 * own (#goi-ai-2) and a title that Pagefind shows as a sub-result ("Gọi ai › 2. Trẻ bị xâm hại…").
 */
import { htmlToText, slugify } from './text.ts';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The words a step starts with: its bold lead-in, or its first sentence, cut at a word. */
function stepLead(html: string) {
  const bold = /^\s*<strong>([\s\S]*?)<\/strong>/.exec(html);
  const text = htmlToText(bold ? bold[1] : html).replace(/[.:;,]+$/, '');
  const sentence = bold ? text : text.split(/(?<=[.:?!])\s/)[0].replace(/[.:;,]+$/, '');
  return sentence.length <= 80 ? sentence : `${sentence.slice(0, 80).replace(/\s+\S*$/, '')}…`;
}

/** Give a guide's headings ASCII ids and each step of its top-level numbered lists an anchor and a title. */
export function anchorSteps(html: string): string {
  const used = new Set<string>();
  const unique = (id: string) => {
    let u = id;
    for (let n = 2; used.has(u); n++) u = `${id}-${n}`;
    used.add(u);
    return u;
  };
  const headings = new Map<string, string>();
  const withHeadingIds = html.replace(
    /<(h[2-4])\b([^>]*)>([\s\S]*?)<\/\1>/g,
    (_, tag: string, attrs: string, inner) => {
      const id = unique(slugify(htmlToText(inner)) || tag);
      headings.set(id, htmlToText(inner));
      return `<${tag} id="${id}"${attrs.replace(/\s+id="[^"]*"/, '')}>${inner}</${tag}>`;
    },
  );

  const tokens = withHeadingIds.split(/(<[^>]+>)/);
  const lists: ('ol' | 'ul' | 'li')[] = [];
  let heading = { id: '', title: '' };
  let step = 0;
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const tag = /^<(\/?)(h[2-4]|ol|ul|li)\b([^>]*)>$/.exec(tokens[i]);
    if (!tag) continue;
    const [, closing, name, attrs] = tag;
    if (/^h/.test(name)) {
      if (!closing) {
        const id = /\sid="([^"]*)"/.exec(attrs)![1];
        heading = { id, title: headings.get(id)! };
      }
      continue;
    }
    if (closing) {
      lists.pop();
      if (name === 'li' && lists.length === 1 && open >= 0) {
        const lead = stepLead(tokens.slice(open + 1, i).join(''));
        const n = ++step;
        const id = unique(heading.id ? `${heading.id}-${n}` : `buoc-${n}`);
        const title = `${heading.title ? `${heading.title} › ` : ''}${n}. ${lead}`;
        tokens[open] = `<li id="${id}" data-pagefind-title="${escapeAttr(title)}"${tokens[open].slice(3)}`;
        open = -1;
      }
      continue;
    }
    if (name === 'ol' && lists.length === 0) {
      const start = /\sstart="(\d+)"/.exec(attrs);
      step = start ? Number(start[1]) - 1 : 0;
    }
    if (name === 'li' && lists.length === 1 && lists[0] === 'ol') open = i;
    lists.push(name as 'ol' | 'ul' | 'li');
  }
  return tokens.join('');
}
