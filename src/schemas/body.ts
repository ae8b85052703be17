/** `content/co-quan/*.md`: a public body the plan assigns work to, or that handles a matter now. */
import { z } from 'astro/zod';
import { isoDate, draft, order, labelledEnum, source, type RefFn } from './common.ts';
import { isSiteAddress } from '../lib/source-tiers.ts';

/** Levels, with their display names, in the order the list of bodies shows them. */
export const bodyLevelLabels = {
  'thanh-pho': 'Cấp thành phố (cấp huyện cũ)',
  'phuong-xa': 'Cấp phường, xã',
  tinh: 'Cấp tỉnh',
  'trung-uong': 'Trung ương',
} as const;
export const bodyStatusLabels = {
  'hoat-dong': 'Đang hoạt động',
  'da-cham-dut': 'Đã chấm dứt hoạt động',
  'chua-xac-nhan': 'Chưa xác nhận',
} as const;

export const bodySchema = (ref: RefFn) =>
  z
    .strictObject({
      /** Tên đầy đủ, đúng như văn bản chính thức, ví dụ "Ủy ban nhân dân thành phố Buôn Ma Thuột". */
      name: z.string({ error: 'Thiếu tên cơ quan (name).' }).min(3),
      /** Tên gọi ngắn hoặc tên viết trong Kế hoạch, ví dụ "UBND Thành phố". */
      shortName: z.string().optional(),
      /** Cấp: trung-uong, tinh, thanh-pho (cấp huyện cũ) hoặc phuong-xa. */
      level: labelledEnum(bodyLevelLabels, 'level'),
      /** Tình trạng hôm nay: hoat-dong, da-cham-dut, hoặc chua-xac-nhan khi chưa có nguồn. */
      status: labelledEnum(bodyStatusLabels, 'status'),
      /** Ngày chấm dứt hoạt động (bắt buộc khi status là da-cham-dut), ví dụ "2025-07-01". */
      ceasedOn: isoDate().optional(),
      /** Các cơ quan tiếp nhận địa bàn hoặc nhiệm vụ (tên tệp trong content/co-quan, không có .md). */
      successors: z.array(ref('bodies')).default([]),
      /** Giải thích ngắn về việc ai làm thay, khi nguồn chỉ nói được một phần. */
      successorNote: z.string().optional(),
      /**
       * Nguồn cho nhiệm vụ, tình trạng và cơ quan kế thừa. Nhiệm vụ trong Kế hoạch: trỏ tới phần Kế hoạch
       * trên trang này ("/ke-hoach/#…"). Tình trạng (trừ khi chua-xac-nhan) cần thêm một nguồn bên ngoài.
       */
      sources: z.array(source).default([]),
      order,
      draft,
    })
    .superRefine((d, ctx) => {
      if (d.status === 'da-cham-dut' && !d.ceasedOn)
        ctx.addIssue({
          code: 'custom',
          path: ['ceasedOn'],
          message: 'Cơ quan đã chấm dứt: cần ghi ngày chấm dứt (ceasedOn), ví dụ "2025-07-01".',
        });
      if (d.status !== 'da-cham-dut' && d.ceasedOn)
        ctx.addIssue({ code: 'custom', path: ['ceasedOn'], message: 'Chỉ ghi ceasedOn khi status là da-cham-dut.' });
      if (d.status !== 'chua-xac-nhan' && !d.sources.some((s) => !isSiteAddress(s.url)))
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message: 'Cần ít nhất một nguồn có địa chỉ web (ngoài chính Kế hoạch) cho tình trạng của cơ quan.',
        });
    });
