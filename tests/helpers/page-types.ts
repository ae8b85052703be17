/** One representative built page per page type, for budgets, accessibility and browser checks. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './dist.ts';

const first = (dir: string) => {
  const d = readdirSync(join(distDir, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'loai')
    .map((e) => e.name)
    .sort();
  if (!d.length) throw new Error(`no built page under /${dir}/`);
  return `/${dir}/${d[0]}/`;
};

export const pageTypes = () => ({
  home: '/',
  plan: '/ke-hoach/',
  bodies: '/co-quan/',
  body: first('co-quan'),
  rights: '/quyen-tre-em/',
  laws: '/phap-luat/',
  law: '/phap-luat/luat-tre-em-2016/',
  help: '/ho-tro/',
  guide: first('ho-tro'),
  events: '/su-kien/',
  event: first('su-kien'),
  page: '/gioi-thieu/',
  search: '/tim-kiem/',
  index: '/muc-luc/',
  emergency: '/khan-cap/',
  poster: first('in/su-kien'),
  notFound: '/404.html',
});
