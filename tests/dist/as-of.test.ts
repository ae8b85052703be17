/**
 * The build date is an input: a second build of content/ as of 2027-07-01, with a details file for
 * the Month of Action 2027 (theme, days, place), shows June 2027 as past, the June 2028 events as
 * new, and the 2027 theme on the 2027 page only. Astro only (no search index): one lean build, with
 * its own cache folder so it cannot disturb another build running at the same time.
 */
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { parse } from 'node-html-parser';
import { contentWith, childEnv } from '../helpers/content-copy';
import { visibleText } from '../helpers/dist';
import { checkContent } from '../../src/lib/validate';

const asOf = '2027-07-01';
const detailsFile = 'su-kien/2027-06-01-thang-hanh-dong-vi-tre-em-2027.md';
const theme = 'Chủ đề thử nghiệm của năm 2027';
const tmp = mkdtempSync(join(tmpdir(), 'as-of-'));
const out = join(tmp, 'dist');
let copy: ReturnType<typeof contentWith>;
const read = (p: string) => readFileSync(join(out, p), 'utf8');
const main = (id: string) => visibleText(parse(read(`su-kien/${id}/index.html`)).querySelector('main')!);

beforeAll(() => {
  copy = contentWith({ [detailsFile]: readFileSync(`tests/fixtures/valid/${detailsFile.replace('/', '--')}`, 'utf8') });
  const script = `import { build } from 'astro';
await build({ root: process.cwd(), outDir: ${JSON.stringify(out)}, cacheDir: ${JSON.stringify(join(tmp, 'cache'))}, logLevel: 'error' });`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: childEnv({ CONTENT_DIR: copy.dir, BUILD_DATE: asOf }),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
}, 240_000);
afterAll(() => {
  copy?.cleanup();
  rmSync(tmp, { recursive: true, force: true });
});

describe(`built as of ${asOf}`, () => {
  it('the details file passes the checker', () => {
    expect(checkContent(copy.dir, asOf).filter((p) => p.level === 'error')).toEqual([]);
  });

  it('the home page no longer lists the Month of Action 2027 but the next events, June 2028 among them', () => {
    const items = parse(read('index.html')).querySelectorAll('[data-upcoming-list] > li');
    const links = items.map((li) => li.querySelector('a')!.getAttribute('href'));
    expect(items.map((li) => li.getAttribute('data-last-day')!).filter((d) => d < asOf)).toEqual([]);
    expect(links).not.toContain('/su-kien/2027-06-01-thang-hanh-dong-vi-tre-em-2027/');
    expect(links[0]).toBe('/su-kien/2027-09-15-tet-trung-thu-2027/');
    expect(links).toContain('/su-kien/2028-06-01-thang-hanh-dong-vi-tre-em-2028/');
  });

  it('2028 has its pages, calendar entries and feed items; what is further than twelve months ahead not yet', () => {
    const vevents = new ICAL.Component(ICAL.parse(read('su-kien/lich.ics')))
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c));
    const uids = vevents.map((v) => v.uid);
    for (const id of [
      '2028-06-01-thang-hanh-dong-vi-tre-em-2028',
      '2028-06-01-ngay-quoc-te-thieu-nhi-2028',
      '2028-06-28-ngay-gia-dinh-viet-nam-2028',
    ]) {
      expect(uids).toContain(`${id}@tre-em-buon-ma-thuot`);
      expect(existsSync(join(out, `su-kien/${id}/index.html`))).toBe(true);
      expect(read('su-kien/rss.xml')).toContain(`/su-kien/${id}/`);
    }
    expect(uids.filter((u) => u.startsWith('2028-1') || u.startsWith('2028-09'))).toEqual([]);
    expect(main('2028-06-01-thang-hanh-dong-vi-tre-em-2028')).toContain('Chủ đề chưa công bố');
  });

  it("the 2027 details show on the 2027 page, its .ics and nowhere else; the address is the generated one's", () => {
    const page2027 = main('2027-06-01-thang-hanh-dong-vi-tre-em-2027');
    expect(page2027).toContain(`Chủ đề “${theme}”`);
    expect(page2027).toContain('Thứ Ba, 1/6/2027 – Thứ Tư, 30/6/2027');
    expect(page2027).toContain('Địa điểm Phường thử nghiệm');
    expect(page2027).toContain('Hoạt động thử nghiệm tại địa phương trong năm 2027.');
    // The rule's text and sources stay, after the year's own.
    expect(page2027).toContain('khoản 1 Điều 11');
    expect(read('su-kien/2027-06-01-thang-hanh-dong-vi-tre-em-2027/index.html')).toContain(
      'https://nguon-thu.test/thang-hanh-dong-2027',
    );
    const ics = new ICAL.Component(ICAL.parse(read('su-kien/2027-06-01-thang-hanh-dong-vi-tre-em-2027.ics')));
    expect(new ICAL.Event(ics.getFirstSubcomponent('vevent')!).description).toContain(`Chủ đề: “${theme}”.`);
    for (const other of ['2026-06-01-thang-hanh-dong-vi-tre-em-2026', '2028-06-01-thang-hanh-dong-vi-tre-em-2028'])
      expect(main(other)).not.toContain(theme);
    expect(read('su-kien/index.html').match(/thang-hanh-dong-vi-tre-em-2027\//g)).toHaveLength(1);
  });
});
