/** `content/lien-he/*.md`: one hotline or office. Every number carries its source. */
import { z } from 'astro/zod';
import { url, review, draft, type RefFn } from './common.ts';

export const contactAreas = { 'toan-quoc': 'Toàn quốc', tinh: 'Tỉnh Đắk Lắk', 'phuong-xa': 'Phường, xã' } as const;
export const contactCosts = {
  'mien-phi': 'Miễn phí',
  'co-phi': 'Có tính cước',
  'chua-xac-nhan': 'Chưa xác nhận',
} as const;
export const channelKinds = ['app', 'zalo', 'website', 'facebook'] as const;

export const contactSchema = (ref: RefFn) =>
  z.strictObject({
    /** Tên đường dây hoặc nơi liên hệ, ví dụ "Tổng đài quốc gia bảo vệ trẻ em". */
    title: z.string({ error: 'Thiếu tên (title).' }).min(3),
    /** Các số điện thoại: chỉ chữ số, không dấu cách, ví dụ "111". */
    numbers: z
      .array(
        z.strictObject({
          number: z
            .string()
            .regex(/^\d{3,11}$/, 'Số điện thoại chỉ được có chữ số (3–11 số), không có chữ hay dấu cách, ví dụ "111".'),
          label: z.string().optional(),
        }),
      )
      .min(1, 'Cần ít nhất một số điện thoại (numbers).'),
    /** Dùng khi nào, một câu ngắn, ví dụ "Báo tin trẻ em bị xâm hại hoặc có nguy cơ". */
    purpose: z.string().min(10),
    /** Giờ làm việc bằng lời, ví dụ "24 giờ, tất cả các ngày". */
    hours: z.string().min(3),
    /** Cước gọi. */
    cost: z.enum(Object.keys(contactCosts) as [keyof typeof contactCosts], {
      error: 'cost phải là mien-phi, co-phi hoặc chua-xac-nhan.',
    }),
    /** Phạm vi. */
    area: z.enum(Object.keys(contactAreas) as [keyof typeof contactAreas], {
      error: 'area phải là toan-quoc, tinh hoặc phuong-xa.',
    }),
    /** Cơ quan quản lý (tên tệp trong content/co-quan), nếu nguồn nêu. */
    body: ref('bodies').optional(),
    /** Cách liên hệ khác (ứng dụng, Zalo, trang web) theo nguồn. */
    channels: z
      .array(z.strictObject({ kind: z.enum(channelKinds), label: z.string().min(2), url: url().optional() }))
      .default([]),
    /** Số khẩn cấp: hiện ở đầu trang Hỗ trợ, trên thẻ khẩn cấp và trong tệp lưu danh bạ. */
    emergency: z.boolean().default(false),
    /** Địa chỉ nguồn xác nhận số điện thoại và thông tin trên. */
    sourceUrl: url(),
    ...review,
    /** Thứ tự hiện (số nhỏ lên trước). */
    order: z.number().int().default(100),
    draft,
  });
