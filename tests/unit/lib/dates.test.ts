import { describe, expect, it } from 'vitest';
import { formatDate, formatLongDate, formatMonth, isoDay, addMonths, spanInWords } from '../../../src/lib/dates';

describe('dates in Vietnamese, in Việt Nam time', () => {
  it('writes days the Vietnamese way', () => {
    expect(formatDate('2024-05-07')).toBe('7/5/2024');
    expect(formatLongDate('2026-09-25')).toBe('Thứ Sáu, 25/9/2026');
    expect(formatLongDate('2026-06-01T08:30:00+07:00')).toBe('Thứ Hai, 1/6/2026, 08:30');
    expect(formatMonth('2026-06-01')).toBe('Tháng 6/2026');
  });
  it('uses the Việt Nam day for late-evening moments, whatever the machine zone', () => {
    expect(isoDay('2026-06-01T23:30:00+07:00')).toBe('2026-06-01');
    expect(isoDay('2026-05-31T18:00:00Z')).toBe('2026-06-01');
  });
  it('writes when, in words then in numbers, for print', () => {
    expect(spanInWords('2027-06-01')).toBe('Thứ Ba, ngày 1 tháng 6 năm 2027 (1/6/2027)');
    expect(spanInWords('2027-06-01', undefined, 'month')).toBe('Tháng 6 năm 2027 (6/2027)');
    expect(spanInWords('2026-06-01', '2026-06-30')).toBe(
      'Từ Thứ Hai, ngày 1 tháng 6 đến Thứ Ba, ngày 30 tháng 6 năm 2026 (1/6–30/6/2026)',
    );
    expect(spanInWords('2026-12-30', '2027-01-02')).toBe(
      'Từ Thứ Tư, ngày 30 tháng 12 năm 2026 đến Thứ Bảy, ngày 2 tháng 1 năm 2027 (30/12/2026–2/1/2027)',
    );
    expect(spanInWords('2026-06-01T08:00:00+07:00')).toBe('Thứ Hai, ngày 1 tháng 6 năm 2026, lúc 08:00 (1/6/2026)');
    expect(spanInWords('2026-06-01T08:00:00+07:00', '2026-06-01T11:30:00+07:00')).toBe(
      'Thứ Hai, ngày 1 tháng 6 năm 2026, từ 08:00 đến 11:30 (1/6/2026)',
    );
  });
  it('adds months for review dates', () => expect(addMonths('2026-11-29', 12)).toBe('2027-11-29'));
});
