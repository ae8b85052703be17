/** `content/quyen-tre-em/dieu-luat.yaml`: the rights (Điều 12–36) and duties (Điều 37–41) of Luật Trẻ em 2016. */
import { z } from 'astro/zod';
import { labelledEnum, source, sources, title, description } from './common.ts';

export const rightGroups = {
  'song-con': 'Được sống, được chăm sóc',
  'bao-ve': 'Được bảo vệ',
  'phat-trien': 'Được học tập và phát triển',
  'tham-gia': 'Được tham gia',
  'bon-phan': 'Bổn phận của trẻ em',
} as const;

export const articleSchema = z.strictObject({
  /** Số điều trong Luật Trẻ em 2016, ví dụ 25. */
  article: z.number().int().min(1).max(106),
  /** Tên điều đúng nguyên văn luật. */
  name: z.string().min(5),
  /** Nhóm để phụ huynh dễ tìm. */
  group: labelledEnum(rightGroups, 'group'),
  /** Một hai câu giải thích bằng lời thường. */
  plain: z.string().min(20),
  /** Nguồn của tên điều và lời giải thích (tên, địa chỉ, loại nguồn), ví dụ bản Bộ pháp điển đã đối chiếu. */
  source,
});

/** `content/quyen-tre-em/gioi-thieu.md`: the rest of the rights page (who is a child, Điều 6, 10, 47–50). */
export const rightsIntroSchema = z.strictObject({
  /** Tiêu đề trang. */
  title: title(),
  /** Một câu giới thiệu (20–200 ký tự). */
  description: description(),
  /** Nguồn của các thông tin trong bài. */
  sources: sources(),
});
