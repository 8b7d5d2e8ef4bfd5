import { createHash } from 'node:crypto';

const MAX_WORDS = 6;
/** The schema caps briefing ids (they travel in Telegram callback data). */
export const MAX_ID_LENGTH = 48;
const AR_LATIN: Readonly<Record<string, string>> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ٱ: 'a',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  و: 'w',
  ي: 'y',
  ى: 'a',
  ئ: 'e',
  ؤ: 'o',
  ء: '',
};

/** A lowercase ASCII slug of a title; Arabic is transliterated letter by letter, a short hash when nothing is left. */
export function slugify(title: string): string {
  const latin = [...title.normalize('NFKD')]
    .map((c) => AR_LATIN[c] ?? c)
    .join('')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const words = latin.match(/[a-z0-9]+/g) ?? [];
  const slug = words.slice(0, MAX_WORDS).join('-');
  return slug || createHash('sha256').update(title).digest('hex').slice(0, 8);
}

/** The briefing id: `<published>-<slug>`, whole slug words only, within MAX_ID_LENGTH. */
export function briefingId(published: string, title: string): string {
  const room = MAX_ID_LENGTH - published.length - 1;
  const words = slugify(title).split('-');
  let slug = words[0]?.slice(0, room) ?? '';
  for (const word of words.slice(1)) {
    if (slug.length + 1 + word.length > room) break;
    slug += `-${word}`;
  }
  return `${published}-${slug}`;
}
