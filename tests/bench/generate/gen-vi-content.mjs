// Usage: node tests/bench/generate/gen-vi-content.mjs --n 100 --out <dir> [--seed 1] [--clean yes]
// (The performance harness's page generator, kept here so that `npm run bench` needs nothing outside the repository.)
// Synthetic Vietnamese public-information pages (~800 words: intro, H2/H3 sections, a bullet list, a numbered
// list, a 4-column table) for build-scaling and page-weight tests. Writes <out>/<section>/<slug>.md with
// frontmatter {title, description}; deterministic for a seed. --clean yes empties <out> first.
// Vocabulary is limited (about 2,500 distinct words at N=1000), so a real corpus gives a larger Pagefind index.
import fs from 'node:fs';
import path from 'node:path';
import * as B from './vi-bank.mjs';
const args = Object.fromEntries(
  process.argv.slice(2).reduce((a, v, i, arr) => (v.startsWith('--') && a.push([v.slice(2), arr[i + 1]]), a), []),
);
const N = +args.n || 100,
  OUT = args.out,
  SEED = +args.seed || 1;
if (!OUT) throw new Error('--out required');
let s = SEED >>> 0;
const rnd = () => {
  s += 0x6d2b79f5;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (a) => a[Math.floor(rnd() * a.length)];
const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const slugify = (t) =>
  t
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const months = ['Một', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Mười Một', 'Mười Hai'];
const money = () => (int(5, 300) * 1000).toLocaleString('de-DE');
const fill = (t) =>
  t.replace(
    /\{(\w+)\}/g,
    (_, k) =>
      ({
        agency: pick(B.agencies),
        school: pick(B.schools),
        ward: pick(B.wards),
        prov: pick(B.provinces),
        n: int(40, 900),
        k: int(3, 15),
        date: `${int(1, 28)} tháng ${pick(months)}`,
        h1: int(7, 8),
        h2: int(4, 5),
        phone: `0${int(200, 299)} ${int(100, 999)} ${int(1000, 9999)}`,
        times: pick(['hai', 'ba']),
        money: money(),
      })[k] ?? k,
  );
const para = (min, max) => Array.from({ length: int(min, max) }, () => fill(pick(B.S))).join(' ');
const words = (t) => t.split(/\s+/).filter(Boolean).length;
function page(i) {
  const [secSlug, secName, subs] = B.topics[i % B.topics.length];
  const sub = pick(subs),
    place = pick(rnd() < 0.5 ? B.wards : B.provinces.map((p) => 'tỉnh ' + p));
  const title = `${sub} tại ${place}`;
  const slug = `${slugify(sub)}-${String(i + 1).padStart(4, '0')}`;
  const desc = fill(pick(B.S));
  const parts = [para(3, 5)];
  const hs = [...B.headings].sort(() => rnd() - 0.5);
  let h = 0,
    didList = false,
    didSteps = false,
    didTable = false;
  while (words(parts.join(' ')) < 780 || !didTable || !didList || !didSteps) {
    const hd = hs[h++ % hs.length];
    parts.push(`## ${hd}`, para(2, 4));
    if (!didList) {
      parts.push(Array.from({ length: int(4, 7) }, () => `- ${pick(B.bullets)}`).join('\n'));
      didList = true;
    } else if (!didSteps) {
      parts.push(
        [...B.steps]
          .slice(0, int(4, 8))
          .map((x, j) => `${j + 1}. ${x}`)
          .join('\n'),
      );
      didSteps = true;
    } else if (!didTable) {
      const rows = Array.from(
        { length: int(4, 6) },
        () => `| ${pick(B.headings)} | ${int(1, 28)}/${int(1, 12)}/2026 | ${pick(B.agencies)} | ${money()} đồng |`,
      );
      parts.push(
        `### Bảng tóm tắt\n\n| Nội dung | Thời hạn | Nơi thực hiện | Mức thu |\n| --- | --- | --- | ---: |\n${rows.join('\n')}`,
      );
      didTable = true;
    } else if (rnd() < 0.3) parts.push(`### ${pick(B.headings)}`, para(2, 3));
    if (h > 30) break;
  }
  const body = parts.join('\n\n');
  const fm = `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(desc)}\n---\n\n`;
  return { dir: secSlug, file: `${slug}.md`, text: fm + body + '\n', words: words(body) };
}
if (args.clean === 'yes') fs.rmSync(OUT, { recursive: true, force: true });
let total = 0;
for (let i = 0; i < N; i++) {
  const p = page(i);
  total += p.words;
  fs.mkdirSync(path.join(OUT, p.dir), { recursive: true });
  fs.writeFileSync(path.join(OUT, p.dir, p.file), p.text.normalize('NFC'));
}
console.log(`wrote ${N} pages to ${OUT}, avg ${Math.round(total / N)} words/page`);
