// The incidents drafted from a few paragraphs, and the killed and wounded of each: what most intake
// rule tests assert, read through the real pipeline (sentences, incidents, the gazetteer), no title place.
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

export const drafted = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null });

export const tolls = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  drafted(paragraphs, lang, published).map((x) => ({ killed: x.killed, wounded: x.wounded }));

/** The same with the attackers killed, kept apart from the victims. */
export const tollsWithAttackers = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  drafted(paragraphs, lang, published).map((x) => ({
    killed: x.killed,
    wounded: x.wounded,
    attackersKilled: x.attackersKilled,
  }));

/** Each drafted incident's days, governorate, dead and wounded. */
export const incidents = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  drafted(paragraphs, lang, published).map((x) => ({
    from: x.date.from,
    to: x.date.to,
    governorate: x.place?.governorate?.en ?? null,
    killed: x.killed,
    wounded: x.wounded,
  }));
