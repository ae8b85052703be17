/** `content/phap-luat/*.md`: a plain-language summary of one legal document. */
import { z } from 'astro/zod';
import { isoDate, url, sources, review, draft, order, title, description, labelledEnum, type RefFn } from './common.ts';

export const lawKinds = {
  'cong-uoc': 'Công ước',
  'bo-luat': 'Bộ luật',
  luat: 'Luật',
  'nghi-quyet': 'Nghị quyết',
  'chi-thi': 'Chỉ thị',
  'nghi-dinh': 'Nghị định',
  'quyet-dinh': 'Quyết định',
  'thong-tu': 'Thông tư',
} as const;
export const lawStatuses = {
  'con-hieu-luc': 'Còn hiệu lực',
  'da-sua-doi': 'Còn hiệu lực, đã được sửa đổi',
  'het-hieu-luc': 'Hết hiệu lực',
  'chua-xac-nhan': 'Chưa xác nhận',
} as const;

export const lawSchema = (ref: RefFn) =>
  z
    .strictObject({
      /** Tên văn bản như người đọc quen gọi, ví dụ "Luật Trẻ em 2016". */
      title: title(),
      /** Một câu giới thiệu (20–200 ký tự). */
      description: description(),
      /** Loại văn bản. */
      kind: labelledEnum(lawKinds, 'kind'),
      /** Số, ký hiệu đúng như văn bản, ví dụ "102/2016/QH13". */
      number: z.string({ error: 'Thiếu số, ký hiệu văn bản (number), ví dụ "102/2016/QH13".' }).min(2),
      /** Trích yếu (tên đầy đủ) của văn bản. */
      abstract: z.string().min(5),
      /** Cơ quan ban hành, ví dụ "Quốc hội". */
      issuer: z.string().min(3),
      /** Ngày ban hành / thông qua (bỏ trống nếu nguồn chưa xác nhận). */
      issuedOn: isoDate().optional(),
      /** Ngày có hiệu lực (bỏ trống nếu nguồn chưa xác nhận). */
      effectiveOn: isoDate().optional(),
      /** Tình trạng hiệu lực. */
      status: labelledEnum(lawStatuses, 'status'),
      /** Văn bản sửa đổi văn bản này (tên tệp trong content/phap-luat). */
      amendedBy: z.array(ref('laws')).default([]),
      /** Văn bản này sửa đổi hoặc hướng dẫn văn bản nào. */
      amends: z.array(ref('laws')).default([]),
      /** Văn bản thay thế văn bản này. */
      replacedBy: z.array(ref('laws')).default([]),
      /** Ghi chú về tình trạng (ví dụ phần nào đã bị thay đổi, điều gì còn chờ xác nhận). */
      statusNote: z.string().optional(),
      /** Những cách viết khác mà các trang có thể dùng để trích dẫn, ví dụ "Luật trẻ em". */
      citedAs: z.array(z.string().min(3)).default([]),
      /** Điều này có ý nghĩa gì với gia đình: vài ý ngắn, lời thường. */
      forFamilies: z.array(z.string().min(10)).min(1, 'Cần ít nhất một ý trong forFamilies.'),
      /** Các điều chính: số điều, tên điều (nếu đã kiểm chứng), giải thích ngắn. */
      keyArticles: z
        .array(
          z.strictObject({
            /** Ví dụ "Điều 15" hoặc "Khoản 1 Điều 5". */
            article: z.string().regex(/(Điều|Khoản|Điểm) \d+/, 'article phải ghi số điều, ví dụ "Điều 15".'),
            /** Tên điều đúng nguyên văn (chỉ khi đã kiểm chứng). */
            name: z.string().optional(),
            /** Giải thích bằng lời thường. */
            text: z.string().min(10),
          }),
        )
        .default([]),
      /** Địa chỉ văn bản chính thức (toàn văn). */
      officialUrl: url(),
      /** Nguồn của các thông tin trên trang này. */
      sources: sources(),
      ...review,
      order,
      draft,
    })
    .superRefine((d, ctx) => {
      if (d.issuedOn && d.effectiveOn && d.effectiveOn < d.issuedOn)
        ctx.addIssue({
          code: 'custom',
          path: ['effectiveOn'],
          message: 'Ngày hiệu lực không thể trước ngày ban hành.',
        });
    });
