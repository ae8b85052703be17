/** `content/phap-luat/*.md`: a plain-language summary of one legal document. */
import { z } from 'astro/zod';
import {
  isoDate,
  source,
  sources,
  review,
  draft,
  order,
  title,
  description,
  labelledEnum,
  type RefFn,
} from './common.ts';

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
      /**
       * Số, ký hiệu đúng như văn bản, ví dụ "102/2016/QH13". Bỏ trống khi văn bản không có số hiệu
       * (như Công ước, xem adoptedBy) hoặc khi số hiệu chưa có nguồn xác nhận: trang ghi "Chưa xác nhận".
       */
      number: z.string().min(2).optional(),
      /**
       * Với văn bản không có số hiệu riêng: được thông qua bằng văn bản nào, ví dụ
       * "Nghị quyết 44/25 của Đại hội đồng Liên hợp quốc". Trang ghi "Được thông qua bằng …".
       */
      adoptedBy: z.string().min(5).optional(),
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
      /** Văn bản sửa đổi, bổ sung văn bản này (tên tệp trong content/phap-luat). */
      amendedBy: z.array(ref('laws')).default([]),
      /** Văn bản này sửa đổi, bổ sung văn bản nào (tên tệp trong content/phap-luat). */
      amends: z.array(ref('laws')).default([]),
      /**
       * Văn bản này quy định chi tiết, hướng dẫn thi hành văn bản nào, ví dụ một nghị định hướng dẫn
       * một luật: [luat-tre-em-2016].
       */
      details: z.array(ref('laws')).default([]),
      /**
       * Văn bản này thực hiện, triển khai văn bản nào, ví dụ kế hoạch của Chính phủ thực hiện một chỉ
       * thị của Đảng: [chi-thi-28-ct-tw]. Không sửa đổi văn bản đó.
       */
      implements: z.array(ref('laws')).default([]),
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
      /**
       * Toàn văn: tên, địa chỉ và loại nguồn. Chỉ ghi kind: van-ban khi đó là chính văn bản trên cổng
       * chính thức (vbpl.vn, vanban.chinhphu.vn, congbao.chinhphu.vn…); bản sao ở trang khác là
       * tham-khao. Bỏ trống khi chưa tìm được toàn văn (npm run check sẽ nhắc).
       */
      fullText: source.optional(),
      /** Nguồn của các thông tin trên trang này. */
      sources: sources(),
      ...review,
      order,
      draft,
    })
    .superRefine((d, ctx) => {
      if (d.adoptedBy && d.number)
        ctx.addIssue({
          code: 'custom',
          path: ['adoptedBy'],
          message: 'Chỉ ghi adoptedBy khi văn bản không có số hiệu riêng (bỏ trống number).',
        });
      if (d.issuedOn && d.effectiveOn && d.effectiveOn < d.issuedOn)
        ctx.addIssue({
          code: 'custom',
          path: ['effectiveOn'],
          message: 'Ngày hiệu lực không thể trước ngày ban hành.',
        });
    });
