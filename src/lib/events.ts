/**
 * The site's events as of the build date: plain event files, and each yearly rule's event per year
 * merged with that year's dated file (./occurrences.ts does the dates and the merging).
 */
import { type CollectionEntry } from 'astro:content';
import { published } from './collections';
import { buildDate } from './build-date';
import { buildEvents, everyLabel, type EventItem } from './occurrences';
import { htmlToText } from './text';
import { t } from '../i18n/ui';

export type EventEntry = CollectionEntry<'events'>;
export type RuleEntry = CollectionEntry<'eventRules'>;
type BodyRef = EventEntry['data']['organizers'][number];

export interface SiteEvent extends EventItem<BodyRef> {
  /** The files whose Markdown is the page's text, in order: the rule's, then the event's own file. */
  entries: (RuleEntry | EventEntry)[];
}

/** All published events, oldest first (the order does not depend on the build date). */
export async function datedEvents(): Promise<SiteEvent[]> {
  const [files, rules] = await Promise.all([published('events'), published('eventRules')]);
  const fileById = new Map(files.map((e) => [e.id, e]));
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  return buildEvents(files, rules, buildDate()).map((item) => ({
    ...item,
    entries: [item.yearly && ruleById.get(item.yearly.rule), item.file && fileById.get(item.file)].filter(
      (e): e is RuleEntry | EventEntry => !!e,
    ),
  }));
}

/** What a yearly event's page says of its theme: the theme, or that it is not announced (yet). */
export function themeText(e: EventItem<unknown>) {
  if (e.theme) return `“${e.theme}”`;
  if (!e.yearly?.yearlyTheme) return undefined;
  return e.when.lastDay < buildDate() ? t('event.themeUnconfirmed') : t('event.themeNotAnnounced');
}

/** "tháng 6, theo Điều 11 Luật Trẻ em 2016": the rule a yearly event follows. */
export const yearlyText = (e: EventItem<unknown>) =>
  e.yearly && [everyLabel(e.yearly.every), e.yearly.basis && `theo ${e.yearly.basis}`].filter(Boolean).join(', ');

/** The page's text for calendars: the rule, the theme, then the Markdown of its files. */
export function eventText(e: SiteEvent) {
  const yearly = yearlyText(e);
  const theme = themeText(e);
  return [
    yearly && `${t('event.yearly')}: ${yearly}.`,
    theme && `${t('event.theme')}: ${theme}.`,
    ...e.entries.map((entry) => htmlToText(entry.rendered?.html ?? '')),
  ]
    .filter(Boolean)
    .join('\n\n');
}
