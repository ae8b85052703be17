/**
 * The accent model on its own: built from a few sentences, it puts the marks back the way those
 * sentences write them, lets context decide, respects the marks the reader did type, keeps what it
 * does not know, and keeps only the syllable pairs that change a decision.
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import {
  buildAccentModel,
  countSyllables,
  fits,
  restoreAccents,
  suggestions,
  weightOf,
} from '../../../src/lib/accents';

// "bảo" is written far more often than "bạo", "danh" (danh sách) as often as "đánh": only context
// tells them apart.
const texts = [
  'Trẻ em bị đánh, bị bắt đi: gọi 113. Trẻ em bị đánh ở nhà: gọi 111.',
  'Bảo vệ trẻ em. Bảo vệ trẻ em là trách nhiệm của gia đình. Bảo hiểm y tế. Bảo đảm an toàn.',
  'Phòng, chống bạo lực gia đình. Bạo lực với trẻ em bị nghiêm cấm.',
  'Danh sách trẻ em. Danh sách các số điện thoại. Danh sách cơ quan. Dành cho cha mẹ.',
  'Đường dây nóng. Gọi đường dây nóng. Đăng ký khai sinh cho con. Đăng ký khai sinh đúng hạn.',
  'Tổng đài điện thoại. Dưỡng chất, dinh dưỡng, nuôi dưỡng, dinh dưỡng cho trẻ.',
];
const model = buildAccentModel(texts);

describe('accent restoration', () => {
  it.each([
    ['tre em bi danh', 'trẻ em bị đánh'],
    ['danh sach tre em', 'danh sách trẻ em'],
    ['bao ve tre em', 'bảo vệ trẻ em'],
    ['bao luc gia dinh', 'bạo lực gia đình'],
    ['duong day nong', 'đường dây nóng'],
    ['dang ky khai sinh', 'đăng ký khai sinh'],
  ])('"%s" → "%s"', (typed, reading) => expect(restoreAccents(model, typed)).toBe(reading));

  it('keeps the marks the reader typed and fills in the rest', () => {
    expect(restoreAccents(model, 'trẻ em bi danh')).toBe('trẻ em bị đánh');
    // Typed without the đ and the tone, "dương" still fits "đường"; a different tone never fits.
    expect(fits('dương', 'đường')).toBe(true);
    expect(fits('trẽ', 'trẻ')).toBe(false);
    expect(fits('tre', 'trẻ')).toBe(true);
    expect(fits('đ', 'd')).toBe(false);
  });

  it('keeps case, numbers, punctuation and words the site never uses', () => {
    expect(restoreAccents(model, 'Tre em bi danh')).toBe('Trẻ em bị đánh');
    expect(restoreAccents(model, 'goi 111, tre em')).toBe('gọi 111, trẻ em');
    expect(restoreAccents(model, 'xyz bao ve')).toBe('xyz bảo vệ');
  });

  it('keeps only the pairs that change a decision, and stays small', () => {
    const kept = model.pairs.length / 3;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(countSyllables(texts).pairs.size / 3);
    // Without context in the text, nothing needs a pair: single syllables decide.
    expect(buildAccentModel(['Bảo vệ. Bảo vệ. Trẻ em.']).pairs).toEqual([]);
    expect(gzipSync(JSON.stringify(model)).length).toBeLessThan(2048);
  });

  it('weighs rare words above common ones', () => {
    expect(weightOf(model, 'đánh')).toBeGreaterThan(weightOf(model, 'trẻ'));
  });
});

describe('suggestions', () => {
  it('one letter away, most likely first: "duong dai nong" → "đường dây nóng"', () => {
    const [best] = suggestions(model, 'duong dai nong');
    expect(best.text).toBe('đường dây nóng');
    expect(best.gain).toBeGreaterThan(0);
  });

  it('a typo in one syllable is mended', () => {
    expect(suggestions(model, 'dang ky khai sinj')[0].text).toBe('đăng ký khai sinh');
  });
});
