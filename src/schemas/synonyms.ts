/** `content/tim-kiem/dong-nghia.yaml`: words people use for the same thing, for search. */
import { z } from 'astro/zod';

export const synonymsSchema = z.strictObject({
  /** Mỗi nhóm là các cách gọi cùng một điều, ví dụ ["Buôn Ma Thuột", "Ban Mê Thuột", "BMT"]. */
  groups: z.array(z.array(z.string().min(2)).min(2, 'Mỗi nhóm cần ít nhất 2 cách gọi.')).min(1),
});
