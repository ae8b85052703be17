/** The one place that uses Astro's (still experimental) container API, so a rename touches one file. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';

type Component = Parameters<Awaited<ReturnType<typeof AstroContainer.create>>['renderToString']>[0];
let container: Awaited<ReturnType<typeof AstroContainer.create>> | undefined;

export async function render(
  component: Component,
  props: Record<string, unknown> = {},
  slots: Record<string, string> = {},
) {
  container ??= await AstroContainer.create();
  return container.renderToString(component, { props, slots });
}
