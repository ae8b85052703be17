/**
 * Steps added to the Markdown pipeline (Sätteri, the processor Astro 7 uses).
 * Aligned table columns come out as `style="text-align: right"`, which the Content Security Policy
 * blocks (no inline styles): they become classes instead, so the alignment survives.
 */
import { defineHastPlugin } from 'satteri';

const alignments = { left: 'text-left', center: 'text-center', right: 'text-right' } as const;

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
