import type { Language } from '../../content/schema.js';

/** The article's language from its script: Arabic letters against Latin letters. */
export function detectLanguage(text: string): Language {
  const arabic = text.match(/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic >= latin ? 'ar' : 'en';
}
