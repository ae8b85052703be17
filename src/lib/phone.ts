/** Phone numbers and how the site speaks of them. */
import { contactCosts } from '../schemas/contact.ts';

/** "111" → "1 1 1", so a screen reader does not say "one hundred eleven". */
export const spokenNumber = (n: string) => n.replace(/\D/g, '').split('').join(' ');

interface ContactFacts {
  title: string;
  cost?: keyof typeof contactCosts;
  hours?: string;
  emergency?: { label: string; use: string };
}

/** What is known of the call, from the contact's file: "miễn phí, 24 giờ, tất cả các ngày" ('' if nothing is). */
export const callTerms = (c: ContactFacts) =>
  [c.cost && contactCosts[c.cost].toLowerCase(), c.hours].filter(Boolean).join(', ');

/** One line for an emergency number: "Công an, khi có nguy hiểm ngay lúc này". */
export const emergencyLine = (c: ContactFacts) =>
  [c.emergency ? `${c.emergency.label}, ${c.emergency.use}` : c.title, callTerms(c)].filter(Boolean).join('; ');
