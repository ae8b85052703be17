/**
 * Building blocks shared by every content schema.
 * Plain Zod (no Astro import) so that the editors' checker (`npm run check`) and Astro's build
 * validate with exactly the same rules. Messages are written for editors, in Vietnamese; the
 * messages of Zod's own checks are set in ./messages.ts.
 */
import { z } from 'astro/zod';
import { sourceKinds, isSiteAddress } from '../lib/source-tiers.ts';

/** A link from one content file to another (a body, a contact, a law). Astro passes its
 *  `reference()`; the checker passes a plain-string version and checks the target exists. */
export type RefFn = typeof import('astro:content').reference;
export type CollectionName = 'bodies' | 'laws' | 'contacts' | 'guides' | 'events' | 'eventRules';

/** One of a fixed set of values, each with its Vietnamese label: `labels` maps value → label. */
export const labelledEnum = <T extends Record<string, string>>(labels: T, field: string) => {
  const values = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  return z.enum(values, { error: `${field} phải là một trong: ${values.join(', ')}.` });
};

/** A calendar day written "YYYY-MM-DD" in quotes. Unquoted dates are rejected on purpose:
 *  YAML would silently turn "2024-13-45" into another real date. */
export const isoDate = () =>
  z.iso.date({
    error: (issue) =>
      issue.input === undefined
        ? 'Thiếu trường bắt buộc.'
        : typeof issue.input === 'object'
          ? 'Ngày phải đặt trong dấu ngoặc kép, ví dụ "2024-05-07".'
          : 'Ngày không có thật hoặc sai dạng: cần "YYYY-MM-DD", ví dụ "2024-05-07".',
  });

/** A date with a time in Việt Nam's time zone: "2026-06-01T08:00:00+07:00". */
export const isoDateTime = () =>
  z.iso
    .datetime({ offset: true, error: 'Giờ phải có dạng "YYYY-MM-DDTHH:MM:SS+07:00".' })
    .refine((v) => v.endsWith('+07:00'), 'Giờ phải theo giờ Việt Nam, kết thúc bằng "+07:00".');

/** A web address starting with https:// (or http:// for old official sites). */
export const url = () => z.url({ error: 'Cần một địa chỉ web đầy đủ, bắt đầu bằng https://' });

/**
 * Where a fact comes from: the title of the page or document, its address, and how much it can be
 * trusted (`kind`, see src/lib/source-tiers.ts). The address is a full web address, or a part of
 * the plan, whose official text is published on this site ("/ke-hoach/#…").
 */
export const source = z.strictObject({
  /** Tên nguồn, ví dụ "Nghị định 56/2017/NĐ-CP, Điều 23". */
  title: z.string({ error: 'Cần ghi tên nguồn (title).' }).min(3, 'Tên nguồn quá ngắn.'),
  /**
   * Địa chỉ của nguồn: địa chỉ web đầy đủ (https://…), hoặc khi nguồn là chính Kế hoạch thì phần
   * Kế hoạch trên trang này, ví dụ "/ke-hoach/#cong-an-thanh-pho".
   */
  url: z
    .string({ error: 'Cần địa chỉ của nguồn (url): https://…, hoặc "/ke-hoach/#…" nếu nguồn là chính Kế hoạch.' })
    .refine(
      (v) => (isSiteAddress(v) ? true : /^https?:\/\/\S+$/.test(v) && URL.canParse(v)),
      'Địa chỉ nguồn phải là địa chỉ web đầy đủ (https://…), hoặc "/ke-hoach/#…" nếu nguồn là chính Kế hoạch.',
    ),
  /**
   * Loại nguồn: van-ban (chính văn bản, trên cổng chính thức như vbpl.vn, vanban.chinhphu.vn,
   * congbao.chinhphu.vn), chinh-thuc (trang của cơ quan nhà nước hoặc báo của cơ quan nhà nước:
   * tin, thông báo), tham-khao (mọi nguồn khác: báo khác, trang luật, blog). Mặc định tham-khao.
   */
  kind: labelledEnum(sourceKinds, 'kind').default('tham-khao'),
});
export type Source = z.infer<typeof source>;

/** At least one source, each with a title; used wherever a page states facts. */
export const sources = () =>
  z
    .array(source, { error: 'Cần danh sách nguồn (sources).' })
    .min(1, 'Cần ít nhất một nguồn (sources) có địa chỉ web.');

/** Fields for content that must be re-read by an editor from time to time. */
export const review = {
  /** Ngày biên tập viên đọc lại nội dung này lần cuối, ví dụ "2026-11-29". */
  reviewedOn: isoDate(),
  /** Sau bao nhiêu tháng cần đọc lại (mặc định 12). */
  reviewEveryMonths: z.number().int().min(1).max(60).default(12),
};

/** Thứ tự trong danh sách (số nhỏ lên trước). */
export const order = z.number().int().default(100);

/** Bản nháp: chỉ hiện khi xem thử (`npm run dev`), không được đăng. */
export const draft = z.boolean({ error: 'draft chỉ nhận true hoặc false.' }).default(false);

/** Page title: shown as the page heading, in the browser tab and in search results. */
export const title = () =>
  z
    .string({ error: 'Thiếu tiêu đề (title).' })
    .trim()
    .min(3, 'Tiêu đề quá ngắn (ít nhất 3 ký tự).')
    .max(160, 'Tiêu đề quá dài (tối đa 160 ký tự).');

/** One-sentence description for search engines and link previews. */
export const description = () =>
  z
    .string({ error: 'Thiếu mô tả ngắn (description).' })
    .trim()
    .min(20, 'Mô tả quá ngắn (ít nhất 20 ký tự).')
    .max(200, 'Mô tả quá dài (tối đa 200 ký tự).');
