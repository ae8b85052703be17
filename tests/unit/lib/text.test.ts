import { describe, expect, it } from 'vitest';
import { fold, slugify, dFoldedWords, htmlToText } from '../../../src/lib/text';

describe('Vietnamese text helpers', () => {
  it('folds tone marks, vowel marks and đ', () => {
    expect(fold('Đường dây nóng')).toBe('duong day nong');
    expect(fold('Đắk Lắk')).toBe('dak lak');
  });
  it.each([
    ['Tết Trung thu 2027', 'tet-trung-thu-2027'],
    ['Đăng ký khai sinh cho con', 'dang-ky-khai-sinh-cho-con'],
    ['  Ngày Quốc tế Thiếu nhi (1/6)!  ', 'ngay-quoc-te-thieu-nhi-1-6'],
    ['Phòng Lao động - Thương binh và Xã hội', 'phong-lao-dong-thuong-binh-va-xa-hoi'],
  ])('slug of %s', (title, slug) => expect(slugify(title)).toBe(slug));
  it('lists each đ-word once, folded', () => {
    expect(dFoldedWords('Gọi đường dây nóng; đường đến Đắk Lắk')).toBe('duong den dak');
  });
  it('turns HTML into reader text', () => {
    expect(htmlToText('<p>Gọi <strong>111</strong>&nbsp;miễn phí</p><script>x()</script>')).toBe('Gọi 111 miễn phí');
  });
});
