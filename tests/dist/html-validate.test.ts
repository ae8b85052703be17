/** Every built page is valid HTML (html-validate, recommended rules; the few relaxed ones say why). */
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { htmlPages } from '../helpers/dist';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Formatting of Astro's output, not errors.
    'no-trailing-whitespace': 'off',
    'void-style': 'off',
    // Titles carry the page name and the site's short name, which readers need.
    'long-title': 'off',
    // role="search" on <form> keeps the landmark in older screen readers.
    'no-redundant-role': 'off',
    // Astro writes boolean attributes as hidden="", which is valid.
    'attribute-boolean-style': 'off',
    // Our tel: links say "Gọi 111: …" in words that must wrap on a 360 px screen.
    'tel-non-breaking': 'off',
    // Kept strict on purpose: the Content Security Policy forbids inline styles.
    'no-inline-style': 'error',
  },
});

describe('HTML validity', () => {
  it.each(htmlPages().map((p) => [p.url, p.html]))('%s has no error', async (url, html) => {
    const report = await validator.validateString(html, `dist${url}`);
    const errors = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});
