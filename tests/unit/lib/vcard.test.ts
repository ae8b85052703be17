import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { foldLine, vcards } from '../../../src/lib/vcard';

const octets = (s: string) => new TextEncoder().encode(s).length;
const long =
  'NOTE:Báo tin trẻ em bị xâm hại hoặc có nguy cơ bị bạo lực\\, bóc lột\\, bỏ rơi; hỏi\\, tư vấn về bảo vệ trẻ em.';

describe('vCard lines (RFC 6350 §3.2)', () => {
  it('folds lines longer than 75 octets, never inside a UTF-8 character', () => {
    const lines = foldLine(long).split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    // Unfolding (drop CRLF + one space) gives the line back, character for character.
    expect(foldLine(long).replace(/\r\n /g, '')).toBe(long);
  });

  it('keeps short lines as they are', () => expect(foldLine('TEL;TYPE=VOICE:111')).toBe('TEL;TYPE=VOICE:111'));

  it('writes cards an independent parser reads back exactly', () => {
    const purpose =
      'Báo tin trẻ em bị xâm hại hoặc có nguy cơ bị bạo lực, bóc lột, bỏ rơi; hỏi, tư vấn về bảo vệ trẻ em.';
    const text = vcards([
      {
        title: 'Tổng đài điện thoại quốc gia bảo vệ trẻ em',
        numbers: [{ number: '111' }],
        purpose,
        sources: [
          { url: '/ke-hoach/#mo-dau' },
          { url: 'https://example.org/nguon' },
          { url: 'https://example.org/khac' },
        ],
      },
    ]);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    const card = new ICAL.Component(ICAL.parse(text));
    // ical.js unescapes "\\," in vCard 3 text but leaves "\\;" as written.
    expect(String(card.getFirstPropertyValue('note')).replace(/\\;/g, ';')).toBe(purpose);
    expect(card.getFirstPropertyValue('tel')).toBe('111');
    // The first source with a web address; a part of the plan on this site is no address for a phone.
    expect(card.getAllProperties('url').map((p) => p.getFirstValue())).toEqual(['https://example.org/nguon']);
  });
});
