/**
 * Drawing the link-preview cards (./og-card.ts) and putting the files pages refer to into the site:
 * after `astro build`, every /og/<hash>.png a page names is drawn (or taken from the cache) and copied
 * to the output, with the poster font under /fonts/. `astro dev` serves the same files.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cacheDir, cardFontName, cardHeight, cardPng, cardWidth } from './og-card.ts';
import { fontFiles, fontLicence, fontPath } from './fonts.ts';

type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: SatoriFont[] | undefined;

/** A card's tree → 1200 × 630 PNG. satori draws the text as paths with the bundled font (so nothing depends on
 *  the machine's fonts); sharp turns the SVG into a palette PNG. */
export async function renderCard(tree: object): Promise<Buffer> {
  const [{ default: satori }, { default: sharp }] = await Promise.all([import('satori'), import('sharp')]);
  // Read once; satori caches fonts by the identity of this array.
  fonts ??= fontFiles.map((f) => ({
    name: cardFontName(f.subset),
    data: readFileSync(f.path),
    weight: f.weight,
    style: 'normal' as const,
  }));
  const missing: string[] = [];
  const svg = await satori(tree as Parameters<typeof satori>[0], {
    width: cardWidth,
    height: cardHeight,
    fonts,
    // Called for text no font has: fail rather than draw boxes or gaps.
    loadAdditionalAsset: async (_code, segment) => {
      missing.push(segment);
      return [];
    },
  });
  if (missing.length) throw new Error(`Ảnh xem trước: phông chữ không có ký tự ${JSON.stringify(missing)}`);
  return sharp(Buffer.from(svg)).png(cardPng).toBuffer();
}

/** The image of a hash from the cache, drawn first from its tree if needed. */
export async function cardImage(key: string): Promise<Buffer> {
  const dir = cacheDir();
  const png = join(dir, `${key}.png`);
  if (existsSync(png)) return readFileSync(png);
  const tree = join(dir, `${key}.json`);
  if (!existsSync(tree)) throw new Error(`Ảnh xem trước ${key}: không có trong ${dir}; hãy dựng lại trang.`);
  const image = await renderCard(JSON.parse(readFileSync(tree, 'utf8')));
  const tmp = `${png}.${process.pid}.tmp`;
  writeFileSync(tmp, image);
  renameSync(tmp, png);
  return image;
}

const cardRef = /\/og\/([0-9a-f]{20})\.png/g;

/** Draws and copies every card the built pages name. Two at a time: satori works while sharp encodes. */
export async function writeCards(out: string) {
  const keys = new Set<string>();
  for (const f of readdirSync(out, { recursive: true }) as string[])
    if (f.endsWith('.html')) for (const m of readFileSync(join(out, f), 'utf8').matchAll(cardRef)) keys.add(m[1]);
  mkdirSync(join(out, 'og'), { recursive: true });
  const queue = [...keys];
  let drawn = 0;
  const worker = async () => {
    for (let key = queue.shift(); key; key = queue.shift()) {
      if (!existsSync(join(cacheDir(), `${key}.png`))) drawn++;
      writeFileSync(join(out, 'og', `${key}.png`), await cardImage(key));
    }
  };
  await Promise.all([worker(), worker()]);
  return { images: keys.size, drawn };
}

/** The poster font and its licence under /fonts/. */
export function writeFont(out: string) {
  const dir = join(out, fontPath);
  mkdirSync(dir, { recursive: true });
  for (const f of fontFiles) copyFileSync(f.path, join(dir, f.name));
  copyFileSync(fontLicence, join(dir, 'OFL.txt'));
}

/** The Astro integration: files written after the build, and served by `astro dev`. */
export const builtFiles = (): AstroIntegration => ({
  name: 'og-images-and-font',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const out = fileURLToPath(dir);
      const start = performance.now();
      const { images, drawn } = await writeCards(out);
      writeFont(out);
      logger.info(
        `${images} link-preview images (${drawn} drawn, ${images - drawn} from cache) in ${Math.round(performance.now() - start)} ms`,
      );
    },
    'astro:server:setup': ({ server }) => {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        const card = /^\/og\/([0-9a-f]{20})\.png$/.exec(path);
        const font = path.startsWith(fontPath) && fontFiles.find((f) => path === fontPath + f.name);
        if (card)
          cardImage(card[1]).then(
            (png) => res.writeHead(200, { 'Content-Type': 'image/png' }).end(png),
            () => next(),
          );
        else if (font) res.writeHead(200, { 'Content-Type': 'font/woff2' }).end(readFileSync(font.path));
        else next();
      });
    },
  },
});
