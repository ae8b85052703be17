/** vCard 3.0 (RFC 2426) for "Lưu số": one card per contact, CRLF line endings, escaped text. */
const esc = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/([,;])/g, '\\$1');

export function vcards(
  contacts: { title: string; numbers: { number: string }[]; purpose: string; sourceUrl: string }[],
) {
  return contacts
    .map((c) =>
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        `FN:${esc(c.title)}`,
        `N:;${esc(c.title)};;;`,
        ...c.numbers.map((n) => `TEL;TYPE=VOICE:${n.number}`),
        `NOTE:${esc(c.purpose)}`,
        `URL:${c.sourceUrl}`,
        'END:VCARD',
      ].join('\r\n'),
    )
    .join('\r\n')
    .concat('\r\n');
}
