/** `content/ho-tro/*.md`: a short "what to do" guide; the body is a numbered list of steps. */
import { z } from 'astro/zod';
import { sources, review, draft, order, title, description, type RefFn } from './common.ts';

export const guideSchema = (ref: RefFn) =>
  z.strictObject({
    /** Tiêu đề dạng câu hỏi hoặc việc cần làm, ví dụ "Làm giấy khai sinh cho con". */
    title: title(),
    /** Một câu tóm tắt (20–200 ký tự). */
    description: description(),
    /** Các số cần gọi, hiện ở đầu hướng dẫn (tên tệp trong content/lien-he). */
    contacts: z.array(ref('contacts')).default([]),
    /** Văn bản pháp luật liên quan (tên tệp trong content/phap-luat). */
    laws: z.array(ref('laws')).default([]),
    /** Nguồn của từng bước. */
    sources: sources(),
    ...review,
    order,
    draft,
  });
