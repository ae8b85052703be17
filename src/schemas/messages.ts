/**
 * Vietnamese messages for Zod's own checks (a check written in a schema keeps its own message).
 * Zod keeps this setting globally, so each program that validates content calls it once, first:
 * Astro's content config and the editors' checker.
 */
import { z } from 'astro/zod';

/** What an editor must write, by the type a field expects. */
export const typeNames: Record<string, string> = {
  string: 'chữ, đặt trong dấu ngoặc kép',
  number: 'một số',
  boolean: 'true hoặc false',
  array: 'một danh sách (mỗi mục một dòng bắt đầu bằng "- ")',
  object: 'một nhóm trường',
};

export function useEditorMessages() {
  z.config({
    customError: (iss) => {
      switch (iss.code) {
        case 'invalid_type':
          return iss.input === undefined
            ? 'Thiếu trường bắt buộc.'
            : `Sai kiểu: cần ${typeNames[iss.expected] ?? iss.expected}.`;
        case 'too_small':
          return iss.origin === 'array'
            ? `Cần ít nhất ${iss.minimum} mục.`
            : iss.origin === 'string'
              ? `Quá ngắn: cần ít nhất ${iss.minimum} ký tự.`
              : `Giá trị quá nhỏ (tối thiểu ${iss.minimum}).`;
        case 'too_big':
          return iss.origin === 'array'
            ? `Nhiều nhất ${iss.maximum} mục.`
            : iss.origin === 'string'
              ? `Quá dài: tối đa ${iss.maximum} ký tự.`
              : `Giá trị quá lớn (tối đa ${iss.maximum}).`;
        case 'invalid_value':
          return `Giá trị không hợp lệ: cần một trong ${iss.values.map((v) => `"${String(v)}"`).join(', ')}.`;
        case 'unrecognized_keys':
          return `Trường lạ: ${iss.keys.join(', ')}. Kiểm tra chính tả tên trường; trường không có trong mẫu sẽ không được dùng.`;
        case 'invalid_format':
          return iss.format === 'url'
            ? 'Cần một địa chỉ web đầy đủ, bắt đầu bằng https://'
            : `Sai định dạng (${iss.format}).`;
        default:
          return undefined;
      }
    },
  });
}
