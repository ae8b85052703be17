/** Phone numbers as people read them aloud: "111" → "1 1 1", so a screen reader does not say "one hundred eleven". */
export const spokenNumber = (n: string) => n.replace(/\D/g, '').split('').join(' ');
