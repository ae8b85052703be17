/**
 * How much a source can be trusted, in three tiers, and which web hosts may claim the top two.
 * The schema (`source.kind` in src/schemas/common.ts), the checker (src/lib/validate/sources.ts)
 * and the pages' labels all read this module, so "Văn bản gốc" means the same everywhere.
 */

export const sourceKinds = {
  /** The official text itself, on an official portal. */
  'van-ban': 'Văn bản gốc',
  /** A government body's portal or state press: news, announcements, guidance. */
  'chinh-thuc': 'Nguồn chính thức',
  /** Everything else: other press, legal databases, copies, blogs. */
  'tham-khao': 'Nguồn tham khảo',
} as const;
export type SourceKind = keyof typeof sourceKinds;

/**
 * Portals that publish official texts: the government's and the National Assembly's legal
 * databases, the official gazette, the Party's portals (for Party documents), the United Nations
 * (for the Convention). Any *.gov.vn portal may also host a text (`isGovVn`).
 */
export const officialTextHosts = [
  'vbpl.vn',
  'vanban.chinhphu.vn',
  'congbao.chinhphu.vn',
  'datafiles.chinhphu.vn',
  'chinhphu.vn',
  'quochoi.vn',
  'phapdien.moj.gov.vn',
  'dangcongsan.vn',
  'tuyengiao.vn',
  'un.org',
  'ohchr.org',
];

/**
 * Official but not the text: press organs of the Party, the State, ministries, provinces and
 * mass organisations, the national child-protection hotline, UN agencies. Commercial press and
 * legal databases are not here on purpose: they are "tham-khao".
 */
export const officialBodyHosts = [
  'baochinhphu.vn',
  'nhandan.vn',
  'qdnd.vn',
  'cand.com.vn',
  'vov.vn',
  'vovworld.vn',
  'vovgiaothong.vn',
  'vtv.vn',
  'vietnamplus.vn',
  'vnanet.vn',
  'baotintuc.vn',
  'sggp.org.vn',
  'laodong.vn',
  'plo.vn',
  'phunuvietnam.vn',
  'suckhoedoisong.vn',
  'giadinh.net.vn',
  'baophapluat.vn',
  'danchuphapluat.vn',
  'baodaklak.vn',
  'baokhanhhoa.vn',
  'baogialai.com.vn',
  'kinhtedothi.vn',
  'congdoanvietnam.vn',
  'nxbctqg.org.vn',
  'tongdai111.vn',
  'unicef.org',
  'unicef-irc.org',
];

/** The plan's official text is published on this site: a source may point to one of its parts. */
export const planPrefix = '/ke-hoach/';

/** The host of a web address, lower case ('' when it is not one). */
export const hostOf = (address: string) => {
  try {
    return new URL(address).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return '';
  }
};
const onHost = (host: string, list: string[]) => list.some((h) => host === h || host.endsWith(`.${h}`));
const isGovVn = (host: string) => host === 'gov.vn' || host.endsWith('.gov.vn');

/** A site-relative address ("/ke-hoach/#…"): a page of this site, not of another. */
export const isSiteAddress = (address: string) => address.startsWith('/') && !address.startsWith('//');

/** The highest tier a source at this address may claim. */
export function highestKind(address: string | undefined): SourceKind {
  if (!address) return 'tham-khao';
  if (isSiteAddress(address)) return address.startsWith(planPrefix) ? 'van-ban' : 'tham-khao';
  const host = hostOf(address);
  if (onHost(host, officialTextHosts) || isGovVn(host)) return 'van-ban';
  if (onHost(host, officialBodyHosts)) return 'chinh-thuc';
  return 'tham-khao';
}

const rank: Record<SourceKind, number> = { 'van-ban': 2, 'chinh-thuc': 1, 'tham-khao': 0 };

/** Whether a source at this address may be labelled `kind` (a lower tier is always allowed). */
export const kindAllowed = (kind: SourceKind, address: string | undefined) => rank[kind] <= rank[highestKind(address)];

/** Sources in reading order: official texts, then official bodies, then the rest; the editor's order within each. */
export const byTier = <S extends { kind: SourceKind }>(list: S[]) =>
  list
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank[b.s.kind] - rank[a.s.kind] || a.i - b.i)
    .map(({ s }) => s);
