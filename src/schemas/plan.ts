/**
 * The plan: `content/ke-hoach/van-ban.md` holds the document's metadata and, as its body, the
 * plain-language summary; `content/ke-hoach/NN-*.md` hold the official text, one part per file,
 * NN giving the reading order. The official wording is never edited, only re-flowed.
 */
import { z } from 'astro/zod';
import { isoDate, url, title, description, type RefFn } from './common.ts';

/** A document the plan says it implements. */
const implemented = z.strictObject({
  /** Số, ký hiệu, ví dụ "144-KH/TU". */
  number: z.string().min(2),
  /** Ngày ban hành, ví dụ "2024-03-21". */
  issuedOn: isoDate(),
  /** Cơ quan ban hành, ví dụ "Thành ủy Buôn Ma Thuột". */
  issuer: z.string().min(3),
  /** Trích yếu, đúng như văn bản. */
  title: z.string().optional(),
});

export const planDocumentSchema = (ref: RefFn) =>
  z.strictObject({
    /** Tên trang, ví dụ "Kế hoạch thực hiện Chỉ thị 28-CT/TW". */
    title: title(),
    /** Mô tả ngắn cho máy tìm kiếm (20–200 ký tự). */
    description: description(),
    /** Hình thức văn bản, ví dụ "Kế hoạch". */
    form: z.string().min(3),
    /** Trích yếu đúng nguyên văn, phần dưới chữ "KẾ HOẠCH". */
    abstract: z.string().min(10),
    /** Số, ký hiệu: để trống nếu chưa biết. Không được đoán. */
    number: z.string().optional(),
    /** Ngày ban hành: để trống nếu chưa biết. Không được đoán. */
    issuedOn: isoDate().optional(),
    /** Cơ quan ban hành (tên tệp trong content/co-quan). */
    issuer: ref('bodies'),
    /** Người ký và thẩm quyền ký, đúng như khối chữ ký. */
    signer: z.strictObject({ name: z.string().min(3), authority: z.array(z.string()).min(1) }),
    /** Các văn bản mà Kế hoạch này thực hiện. */
    implements: z.array(implemented).min(1),
    /** Các mốc thời gian nêu trong Kế hoạch, dùng cho phần tóm tắt. */
    milestones: z
      .array(z.strictObject({ label: z.string().min(3), date: isoDate().optional(), when: z.string().optional() }))
      .default([]),
    /** Bản gốc (PDF) nếu có, để người đọc đối chiếu. */
    originalUrl: url().optional(),
    /**
     * Tệp chữ của văn bản gốc, trong thư mục này (ví dụ "nguyen-van.txt"): chữ được trích từ bản PDF của
     * văn bản đã ban hành (xuống dòng là do trích xuất, chữ là của văn bản). Dùng để kiểm tra rằng trang
     * đăng đúng từng chữ; không được sửa tệp này.
     */
    sourceText: z.string().regex(/^[a-z0-9-]+\.txt$/, 'Tên tệp chữ văn bản gốc, ví dụ "nguyen-van.txt".'),
  });

/** "31-phong-tu-phap" → "phong-tu-phap": the NN- prefix orders files, the rest is the anchor. */
export const partAnchor = (id: string) => id.replace(/^\d+-/, '');

export const planPartSchema = (ref: RefFn) =>
  z.strictObject({
    /** Tên phần trong mục lục, ví dụ "Phòng Tư pháp". */
    title: z.string({ error: 'Thiếu tên phần (title).' }).min(2),
    /** Tiêu đề in trong văn bản, giữ nguyên chữ, ví dụ "4. Phòng Tư pháp". Bỏ trống với đoạn không có tiêu đề. */
    heading: z.string().optional(),
    /** Cấp tiêu đề: 2 cho mục La Mã (I, II, III), 3 cho mục đánh số (1, 2, 3). */
    level: z.union([z.literal(2), z.literal(3)]).default(2),
    /** Cơ quan được giao việc trong phần này (tên tệp trong content/co-quan). */
    assignedTo: z.array(ref('bodies')).default([]),
    /** Ghi chú của biên tập viên (ví dụ chỉ ra lỗi chính tả trong bản gốc); hiện tách biệt với nguyên văn. */
    editorNote: z.string().optional(),
  });
