/** `content/phap-luat/_khong-lien-ket.yaml`: document numbers the pages cite on purpose without a summary page. */
import { z } from 'astro/zod';

export const unlinkedSchema = z.strictObject({
  /** Số, ký hiệu văn bản đúng như được trích, ví dụ "144-KH/TU". */
  number: z.string().min(2),
  /** Vì sao văn bản này chưa có trang tóm tắt. */
  reason: z.string().min(10),
});
