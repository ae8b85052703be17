/**
 * How content Markdown becomes HTML, in one place: astro.config.mjs gives these options and steps to
 * Sätteri (the processor Astro 7 uses), and the editors' checker renders with the same ones, so a
 * link, a heading's anchor or a piece of HTML is judged as the build will publish it.
 */
import { defineHastPlugin, type Features } from 'satteri';

export const markdownFeatures = {
  // The plan is published word for word: no "smart" quotes or dashes may alter it.
  smartPunctuation: false,
  // Footnotes are labelled in Vietnamese like the rest of the site.
  gfm: { footnotes: { label: 'Chú thích', backLabel: 'Quay lại chỗ chú thích {reference}' } },
} satisfies Features;

const alignments = { left: 'text-left', center: 'text-center', right: 'text-right' } as const;

/**
 * Aligned table columns come out as `style="text-align: right"`, which the Content Security Policy
 * blocks (no inline styles): they become classes instead, so the alignment survives.
 */
export const tableAlignClasses = defineHastPlugin({
  name: 'table-align-classes',
  element: {
    filter: ['th', 'td'],
    visit(node, ctx) {
      const style = String(node.properties?.style ?? '');
      const align = /text-align:\s*(left|center|right)/.exec(style)?.[1] as keyof typeof alignments | undefined;
      if (!align) return;
      ctx.setProperty(node, 'style', undefined);
      ctx.setProperty(node, 'className', [alignments[align]]);
    },
  },
});

/** The steps added to Sätteri's own, in order. */
export const markdownHastPlugins = [tableAlignClasses];
