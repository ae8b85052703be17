/**
 * How content Markdown is turned into HTML, in one place: astro.config.mjs gives these options to
 * Sätteri (Astro's Rust Markdown processor) and the editors' checker parses with the same parser and
 * options, so a link, a heading's anchor or a piece of HTML is what the build will publish.
 */
import type { Features } from 'satteri';

export const markdownFeatures = {
  // The plan is published word for word: no "smart" quotes or dashes may alter it.
  smartPunctuation: false,
  // Footnotes are labelled in Vietnamese like the rest of the site.
  gfm: { footnotes: { label: 'Chú thích', backLabel: 'Quay lại chỗ chú thích {reference}' } },
} satisfies Features;
