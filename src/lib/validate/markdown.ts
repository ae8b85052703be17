/**
 * The body of a Markdown entry, checked on the trees the build makes of it: Sätteri (the build's
 * Markdown parser, with the build's options) gives every link, image and piece of raw HTML with its
 * line; parse5 (the HTML standard's parsing algorithm) reads the raw HTML; the HTML Sätteri renders
 * gives the anchors a page will have, and is scanned once more so that nothing unsafe is published
 * even in a form the first pass does not know.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { markdownToHtml, markdownToMdast, type MarkdownToHtmlResult } from 'satteri';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { markdownFeatures, markdownHastPlugins } from '../markdown.ts';

type HtmlNode = DefaultTreeAdapterMap['childNode'];
type HtmlElement = DefaultTreeAdapterMap['element'];
interface MdNode {
  type: string;
  position?: { start: { line: number } };
  children?: MdNode[];
  url?: string;
  alt?: string | null;
  value?: string;
  identifier?: string;
}

const features = markdownFeatures;
const field = '(nội dung)';
export type Add = (line: number, field: string, message: string, fix: string) => void;

/**
 * The rendered HTML of a body, and the ids it gives its page (headings get theirs from their text);
 * `onPage` is what the page does to the HTML before showing it (see the table's `onPage`).
 */
export function renderBody(body: string, onPage: (html: string) => string = (html) => html) {
  const astro = {
    frontmatter: {},
    headings: [],
    localImagePaths: new Set<string>(),
    remoteImagePaths: new Set<string>(),
  };
  // With plugins that do not return promises, Sätteri renders synchronously.
  const { html } = markdownToHtml(body, {
    features,
    // The build's own steps, then Astro's heading ids, as in @astrojs/markdown-satteri.
    hastPlugins: [...markdownHastPlugins, satteriHeadingIdsPlugin()],
    data: { astro },
  }) as MarkdownToHtmlResult;
  const ids = new Set<string>();
  walkHtml(parseFragment(onPage(html)).childNodes, (el) => {
    const id = el.attrs.find((a) => a.name === 'id')?.value;
    if (id) ids.add(id);
  });
  return { html, ids };
}

function walkHtml(nodes: HtmlNode[], visit: (el: HtmlElement) => void) {
  for (const node of nodes) {
    if (!('tagName' in node)) continue;
    visit(node);
    walkHtml(node.childNodes, visit);
    if (node.tagName === 'template') walkHtml((node as DefaultTreeAdapterMap['template']).content.childNodes, visit);
  }
}

// Raw HTML an editor may write: the branching guides use <details>; the rest is Markdown's job.
const allowedTags: Record<string, string[]> = { details: ['open'], summary: [], br: [], sub: [], sup: [], a: ['href'] };
const allowedList = '<details>, <summary>, <br>, <sub>, <sup>, <a href>';

function tagFix(tag: string) {
  if (['script', 'noscript'].includes(tag)) return 'Xóa đoạn mã này: nội dung không được chứa mã chạy.';
  if (['img', 'picture', 'svg', 'video', 'audio', 'source'].includes(tag))
    return 'Chèn ảnh bằng Markdown: ![Mô tả ảnh](anh/ten-anh.jpg), ảnh đặt trong thư mục anh/ cạnh tệp.';
  if (['iframe', 'object', 'embed', 'frame', 'frameset'].includes(tag))
    return 'Xóa phần nhúng này; muốn dẫn tới trang khác thì viết liên kết [chữ](https://…).';
  return `Dùng cú pháp Markdown (**đậm**, *nghiêng*, danh sách, bảng); thẻ HTML chỉ được dùng ${allowedList}.`;
}

/** The scheme of a URL as a browser reads it (it drops spaces, tabs and line breaks, ignores case). */
const schemeOf = (url: string) =>
  /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1].toLowerCase();
const safeSchemes = new Set(['http', 'https', 'mailto', 'tel']);
const codeSchemes = new Set(['javascript', 'vbscript', 'data']);

function urlProblem(url: string): [string, string] | undefined {
  const scheme = schemeOf(url);
  if (scheme && codeSchemes.has(scheme))
    return [
      `Không được dùng liên kết "${scheme}:" (có thể chạy mã trên máy người đọc).`,
      'Xóa liên kết này; liên kết chỉ được bắt đầu bằng https://, mailto:, tel: hoặc "/".',
    ];
  if (scheme && !safeSchemes.has(scheme))
    return [
      `Liên kết dạng "${scheme}:" không mở được trên trang web.`,
      'Dùng địa chỉ bắt đầu bằng https://, mailto:, tel: hoặc "/".',
    ];
  if (/^\s*[\\/][\\/]/.test(url)) return [`Địa chỉ "${url}" thiếu "https:".`, 'Viết đầy đủ, bắt đầu bằng https://'];
  return undefined;
}

export const imageExtensions = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'];

export interface BodyContext {
  /** Address of the page that shows this body (relative links and "#…" start from it). */
  page?: string;
  /** The Markdown file. */
  file: string;
  contentDir: string;
  /** Pages of the site. */
  routes: Set<string>;
  /** Pages of drafts (not built), with their file. */
  draftRoutes: Map<string, string>;
  /** Anchors the checker knows for a page: headings and ids of content, entries' own anchors. */
  anchors: Map<string, Set<string>>;
  /** Collects the images the body uses (absolute paths). */
  images: Set<string>;
  /** Phone numbers of the published contact files: the only numbers a page may dial. */
  phones: Set<string>;
}

/** A page's address and anchor, from a link written in content; undefined for other sites. */
function target(url: string, page: string | undefined) {
  if (schemeOf(url)) return undefined;
  const base = `http://site${page ?? '/'}`;
  let u: URL;
  try {
    u = new URL(url, base);
  } catch {
    return { path: url, hash: '' };
  }
  return { path: decodeURI(u.pathname), hash: decodeURIComponent(u.hash.slice(1)) };
}

/** Every problem of a body: raw HTML, links, anchors, images, left-over template text. */
export function checkBody(body: string, bodyLine: number, rendered: string, ctx: BodyContext, add: Add) {
  let found = 0;
  const report: Add = (...args) => {
    found++;
    add(...args);
  };
  const tree = markdownToMdast(body, { features }) as MdNode;
  const definitions = new Map<string, MdNode>();
  const visit = (node: MdNode, fn: (n: MdNode) => void) => {
    fn(node);
    for (const child of node.children ?? []) visit(child, fn);
  };
  visit(tree, (n) => n.type === 'definition' && n.identifier && definitions.set(n.identifier, n));
  const lineOf = (n: MdNode) => bodyLine + (n.position?.start.line ?? 1) - 1;
  const placeholders: number[] = [];

  visit(tree, (node) => {
    const line = lineOf(node);
    switch (node.type) {
      case 'html':
        checkRawHtml(node.value ?? '', line, ctx, report);
        break;
      case 'link':
      case 'definition':
        checkLink(node.url ?? '', line, ctx, report);
        break;
      case 'image':
        checkImage(node.url ?? '', node.alt, line, ctx, report);
        break;
      case 'imageReference': {
        const def = definitions.get(node.identifier ?? '');
        checkImage(def?.url ?? '', node.alt, line, ctx, report, !def);
        break;
      }
      case 'text':
        if (placeholder.test(node.value ?? '')) placeholders.push(line);
        break;
    }
  });
  // What the first pass did not find, the published HTML must not contain either.
  if (!found) scanRendered(rendered, bodyLine, report);
  return { placeholders };
}

/** The marker of text still to write in a template from `npm run new`. */
export const placeholder = /THAY BẰNG/i;

function checkRawHtml(html: string, line: number, ctx: BodyContext, add: Add) {
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  walkHtml(fragment.childNodes, (el) => {
    const at = (name?: string) =>
      line + ((name ? el.sourceCodeLocation?.attrs?.[name]?.startLine : el.sourceCodeLocation?.startLine) ?? 1) - 1;
    const tag = el.tagName;
    if (!Object.hasOwn(allowedTags, tag)) {
      const kind = ['script', 'noscript'].includes(tag) ? ' (mã chạy)' : '';
      add(at(), field, `Không được dùng thẻ HTML <${tag}>${kind} trong nội dung.`, tagFix(tag));
      return;
    }
    for (const { name, value } of el.attrs) {
      if (name.startsWith('on'))
        add(
          at(name),
          field,
          `Không được dùng thuộc tính "${name}" (mã chạy) trong nội dung.`,
          'Xóa thuộc tính này; nội dung không được chứa mã chạy.',
        );
      else if (name === 'style')
        add(
          at(name),
          field,
          'Không được dùng thuộc tính "style" trong nội dung.',
          'Xóa thuộc tính này: trang web tự trình bày chữ; muốn nhấn mạnh thì dùng **đậm**.',
        );
      else if (!allowedTags[tag].includes(name))
        add(
          at(name),
          field,
          `Không được dùng thuộc tính "${name}" trong thẻ <${tag}>.`,
          tag === 'a' ? 'Xóa thuộc tính này (chỉ giữ href).' : `Xóa thuộc tính này (viết <${tag}> không kèm gì thêm).`,
        );
      else if (name === 'href') checkLink(value, at(name), ctx, add);
    }
  });
}

function checkLink(url: string, line: number, ctx: BodyContext, add: Add) {
  const bad = urlProblem(url);
  if (bad) return add(line, field, ...bad);
  // A number a guide calls must be a contact's, so a page never keeps a number an editor has since changed.
  if (schemeOf(url) === 'tel') {
    const number = url.replace(/^\s*tel:/i, '').replace(/[^\d+]/g, '');
    if (!ctx.phones.has(number))
      add(
        line,
        field,
        `Liên kết gọi "tel:${number}" không phải số của liên hệ nào trong content/lien-he/.`,
        `Dùng số đang có trong content/lien-he/ (${[...ctx.phones].sort((a, b) => a.length - b.length || a.localeCompare(b)).join(', ')}), hoặc thêm tệp liên hệ cho số này (có nguồn) trước.`,
      );
    return;
  }
  const t = target(url, ctx.page);
  if (!t) return;
  const path = t.path === '' ? (ctx.page ?? '/') : t.path;
  const page = ctx.routes.has(path) ? path : ctx.routes.has(`${path}/`) ? `${path}/` : undefined;
  const written =
    url.startsWith('/') || url.startsWith('#') ? url : `${url} (tức ${path}${t.hash ? `#${t.hash}` : ''})`;
  const draft = ctx.draftRoutes.get(path) ?? ctx.draftRoutes.get(`${path}/`);
  if (!page && draft)
    return add(
      line,
      field,
      `Liên kết đến một bản nháp, chưa được đăng: ${written}`,
      `Chỉ liên kết khi trang đó đã được đăng (xóa dòng draft: true trong ${draft}), hoặc bỏ liên kết.`,
    );
  if (!page) {
    // A page whose address has the last part written, shortest first: "Có phải /su-kien/loai/he/?"
    const last = path.split('/').filter(Boolean).at(-1) ?? '';
    const near = last
      ? [...ctx.routes].filter((r) => r.split('/').includes(last)).sort((a, b) => a.length - b.length)[0]
      : undefined;
    return add(
      line,
      field,
      `Liên kết đến trang không có: ${written}`,
      `${near ? `Có phải ${near}? ` : ''}Sửa đường dẫn theo Mục lục toàn trang (/muc-luc/); liên kết trong trang viết bắt đầu bằng "/", ví dụ /ho-tro/.`,
    );
  }
  const known = ctx.anchors.get(page);
  if (t.hash && known && !known.has(t.hash)) {
    const close = [...known].filter((a) => a.includes(t.hash) || t.hash.includes(a)).slice(0, 3);
    add(
      line,
      field,
      `Liên kết đến mục không có: ${written} (trang ${page} không có mục #${t.hash}).`,
      close.length
        ? `Sửa phần sau dấu #, ví dụ ${close.map((a) => `#${a}`).join(', ')}; hoặc bỏ phần #… để dẫn tới đầu trang.`
        : 'Sửa phần sau dấu # theo một tiêu đề của trang đó (chữ thường, nối bằng gạch ngang), hoặc bỏ phần #… để dẫn tới đầu trang.',
    );
  }
}

function checkImage(
  url: string,
  alt: string | null | undefined,
  line: number,
  ctx: BodyContext,
  add: Add,
  undefinedRef = false,
) {
  if (!alt?.trim())
    add(
      line,
      field,
      'Ảnh thiếu mô tả (alt).',
      'Viết mô tả ảnh trong ngoặc vuông cho người không xem được ảnh: ![Mô tả ảnh](anh/ten-anh.jpg).',
    );
  if (undefinedRef) return;
  const bad = urlProblem(url);
  if (bad) return add(line, field, ...bad);
  const folder = relative(ctx.contentDir, dirname(ctx.file)) || '.';
  const where = `content/${folder}/anh/`;
  if (schemeOf(url) || url.startsWith('/'))
    return add(
      line,
      field,
      `Ảnh phải là tệp trong thư mục content/, không lấy từ địa chỉ khác: ${url}`,
      `Tải ảnh về (khi được phép dùng), đặt vào ${where} rồi viết ![Mô tả ảnh](anh/ten-anh.jpg).`,
    );
  let file: string;
  try {
    file = join(dirname(ctx.file), decodeURI(url));
  } catch {
    file = join(dirname(ctx.file), url);
  }
  const shown = `content/${relative(ctx.contentDir, file)}`;
  if (shown.startsWith('content/..'))
    return add(
      line,
      field,
      `Ảnh phải là tệp trong thư mục content/: ${url}`,
      `Đặt ảnh vào ${where} rồi viết ![Mô tả ảnh](anh/ten-anh.jpg).`,
    );
  if (!existsSync(file) || !statSync(file).isFile())
    return add(
      line,
      field,
      `Không có tệp ảnh ${url} (tìm ở ${shown}).`,
      `Đặt ảnh vào ${where} và viết đúng tên tệp (chữ thường, không dấu), ví dụ ![Mô tả ảnh](anh/ten-anh.jpg).`,
    );
  const ext = file.slice(file.lastIndexOf('.')).toLowerCase();
  if (!imageExtensions.includes(ext))
    return add(
      line,
      field,
      `Ảnh dạng "${ext}" không dùng được.`,
      `Lưu ảnh thành ${imageExtensions.join(', ')} (ví dụ .jpg).`,
    );
  ctx.images.add(file);
}

/** The rendered HTML holds no script, handler, style or unsafe address, whatever the Markdown was. */
function scanRendered(html: string, line: number, add: Add) {
  walkHtml(parseFragment(html).childNodes, (el) => {
    if (
      ['script', 'style', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'form', 'svg', 'math'].includes(
        el.tagName,
      )
    )
      add(line, field, `Nội dung tạo ra thẻ <${el.tagName}>, không được phép.`, tagFix(el.tagName));
    for (const { name, value } of el.attrs) {
      if (name.startsWith('on') || name === 'style')
        add(line, field, `Nội dung tạo ra thuộc tính "${name}", không được phép.`, tagFix(el.tagName));
      else if (
        ['href', 'src', 'action', 'formaction', 'srcset', 'poster', 'xlink:href'].includes(name) &&
        urlProblem(value)
      )
        add(line, field, ...urlProblem(value)!);
    }
  });
}
