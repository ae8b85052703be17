/**
 * The picture a link shows when it is pasted into Zalo or Facebook (Open Graph, 1200 × 630): the site's
 * name, the section, the page's title and the hotline. Each page describes its card here as an element
 * tree; the tree's hash names the image (/og/<hash>.png), so an image is drawn once and redrawn only when
 * its text or look changes. Drawing (satori + sharp) happens after the pages are built, in
 * ./og-render.ts: a page only leaves its tree in the cache folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fontFiles, fontVersion, missingGlyphs, textWidth, wrapText } from './fonts.ts';

export const cardWidth = 1200;
export const cardHeight = 630;
const pad = 64;
// The site's colour tokens (src/styles/global.css).
const colour = { ink: '#1b1f24', muted: '#4a5360', brand: '#0b4f8a', danger: '#b3131b' };
/** Each file of the font under its own name: satori keeps one font per name, weight and style, so
 *  three files under one name would silently lose the letters of two of them ("Thuột" → "Thu t"). */
export const cardFontName = (subset: string) => `Card-${subset}`;
const family = [...new Set(fontFiles.map((f) => cardFontName(f.subset)))].join(', ');

/** The cache of trees and images, kept between builds (node_modules/.cache survives `npm run build`);
 *  OG_CACHE_DIR puts it elsewhere (CI can keep it between runs; tests use a temporary folder). */
export const cacheDir = () => process.env.OG_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'og');
const version = (name: string) =>
  JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')).version;
/** The PNG encoding: the card's flat colours and anti-aliased text fit 16 colours without dithering
 *  (≈ 14 KB, and faster to encode than a full palette's ≈ 25 KB). */
export const cardPng = { palette: true, colours: 16, dither: 0, effort: 1 } as const;
/** What draws the image: a new version of any of them changes every hash, so no image is stale. */
const renderer = `satori@${version('satori')} sharp@${version('sharp')} be-vietnam-pro@${fontVersion} ${JSON.stringify(cardPng)}`;

export interface CardText {
  title: string;
  /** The section's name, shown as a label. */
  section?: string;
  siteName: string;
  /** "Gọi 111" */
  call: string;
  /** What is known of the call: "miễn phí, 24 giờ, tất cả các ngày". */
  terms?: string;
}

interface Element {
  type: 'div';
  props: { style: Record<string, string | number>; children: (Element | string)[] | Element | string };
}
const box = (style: Element['props']['style'], ...children: (Element | string)[]): Element => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/**
 * The title's lines and size: the largest size at which it wraps into four lines, else the smallest with
 * the fourth line cut by "…". Wrapping is decided here, from the font's own widths, and each line drawn
 * as it is: satori's own clamping clips the marks above capitals (Ắ would print as Ă).
 */
export function fitTitle(text: string, { maxWidth = (cardWidth - 2 * pad) * 0.98, maxLines = 4 } = {}) {
  const sizes = [76, 68, 60, 54, 48];
  const wrap = (size: number) => wrapText(text, size, maxWidth);
  for (const size of sizes) {
    const lines = wrap(size);
    if (lines.length <= maxLines) return { size, lines, cut: false };
  }
  const size = sizes.at(-1)!;
  const lines = wrap(size).slice(0, maxLines);
  let last = lines[maxLines - 1];
  while (last.includes(' ') && textWidth(`${last}…`, 700) * size > maxWidth) last = last.replace(/\s*\S+$/, '');
  lines[maxLines - 1] = `${last.replace(/[,;:—–-]$/, '')}…`;
  return { size, lines, cut: true };
}

/** The card as satori's element tree (plain data: it is also what the image's name is the hash of). */
export function cardTree(c: CardText): Element {
  const { size, lines } = fitTitle(c.title.normalize('NFC').trim());
  return box(
    {
      width: cardWidth,
      height: cardHeight,
      flexDirection: 'column',
      backgroundColor: '#fff',
      color: colour.ink,
      fontFamily: family,
      borderTop: `18px solid ${colour.brand}`,
    },
    box(
      { alignItems: 'center', justifyContent: 'space-between', padding: `40px ${pad}px 0` },
      box({ fontSize: 34, fontWeight: 700, color: colour.brand }, c.siteName),
      ...(c.section
        ? [
            box(
              {
                fontSize: 26,
                fontWeight: 700,
                color: '#fff',
                backgroundColor: colour.brand,
                padding: '8px 22px',
                borderRadius: 999,
              },
              c.section,
            ),
          ]
        : []),
    ),
    box(
      { flexGrow: 1, flexDirection: 'column', justifyContent: 'center', padding: `0 ${pad}px` },
      ...lines.map((line) => box({ fontSize: size, fontWeight: 700, lineHeight: 1.25, whiteSpace: 'nowrap' }, line)),
    ),
    box(
      { alignItems: 'center', gap: 28, padding: `0 ${pad}px 44px` },
      box(
        {
          fontSize: 40,
          fontWeight: 700,
          color: '#fff',
          backgroundColor: colour.danger,
          padding: '12px 30px',
          borderRadius: 12,
        },
        c.call,
      ),
      ...(c.terms ? [box({ fontSize: 28, fontWeight: 400, color: colour.muted }, c.terms)] : []),
    ),
  );
}

/** Every string the card draws. */
export const cardStrings = (c: CardText) => [c.title, c.section, c.siteName, c.call, c.terms].filter(Boolean).join(' ');

/**
 * A page's card: its address (/og/<hash>.png) and alternative text. The tree is left in the cache folder
 * for ./og-render.ts to draw after the build (at once if the image is already there). Throws, naming the
 * page, when the text has a character the font cannot draw: better a failed build than boxes in the picture.
 */
export function ogImage(c: CardText, page: string) {
  const missing = missingGlyphs(cardStrings(c));
  if (missing.length)
    throw new Error(
      `Trang ${page}: ảnh xem trước khi chia sẻ không vẽ được ký tự ${missing.map((m) => `"${m}"`).join(', ')} ` +
        `(phông chữ không có). → Bỏ ký tự đó khỏi tiêu đề (title) trong tệp nội dung của trang.`,
    );
  const tree = cardTree(c);
  const json = JSON.stringify(tree);
  const key = createHash('sha256').update(renderer).update(json).digest('hex').slice(0, 20);
  const dir = cacheDir();
  if (!existsSync(join(dir, `${key}.png`)) && !existsSync(join(dir, `${key}.json`))) {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${key}.json.${process.pid}.tmp`);
    writeFileSync(tmp, json);
    renameSync(tmp, join(dir, `${key}.json`));
  }
  return { path: `/og/${key}.png`, alt: [c.title, c.siteName].join(' · ') };
}
