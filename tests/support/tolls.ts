// The killed and wounded of each incident drafted from a few paragraphs: what most intake rule tests
// assert, read through the real pipeline (sentences, incidents, the gazetteer), no title place.
import { extractIncidents } from '../../src/intake/incidents.js';
import { splitSentences } from '../../src/intake/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

export const tolls = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null }).map(
    (x) => ({ killed: x.killed, wounded: x.wounded }),
  );
