/** `content/trang/*.md`: a standalone page such as "Giới thiệu" or "Quyền riêng tư". */
import { z } from 'astro/zod';
import { draft, title, description } from './common.ts';

export const pageSchema = z.strictObject({
  /** Tiêu đề trang. */
  title: title(),
  /** Một câu giới thiệu (20–200 ký tự). */
  description: description(),
  draft,
});
