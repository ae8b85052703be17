/** Checks on every text value of a file, whatever its field: markup, and text left from a template. */
import { placeholder } from './markdown.ts';

/** Every text value of the data, with its path. */
export function* texts(data: unknown, path: PropertyKey[] = []): Generator<[string, PropertyKey[]]> {
  if (typeof data === 'string') yield [data, path];
  else if (Array.isArray(data)) for (const [i, v] of data.entries()) yield* texts(v, [...path, i]);
  else if (data && typeof data === 'object' && !(data instanceof Date))
    for (const [k, v] of Object.entries(data)) yield* texts(v, [...path, k]);
}

// Text fields are printed as text, and also go into <title>, <meta>, JSON-LD, feeds and calendar
// files, where markup could do harm; no field needs it.
const markup = /<\/?[a-z][^\s/>]*|<!--/i;
const exampleHost = /^\s*https?:\/\/(?:[^/]*\.)?(example\.(?:org|com|net))(?:[/:?#]|$)/i;

/** Markup in a text field: always an error. */
export function markupProblem(value: string) {
  const tag = markup.exec(value)?.[0];
  return tag
    ? {
        message: `Không được viết thẻ HTML ("${tag}") trong trường chữ.`,
        fix: 'Xóa phần "<…>": trường này chỉ nhận chữ thường, trang web tự trình bày.',
      }
    : undefined;
}

/** Text left from a template of `npm run new`: an error once the file is no longer a draft. */
export function templateProblem(value: string) {
  if (placeholder.test(value))
    return {
      message: 'Còn chữ mẫu "THAY BẰNG…" chưa được thay.',
      fix: 'Viết thông tin thật (có nguồn) vào đây; chưa xong thì giữ dòng draft: true.',
    };
  const host = exampleHost.exec(value)?.[1];
  if (host)
    return {
      message: `Còn địa chỉ mẫu ${host}, không phải nguồn thật.`,
      fix: 'Thay bằng địa chỉ web của nguồn thật; chưa có thì giữ dòng draft: true.',
    };
  if (/^0{3,}$/.test(value.trim()))
    return {
      message: `Còn số điện thoại mẫu "${value.trim()}".`,
      fix: 'Thay bằng số thật, lấy từ nguồn chính thức; chưa có thì giữ dòng draft: true.',
    };
  return undefined;
}
