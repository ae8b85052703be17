/**
 * Every source on the built site says how far it can be trusted ("Văn bản gốc", "Nguồn chính thức",
 * "Nguồn tham khảo"), and the words "văn bản gốc" stand next to a link only when that link is an
 * official text (kind: van-ban). Each law page offers "Đọc văn bản gốc" exactly when its file links
 * the official text, and otherwise says what its full text is.
 */
import { getCollection } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { htmlPages, page, visibleText } from '../../helpers/dist';
import { sourceKinds } from '../../../src/lib/source-tiers';

const pages = htmlPages().map((p) => ({ url: p.url, dom: parse(p.html) }));
const says = (el: HTMLElement) => /văn bản gốc/i.test(visibleText(el).normalize('NFC'));
const laws = (await getCollection('laws')).filter((l) => !l.data.draft);

describe('source labels on every page', () => {
  const labelled = pages.flatMap(({ url, dom }) =>
    dom.querySelectorAll('[data-source-kind]').map((el) => ({ url, el, kind: el.getAttribute('data-source-kind')! })),
  );

  it('there are sources of every tier, on many pages', () => {
    expect(new Set(labelled.map((s) => s.kind))).toEqual(new Set(Object.keys(sourceKinds)));
    expect(new Set(labelled.map((s) => s.url)).size).toBeGreaterThan(40);
  });

  it('each item of a source list names its tier, then links the source', () => {
    for (const { url, dom } of pages)
      for (const li of dom.querySelectorAll('section[aria-labelledby="nguon"] li')) {
        const source = li.querySelector('[data-source-kind]');
        expect(source, `${url}: ${visibleText(li)}`).toBeTruthy();
        const label = sourceKinds[source!.getAttribute('data-source-kind') as keyof typeof sourceKinds];
        expect(visibleText(source!).startsWith(`${label}:`), `${url}: ${visibleText(li)}`).toBe(true);
        expect(source!.querySelector('a[href]'), url).toBeTruthy();
      }
  });

  it('no source that is not an official text says "văn bản gốc", nor does the list item or line around it', () => {
    const offending = labelled
      .filter(({ kind }) => kind !== 'van-ban')
      .filter(({ el }) => says(el) || says(el.closest('li, dd') ?? el))
      .map(({ url, el }) => `${url}: ${visibleText(el)}`);
    expect(offending).toEqual([]);
  });

  it('wherever "văn bản gốc" stands next to a link out of the site, that link is an official text', () => {
    const offending = pages.flatMap(({ url, dom }) =>
      dom
        .querySelectorAll('a[href^="http"]')
        .filter((a) => says(a) || says(a.parentNode as HTMLElement))
        .filter((a) => a.closest('[data-source-kind]')?.getAttribute('data-source-kind') !== 'van-ban')
        .map((a) => `${url}: ${visibleText(a.parentNode as HTMLElement)}`),
    );
    expect(offending).toEqual([]);
  });
});

describe('the full text of each law', () => {
  it.each(laws.map((l) => [l.id, l] as const))('%s', (id, law) => {
    const dd = page(`/phap-luat/${id}/`)
      .querySelectorAll('dl.meta-list dt')
      .find((dt) => visibleText(dt) === 'Toàn văn')!.nextElementSibling!;
    const full = law.data.fullText;
    if (!full) {
      expect(dd.querySelector('a')).toBeNull();
      expect(visibleText(dd)).toContain('chưa tìm được toàn văn');
      return;
    }
    const link = dd.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(full.url);
    expect(visibleText(link) === 'Đọc văn bản gốc').toBe(full.kind === 'van-ban');
    if (full.kind === 'tham-khao') expect(visibleText(dd)).toContain('bản tham khảo, không phải bản chính thức');
  });

  it('some laws link their official text and some only a copy, and each page says which', () => {
    const kinds = laws.map((l) => l.data.fullText?.kind ?? 'none');
    expect(kinds).toContain('van-ban');
    expect(kinds).toContain('tham-khao');
    expect(kinds).toContain('none');
  });
});

describe('law metadata', () => {
  it('the Convention has no number of its own: its page says which resolution adopted it', () => {
    const text = visibleText(page('/phap-luat/cong-uoc-quyen-tre-em/').querySelector('dl.meta-list')!);
    expect(text).toContain('Được thông qua bằng Nghị quyết 44/25 của Đại hội đồng Liên hợp quốc');
    expect(visibleText(page('/phap-luat/').querySelector('main')!)).not.toContain('Công ước số');
  });

  it('a decision that implements a directive says so on both pages, and neither says it amends', () => {
    const decision = visibleText(page('/phap-luat/quyet-dinh-1183-2024/').querySelector('dl.meta-list')!);
    const directive = visibleText(page('/phap-luat/chi-thi-28-ct-tw/').querySelector('dl.meta-list')!);
    expect(decision).toContain('Văn bản này thực hiện, triển khai: Chỉ thị 28-CT/TW');
    expect(directive).toContain('Được thực hiện, triển khai bởi: Quyết định 1183/QĐ-TTg');
    for (const text of [decision, directive]) expect(text).not.toMatch(/sửa đổi, bổ sung/);
  });

  it('a decree that details a law says so on both pages', () => {
    expect(visibleText(page('/phap-luat/nghi-dinh-56-2017/').querySelector('dl.meta-list')!)).toContain(
      'Văn bản này quy định chi tiết, hướng dẫn thi hành: Luật Trẻ em 2016',
    );
    expect(visibleText(page('/phap-luat/luat-tre-em-2016/').querySelector('dl.meta-list')!)).toContain(
      'Được quy định chi tiết, hướng dẫn thi hành bởi: Nghị định 56/2017/NĐ-CP',
    );
  });
});
