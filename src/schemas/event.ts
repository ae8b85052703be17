/** `content/su-kien/*.md`: one event. Dates are Việt Nam dates; times carry "+07:00". */
import { z } from 'astro/zod';
import { isoDate, isoDateTime, sources, draft, title, description, labelledEnum, type RefFn } from './common.ts';

export const eventCategories = {
  'thang-hanh-dong': 'Tháng hành động vì trẻ em',
  'quoc-te-thieu-nhi': 'Quốc tế Thiếu nhi 1/6',
  'trung-thu': 'Tết Trung thu',
  he: 'Hoạt động hè',
  'moc-ke-hoach': 'Mốc của Kế hoạch',
  khac: 'Khác',
} as const;

/** A day ("2026-06-01") or a moment ("2026-06-01T08:00:00+07:00"). */
const when = () =>
  z
    .string({
      error: (i) =>
        typeof i.input === 'object'
          ? 'Ngày phải đặt trong dấu ngoặc kép, ví dụ "2026-06-01".'
          : 'Thiếu trường bắt buộc.',
    })
    .superRefine((v, ctx) => {
      // Pick the check by shape so that the editor gets the precise message of that check.
      const r = (v.length <= 10 ? isoDate() : isoDateTime()).safeParse(v);
      if (!r.success) ctx.addIssue({ code: 'custom', message: r.error.issues[0].message, input: v });
    });

export const eventSchema = (ref: RefFn) =>
  z
    .strictObject({
      /** Tên sự kiện, ví dụ "Tết Trung thu 2026". */
      title: title(),
      /** Một câu giới thiệu (20–200 ký tự). */
      description: description(),
      /** Ngày bắt đầu (bỏ trống nếu ghi ngày âm lịch ở lunar). */
      start: when().optional(),
      /** Ngày kết thúc (bỏ trống nếu chỉ một ngày). */
      end: when().optional(),
      /** Ngày âm lịch: máy tự đổi ra ngày dương lịch khi dựng trang. */
      lunar: z
        .strictObject({
          day: z.number().int().min(1).max(30),
          month: z.number().int().min(1).max(12),
          year: z.number().int().min(2000).max(2100),
          leap: z.boolean().default(false),
        })
        .optional(),
      /** Địa điểm bằng lời, ví dụ "Các phường, xã". Không đoán địa điểm. */
      location: z.string().min(2).optional(),
      /** Cơ quan tổ chức hoặc chủ trì (tên tệp trong content/co-quan). */
      organizers: z.array(ref('bodies')).default([]),
      /** Loại sự kiện. */
      category: labelledEnum(eventCategories, 'category'),
      /** Dành cho ai, ví dụ "Trẻ em, cha mẹ, nhà trường". */
      audience: z.string().optional(),
      /** Chủ đề chính thức (chỉ khi có nguồn). */
      theme: z.string().optional(),
      /** Nguồn của ngày, chủ đề và nội dung. */
      sources: sources(),
      draft,
    })
    .superRefine((d, ctx) => {
      if (!d.start && !d.lunar)
        ctx.addIssue({
          code: 'custom',
          path: ['start'],
          message: 'Cần ngày bắt đầu (start) hoặc ngày âm lịch (lunar).',
        });
      if (d.start && d.lunar)
        ctx.addIssue({ code: 'custom', path: ['lunar'], message: 'Chỉ ghi một trong hai: start hoặc lunar.' });
      if (d.start && d.end && d.end.slice(0, 10) < d.start.slice(0, 10))
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: 'Ngày kết thúc (end) không thể trước ngày bắt đầu (start).',
        });
      if (d.start && d.end && d.start.length !== d.end.length)
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: 'start và end phải cùng dạng: cùng chỉ có ngày, hoặc cùng có giờ.',
        });
    });
