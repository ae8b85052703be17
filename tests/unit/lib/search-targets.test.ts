/** Numbers in a query matched to what they name, from lists shaped like the site's search data. */
import { describe, expect, it } from 'vitest';
import { matchTargets, type SearchTargets } from '../../../src/lib/search-targets';

const targets: SearchTargets = {
  articles: [
    { n: 25, url: '/quyen-tre-em/#dieu-25', title: 'Điều 25. Quyền được bảo vệ', law: '/phap-luat/luat-tre-em-2016/' },
    {
      n: 22,
      url: '/phap-luat/nghi-dinh-56-2017/#dieu-22',
      title: 'Điều 22. Nhiệm vụ',
      law: '/phap-luat/nghi-dinh-56-2017/',
    },
    { n: 25, url: '/phap-luat/luat-khac/#dieu-25', title: 'Điều 25. Khác', law: '/phap-luat/luat-khac/' },
  ],
  laws: [
    {
      url: '/phap-luat/luat-tre-em-2016/',
      title: 'Luật Trẻ em 2016',
      number: '102/2016/QH13',
      kind: 'Luật',
      names: ['102/2016/QH13', 'Luật Trẻ em'],
    },
    {
      url: '/phap-luat/nghi-dinh-56-2017/',
      title: 'Nghị định 56/2017/NĐ-CP',
      number: '56/2017/NĐ-CP',
      kind: 'Nghị định',
      names: ['56/2017/NĐ-CP'],
    },
    { url: '/phap-luat/chi-thi-28/', title: 'Chỉ thị 28-CT/TW', number: '28-CT/TW', kind: 'Chỉ thị', names: [] },
  ],
  contacts: [{ url: '/ho-tro/#tong-dai-111', title: 'Tổng đài 111', numbers: ['111'] }],
  events: [
    { url: '/su-kien/a/', title: 'Tết Trung thu 2026', year: 2026 },
    { url: '/su-kien/b/', title: 'Tết Trung thu 2027', year: 2027 },
    { url: '/su-kien/c/', title: 'Tháng hành động vì trẻ em năm 2026', year: 2026 },
  ],
};
const urls = (q: string) => matchTargets(q, targets).map((t) => t.url);

describe('numbers people type', () => {
  it.each([
    ['điều 25', ['/quyen-tre-em/#dieu-25', '/phap-luat/luat-khac/#dieu-25']],
    ['dieu 25 luat tre em', ['/quyen-tre-em/#dieu-25', '/phap-luat/luat-tre-em-2016/']],
    ['điều 22 nghị định 56', ['/phap-luat/nghi-dinh-56-2017/#dieu-22', '/phap-luat/nghi-dinh-56-2017/']],
    ['56/2017', ['/phap-luat/nghi-dinh-56-2017/']],
    ['nghị định 56', ['/phap-luat/nghi-dinh-56-2017/']],
    ['nd 56', ['/phap-luat/nghi-dinh-56-2017/']],
    ['NĐ 56', ['/phap-luat/nghi-dinh-56-2017/']],
    ['chỉ thị 28', ['/phap-luat/chi-thi-28/']],
    ['111', ['/ho-tro/#tong-dai-111']],
    ['gọi 111', ['/ho-tro/#tong-dai-111']],
    ['trung thu 2026', ['/su-kien/a/']],
    ['tet trung thu 2027', ['/su-kien/b/']],
    ['tháng hành động năm 2026', ['/su-kien/c/']],
  ])('"%s" → %j', (query, expected) => expect(urls(query)).toEqual(expected));

  it.each([
    'trẻ em', // no number
    'luật trẻ em', // a name alone: ranking decides
    'nghị định 99', // no such document
    '2026', // a year alone names no event
    'sau khi gọi 111 thì sao', // in a longer question, the words decide
    'trung thu 2030',
  ])('"%s" names nothing', (query) => expect(urls(query)).toEqual([]));

  it('the number of a document is not a hotline, nor its year an event', () => {
    expect(urls('nghị định 111')).toEqual([]);
    expect(urls('56/2026 trung thu')).toEqual([]);
  });
});
