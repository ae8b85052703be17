/** `content/chuyen-huong.yaml`: addresses that moved. Each old address gets a page that sends readers on. */
import { z } from 'astro/zod';

const path = (what: string) =>
  z
    .string({ error: `Thiếu địa chỉ ${what}.` })
    .regex(
      /^\/[a-z0-9/-]*\/$/,
      `Địa chỉ ${what} viết như "/su-kien/ten-trang/": bắt đầu và kết thúc bằng "/", chữ thường không dấu.`,
    );

export const redirectSchema = z.strictObject({
  /** Địa chỉ cũ, đã từng đăng, ví dụ "/su-kien/2026-tet-trung-thu/". */
  from: path('cũ (from)'),
  /** Địa chỉ mới: phải là một trang đang có, ví dụ "/su-kien/2026-09-25-tet-trung-thu-2026/". */
  to: path('mới (to)'),
});
