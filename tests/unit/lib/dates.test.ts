import { describe, expect, it } from 'vitest';
import { formatDate, formatLongDate, formatMonth, isoDay, addMonths } from '../../../src/lib/dates';

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
  it('adds months for review dates', () => expect(addMonths('2026-11-29', 12)).toBe('2027-11-29'));
});
