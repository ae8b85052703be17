/**
 * `content/su-kien/*.md`: one event, or (with `rule`) one year's details of a yearly event from
 * content/su-kien/hang-nam. Dates are Việt Nam dates; times carry "+07:00".
 */
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
      /** Sự kiện hằng năm mà tệp này ghi chi tiết của một năm (tên tệp trong content/su-kien/hang-nam).
       *  Khi có rule: tiêu đề, mô tả, ngày, loại lấy từ quy tắc; chỉ ghi những gì riêng của năm đó. */
      rule: ref('eventRules').optional(),
      /** Tên sự kiện, ví dụ "Tết Trung thu 2026" (không bắt buộc khi có rule). */
      title: title().optional(),
      /** Một câu giới thiệu (20–200 ký tự; không bắt buộc khi có rule). */
      description: description().optional(),
      /** Ngày bắt đầu (bỏ trống nếu ghi ngày âm lịch ở lunar; khi có rule: chỉ ghi khi nguồn nêu ngày chính xác). */
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
      /** Loại sự kiện (khi có rule: lấy từ quy tắc, không ghi). */
      category: labelledEnum(eventCategories, 'category').optional(),
      /** Dành cho ai, ví dụ "Trẻ em, cha mẹ, nhà trường". */
      audience: z.string().optional(),
      /** Chủ đề chính thức (chỉ khi có nguồn). */
      theme: z.string().optional(),
      /** Nguồn của ngày, chủ đề và nội dung. */
      sources: sources(),
      draft,
    })
    // Runs even when another field is wrong, so a missing field is reported with the others.
    .superRefine(
      (d, ctx) => {
        const missing = (field: string, message: string) =>
          ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: [field], message });
        if (d.rule) {
          if (d.category !== undefined)
            ctx.addIssue({
              code: 'custom',
              path: ['category'],
              message: 'Tệp chi tiết của một năm lấy loại (category) từ quy tắc: xóa dòng này.',
            });
          if (d.lunar !== undefined)
            ctx.addIssue({
              code: 'custom',
              path: ['lunar'],
              message: 'Ngày âm lịch đã có trong quy tắc: xóa dòng này (ghi start chỉ khi cần giờ chính xác).',
            });
          if (d.end !== undefined && d.start === undefined)
            ctx.addIssue({
              code: 'custom',
              path: ['end'],
              message: 'Ghi cả ngày bắt đầu (start) khi ghi end; không có nguồn nêu ngày chính xác thì xóa cả hai.',
            });
          return;
        }
        if (d.title === undefined) missing('title', 'Thiếu tiêu đề (title).');
        if (d.description === undefined) missing('description', 'Thiếu mô tả ngắn (description).');
        if (d.category === undefined)
          missing('category', `category phải là một trong: ${Object.keys(eventCategories).join(', ')}.`);
      },
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    )
    .superRefine((d, ctx) => {
      if (!d.rule && !d.start && !d.lunar)
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
