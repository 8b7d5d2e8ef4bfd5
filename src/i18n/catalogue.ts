import type { Language } from '../content/schema.js';
import { ar } from './ar.js';
import { en } from './en.js';
import type { Messages } from './messages.js';

export function catalogue(lang: Language): Messages {
  return lang === 'ar' ? ar : en;
}
