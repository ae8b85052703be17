/** Small, safe rewrites of rendered HTML done once in the layout. */

/** Links to other sites get rel="noopener noreferrer" (content Markdown cannot set it). */
export const relExternal = (html: string) =>
  html.replace(/<a\s([^>]*href="https?:\/\/[^"]*"[^>]*)>/g, (tag, attrs: string) =>
    /\srel=/.test(` ${attrs}`) ? tag : `<a ${attrs} rel="noopener noreferrer">`,
  );
