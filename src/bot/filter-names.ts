import type { Language, LocalizedText } from '../content/schema.js';
import { filterLabel } from '../digest/filters.js';

/** A name in `lang`, else in the other language (governorate names exist in both; tags are the same in both). */
export function nameIn(label: LocalizedText, lang: Language): string {
  return label[lang] ?? label[lang === 'ar' ? 'en' : 'ar'] ?? '';
}

/** A chat's stored filters as names for messages. */
export function filterNames(filters: readonly string[], lang: Language): string[] {
  return filters.map((key) => nameIn(filterLabel(key), lang));
}
