/**
 * Every built page is valid HTML (html-validate, recommended rules). Relaxed rules, with reasons:
 * no-trailing-whitespace and void-style: formatting of Astro's output, not errors;
 * long-title: titles carry the page name and the site's short name, which readers need;
 * no-redundant-role: role="search" on <form> keeps the landmark in older screen readers;
 * attribute-boolean-style: Astro writes boolean attributes as hidden="" and that is valid;
 * tel-non-breaking: our tel: links say "Gọi 111: …" in words that must wrap on a 360 px screen.
 */
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { htmlPages } from '../helpers/dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML validity', () => {
  it.each(htmlPages().map((p) => [p.url, p.html]))('%s has no error', async (url, html) => {
    const report = await validator.validateString(html, `dist${url}`);
    const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(errors).toEqual([]);
  });
});
