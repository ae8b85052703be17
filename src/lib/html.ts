/** Small, safe rewrites of HTML and text placed in HTML. */

/** Links to other sites get rel="noopener noreferrer" (content Markdown cannot set it). */
export const relExternal = (html: string) =>
  html.replace(/<a\s([^>]*href="https?:\/\/[^"]*"[^>]*)>/g, (tag, attrs: string) =>
    /\srel=/.test(` ${attrs}`) ? tag : `<a ${attrs} rel="noopener noreferrer">`,
  );

/**
 * JSON to place inside a <script> element (JSON-LD, data for a page script). `<`, `>` and `&` are
 * escaped so that no value can close the element ("</script><meta http-equiv=refresh …>"), and
 * U+2028/U+2029 so the text is also valid JavaScript. The JSON means exactly the same.
 */
export const jsonForScript = (value: unknown) =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Text placed in HTML by hand (outside Astro's templates, which escape by themselves). */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
