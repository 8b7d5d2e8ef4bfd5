import type { Language } from '../content/schema.js';
import type { AdminMessages } from './admin-messages.js';
import { catalogue } from './catalogue.js';

export function adminCatalogue(lang: Language): AdminMessages {
  return catalogue(lang).admin;
}
