/**
 * `content/su-kien/hang-nam/*.md`: an event that comes back every year by a fixed rule (a day, a
 * span of days, a whole month, or a lunar day). The site makes each year's event from it; a dated
 * file in content/su-kien with `rule: <tên tệp này>` adds that year's details.
 */
import { z } from 'astro/zod';
import { sources, draft, title, description, labelledEnum, type RefFn } from './common.ts';
import { eventCategories } from './event.ts';

/** The words a title or description may contain, replaced for each year. */
export const yearlyPlaceholders = {
  '{năm}': 'năm, ví dụ 2027',
  '{ngày}': 'ngày dương lịch, ví dụ 15/9/2027',
} as const;

// Days of a month in a common year, so that 29/2 is refused: it is not there every year.
const daysIn = (month: number) => new Date(Date.UTC(2001, month, 0)).getUTCDate();

/** Text with placeholders: only those above may be used. */
const withPlaceholders = <T extends z.ZodType<string>>(schema: T) =>
  schema.superRefine((v, ctx) => {
    for (const m of v.normalize('NFC').matchAll(/\{[^}]*\}/g))
      if (!(m[0] in yearlyPlaceholders))
        ctx.addIssue({
          code: 'custom',
          message: `Không hiểu "${m[0]}": chỉ dùng được ${Object.keys(yearlyPlaceholders).join(', ')}.`,
        });
  });

export const eventRuleSchema = (ref: RefFn) =>
  z
    .strictObject({
      /** Tên sự kiện mỗi năm; {năm} được thay bằng năm, ví dụ "Tết Trung thu {năm}". */
      title: withPlaceholders(title()).refine(
        (v) => v.normalize('NFC').includes('{năm}'),
        'Tiêu đề phải có {năm} để mỗi năm có tên riêng, ví dụ "Tết Trung thu {năm}".',
      ),
      /** Một câu giới thiệu (20–200 ký tự); có thể dùng {năm} và {ngày}. */
      description: withPlaceholders(description()),
      /** Ngày lặp lại hằng năm. */
      every: z.strictObject({
        /** Tháng (1–12); tháng âm lịch nếu lunar: true. */
        month: z.number().int().min(1).max(12),
        /** Ngày trong tháng; bỏ trống nếu sự kiện là cả tháng (ví dụ Tháng hành động: tháng 6). */
        day: z.number().int().min(1).max(31).optional(),
        /** Số ngày liên tiếp, kể cả ngày đầu (mặc định 1), ví dụ 2 cho "01–02/6". */
        days: z.number().int().min(1).max(31).default(1),
        /** true nếu ngày, tháng ở trên là âm lịch (ví dụ rằm tháng Tám: month 8, day 15). */
        lunar: z.boolean().default(false),
      }),
      /** Năm đầu tiên trang đăng sự kiện này; các năm trước không có trang. */
      since: z.number().int().min(2000).max(2100),
      /** Căn cứ của ngày, hiện cạnh ngày của những năm chưa có chi tiết, ví dụ "Điều 11 Luật Trẻ em 2016". */
      basis: z.string().trim().min(3).optional(),
      /** true nếu mỗi năm có chủ đề riêng: năm chưa có chủ đề (theme) hiện "Chủ đề: chưa công bố". */
      yearlyTheme: z.boolean().default(false),
      /** Địa điểm, giống nhau mọi năm (chỉ khi có nguồn). */
      location: z.string().min(2).optional(),
      /** Cơ quan tổ chức mọi năm (tên tệp trong content/co-quan), chỉ khi có nguồn; năm nào khác thì ghi ở tệp của năm đó. */
      organizers: z.array(ref('bodies')).default([]),
      /** Loại sự kiện. */
      category: labelledEnum(eventCategories, 'category'),
      /** Dành cho ai, ví dụ "Trẻ em, cha mẹ, nhà trường". */
      audience: z.string().optional(),
      /** Nguồn của quy tắc: văn bản hoặc trang nói ngày này lặp lại hằng năm. */
      sources: sources(),
      draft,
    })
    .superRefine((d, ctx) => {
      const { month, day, days, lunar } = d.every;
      const at = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: ['every', field], message });
      if (day === undefined) {
        if (lunar) at('day', 'Ngày âm lịch cần cả ngày (day), ví dụ day: 15.');
        if (days > 1) at('days', 'days chỉ dùng cùng day (ngày bắt đầu); bỏ day nghĩa là cả tháng.');
      } else if (lunar && day > 29) at('day', 'Không phải năm nào tháng âm lịch cũng có ngày 30: chọn ngày 1–29.');
      else if (!lunar && day > daysIn(month)) at('day', `Ngày ${day}/${month} không có trong mọi năm.`);
    });
