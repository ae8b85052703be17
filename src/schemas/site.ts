/** `content/site.yaml`: settings an editor may change. Leave a value empty when it is not known. */
import { z } from 'astro/zod';
import type { RefFn } from './common.ts';

export const siteSchema = (ref: RefFn) =>
  z.strictObject({
    /** Tên trang web, hiện ở đầu mỗi trang. */
    siteName: z.string().min(3),
    /** Tên ngắn (dùng trên điện thoại). */
    shortName: z.string().min(2),
    /** Đường dây nóng có nút gọi ở đầu mọi trang (tên tệp trong content/lien-he, ví dụ tong-dai-111). */
    hotline: ref('contacts'),
    /**
     * Trang web trung tính mà nút "Thoát nhanh" chuyển tới (ai nhìn vào màn hình chỉ thấy trang đó), ví
     * dụ "https://www.google.com/".
     */
    quickExitUrl: z.url({ error: 'quickExitUrl cần một địa chỉ web đầy đủ, bắt đầu bằng https://' }),
    /** Cơ quan chủ quản: để trống ("") khi chưa có quyết định; khi trống, chân trang không ghi. */
    managingBody: z.string().default(''),
    /** Thư điện tử liên hệ ban biên tập: để trống khi chưa có. */
    contactEmail: z
      .union([z.literal(''), z.email('contactEmail phải là địa chỉ thư hợp lệ hoặc để trống.')])
      .default(''),
  });
