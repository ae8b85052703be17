/** `content/lien-he/*.md`: one hotline or office. Every number carries its source. */
import { z } from 'astro/zod';
import { url, sources, review, draft, order, labelledEnum, type RefFn } from './common.ts';

export const contactAreas = { 'toan-quoc': 'Toàn quốc', tinh: 'Tỉnh Đắk Lắk', 'phuong-xa': 'Phường, xã' } as const;
export const contactCosts = { 'mien-phi': 'Miễn phí', 'co-phi': 'Có tính cước' } as const;
export const channelKinds = { app: 'Ứng dụng', zalo: 'Zalo', website: 'Trang web', facebook: 'Facebook' } as const;

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
    /** Giờ làm việc bằng lời, ví dụ "24 giờ, tất cả các ngày". Bỏ trống (xóa dòng) khi chưa có nguồn. */
    hours: z.string().min(3).optional(),
    /** Cước gọi: mien-phi hoặc co-phi. Bỏ trống (xóa dòng) khi chưa có nguồn. */
    cost: labelledEnum(contactCosts, 'cost').optional(),
    /** Phạm vi: toan-quoc, tinh hoặc phuong-xa. */
    area: labelledEnum(contactAreas, 'area'),
    /** Cơ quan quản lý (tên tệp trong content/co-quan), nếu nguồn nêu. */
    body: ref('bodies').optional(),
    /** Cách liên hệ khác (ứng dụng, Zalo, trang web) theo nguồn. */
    channels: z
      .array(
        z.strictObject({ kind: labelledEnum(channelKinds, 'kind'), label: z.string().min(2), url: url().optional() }),
      )
      .default([]),
    /**
     * Số khẩn cấp: hiện trên thẻ khẩn cấp, ở ô "Trẻ em đang gặp nguy hiểm?" (ba số đầu), trong tệp
     * lưu danh bạ và mọi nơi trang web nhắc số này. Bỏ trống với số không khẩn cấp.
     */
    emergency: z
      .strictObject({
        /** Thứ tự gọi: 1 là số gọi trước tiên khi có nguy hiểm ngay lúc này. */
        order: z.number().int().min(1),
        /** Tên ngắn, ví dụ "Công an". */
        label: z.string().min(2).max(40),
        /** Gọi khi nào, rất ngắn, ví dụ "khi có nguy hiểm ngay lúc này". */
        use: z.string().min(5).max(80),
      })
      .optional(),
    /**
     * Nguồn xác nhận số điện thoại, giờ, cước và các thông tin trên, mỗi nguồn có tên, địa chỉ và
     * loại (van-ban, chinh-thuc, tham-khao). Nguồn đầu tiên là địa chỉ ghi trong tệp lưu danh bạ.
     */
    sources: sources(),
    ...review,
    order,
    draft,
  });
