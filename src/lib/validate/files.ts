/**
 * Which files of content/ the build reads, from the table of content types, and where every other
 * file should go: nothing an editor adds is dropped without a word.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { markdownTypes, dataFiles, type MarkdownType } from '../../schemas/index.ts';
import { slugify } from '../text.ts';
import { imageExtensions } from './markdown.ts';
import { closest } from './hints.ts';

export type MarkdownKey = keyof typeof markdownTypes;
const types = Object.entries(markdownTypes) as [MarkdownKey, MarkdownType][];

/**
 * Every file under content/ (paths with "/"), except hidden files that are not Markdown (".DS_Store",
 * ".gitkeep") and hidden folders: editors never see them.
 */
export function listFiles(contentDir: string): string[] {
  return (readdirSync(contentDir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => relative(contentDir, join(d.parentPath, d.name)).split(sep).join('/'))
    .filter(
      (rel) =>
        !rel.split('/').some((part, i, all) => part.startsWith('.') && (i < all.length - 1 || !part.endsWith('.md'))),
    )
    .sort();
}

/** The files each Markdown type reads: the very call Astro's glob() loader makes. */
export function filesRead(contentDir: string): [MarkdownKey, string][] {
  return types.flatMap(([key, t]) => {
    const cwd = join(contentDir, t.folder);
    return existsSync(cwd)
      ? globSync(t.pattern, { cwd, expandDirectories: false })
          .sort()
          .map((f): [MarkdownKey, string] => [key, `${t.folder}/${f}`])
      : [];
  });
}

export const isDataFile = (rel: string) => Object.values(dataFiles).some((d) => d.file === rel);
export const isImage = (rel: string) => imageExtensions.includes(ext(rel).toLowerCase());

const ext = (rel: string) => /\.[^./]+$/.exec(rel)?.[0] ?? '';
const folders = [
  ...new Set([
    ...types.map(([, t]) => t.folder),
    ...Object.values(dataFiles).map((d) => d.file.split('/').slice(0, -1).join('/')),
  ]),
].filter(Boolean);
const markdownLike = /\.(md|markdown|mdx|mdown|mkd|mkdn)$/i;
const squash = (s: string) => slugify(s).replace(/-/g, '');

/** Folders of the types, in words: what a file must be named to be read there. */
function namesRead(folder: string) {
  const patterns = types.filter(([, t]) => t.folder === folder).map(([, t]) => t.pattern);
  const data = Object.values(dataFiles)
    .filter((d) => d.file.startsWith(`${folder}/`))
    .map((d) => d.file.slice(folder.length + 1));
  return [
    ...patterns.map((p) =>
      p === '[^_]*.md'
        ? 'tệp .md'
        : p === '[0-9]*.md'
          ? 'tệp .md có tên bắt đầu bằng số thứ tự, ví dụ "45-ten-phan.md"'
          : `"${p}"`,
    ),
    ...data.map((f) => `"${f}"`),
  ].join(' và ');
}

/** Why a file is not read, and where it should go. */
export function explainUnread(rel: string): { message: string; fix: string } {
  const parts = rel.split('/');
  const name = parts.at(-1)!;
  const top = parts.length > 1 ? parts[0] : '';
  const stem = name.replace(/(\.[^.]+)+$/, '');
  if (!top || !folders.includes(top)) {
    const near = top ? (folders.find((f) => squash(f) === squash(top)) ?? closest(top, folders)) : undefined;
    return {
      message: top
        ? `Thư mục content/${top}/ không phải thư mục nội dung nào: tệp này không được đăng.`
        : 'Tệp nằm ngay trong content/ không được đăng.',
      fix: near
        ? `Chuyển tệp vào content/${near}/${markdownLike.test(name) && !name.endsWith('.md') ? ` và đổi tên thành "${stem}.md"` : ''}.`
        : `Chuyển tệp vào thư mục của loại nội dung: ${folders.map((f) => `content/${f}/`).join(', ')}.`,
    };
  }
  // The deepest folder that a type reads (su-kien/hang-nam/ before su-kien/).
  const folder =
    types
      .map(([, t]) => t.folder)
      .filter((f) => rel.startsWith(`${f}/`))
      .sort((a, b) => b.length - a.length)[0] ?? top;
  const inFolder = rel.slice(folder.length + 1);
  if (markdownLike.test(name) && !name.endsWith('.md'))
    return {
      message: `Tệp có đuôi "${ext(name)}" không được đọc: chỉ tệp đuôi ".md" (chữ thường) được đăng.`,
      fix: `Đổi tên thành "${stem}.md".`,
    };
  if (/\.md\.[^.]+$/i.test(name))
    return {
      message: `Tệp có đuôi "${ext(name)}" không được đọc: chỉ tệp đuôi ".md" được đăng.`,
      fix: `Đổi tên thành "${name.replace(/\.md\.[^.]+$/i, '.md')}" (bỏ phần đuôi thừa).`,
    };
  if (!name.endsWith('.md'))
    return {
      message: `Tệp loại "${ext(name) || name}" không được đăng: nội dung phải viết trong tệp .md.`,
      fix: `Chép nội dung vào một tệp .md trong content/${folder}/ (ví dụ bằng "npm run new"), rồi xóa tệp này.`,
    };
  if (inFolder.includes('/'))
    return {
      message: `Tệp trong thư mục con không được đọc: content/${folder}/ chỉ đọc các tệp nằm ngay trong nó.`,
      fix: `Chuyển tệp ra content/${folder}/, ví dụ thành "${inFolder.replace(/\.md$/, '').split('/').join('-')}.md".`,
    };
  if (name.startsWith('_'))
    return {
      message: 'Tệp có tên bắt đầu bằng "_" không được đọc.',
      fix: `Bỏ dấu "_" ở đầu tên (đổi thành "${name.replace(/^_+/, '')}"); muốn tạm ẩn trang thì dùng dòng draft: true.`,
    };
  return {
    message: `Tên tệp này không được đọc: trong content/${folder}/ chỉ ${namesRead(folder)} được đăng.`,
    fix: 'Đổi tên tệp theo mẫu trên, hoặc chuyển tệp vào đúng thư mục (xem content/README.md).',
  };
}
