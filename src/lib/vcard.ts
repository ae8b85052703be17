/**
 * vCard 3.0 (RFC 2426) for "Lưu số": one card per contact, CRLF line endings, escaped text, and
 * lines folded at 75 octets (RFC 6350 §3.2) without splitting a UTF-8 character.
 */
const esc = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/([,;])/g, '\\$1');

const encoder = new TextEncoder();

/** A content line folded into pieces of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string) {
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first piece may hold 75 octets; the others 74 after their leading space.
    if (octets + size > (pieces.length ? 74 : 75)) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += char;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

interface CardContact {
  title: string;
  numbers: { number: string }[];
  purpose: string;
  sources: { url: string }[];
}

/** One vCard per contact; its URL is the contact's first source with a web address. */
export function vcards(contacts: CardContact[]) {
  return contacts
    .map((c) =>
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        `FN:${esc(c.title)}`,
        `N:;${esc(c.title)};;;`,
        ...c.numbers.map((n) => `TEL;TYPE=VOICE:${n.number}`),
        `NOTE:${esc(c.purpose)}`,
        ...c.sources
          .filter((src) => /^https?:/.test(src.url))
          .slice(0, 1)
          .map((src) => `URL:${src.url}`),
        'END:VCARD',
      ]
        .map(foldLine)
        .join('\r\n'),
    )
    .join('\r\n')
    .concat('\r\n');
}
