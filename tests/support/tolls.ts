// The incidents drafted from a few paragraphs, and the killed and wounded of each: what most intake
// rule tests assert, read through the real pipeline (sentences, incidents, the gazetteer), no title place.
import { ingest } from '../../src/intake/ingest.js';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

export const extracted = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null });

export const tolls = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extracted(paragraphs, lang, published).map((x) => ({ killed: x.killed, wounded: x.wounded }));

/** The same with the attackers killed, kept apart from the victims. */
export const tollsWithAttackers = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extracted(paragraphs, lang, published).map((x) => ({
    killed: x.killed,
    wounded: x.wounded,
    attackersKilled: x.attackersKilled,
  }));

/** An incident's days, governorate, dead and wounded: the row most rule tests compare. */
const rowOf = <C>(x: {
  date: { from: string; to: string };
  place?: { governorate?: { en?: string } | null } | null;
  killed: C;
  wounded: C;
}) => ({
  from: x.date.from,
  to: x.date.to,
  governorate: x.place?.governorate?.en ?? null,
  killed: x.killed,
  wounded: x.wounded,
});

/** Each drafted incident's days, governorate, dead and wounded. */
export const incidents = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extracted(paragraphs, lang, published).map((x) => rowOf(x));

/** The incidents the whole pipeline (`ingest`) drafts of an article's raw text; a refused article fails the test. */
export const draftedIncidents = (raw: string, published: string, lang?: 'ar' | 'en') => {
  const result = ingest(raw, { published, ...(lang ? { lang } : {}) });
  if (!result.ok) throw new Error(result.error);
  return result.draft.incidents;
};

/** Each incident the whole pipeline drafts of an article's raw text (Arabic unless told): its days, governorate, dead and wounded. */
export const draftedRows = (raw: string, published: string, lang: 'ar' | 'en' = 'ar') =>
  draftedIncidents(raw, published, lang).map((x) => rowOf(x));

/** Each incident the whole pipeline drafts of an untitled article: its dead, wounded and attackers killed. */
export const draftedTolls = (paragraphs: string[], published: string, lang?: 'ar' | 'en') =>
  draftedIncidents(paragraphs.join('\n\n'), published, lang).map((x) => [
    x.killed,
    x.wounded,
    x.attackersKilled ?? null,
  ]);

/**
 * Each incident the whole pipeline drafts of a titled article, whose title may place them: its
 * days, governorate, dead and wounded.
 */
export const ingested = (title: string, paragraphs: string[], published: string, lang?: 'ar' | 'en') =>
  draftedIncidents([title, ...paragraphs].join('\n\n'), published, lang).map((x) => ({
    from: x.date.from,
    to: x.date.to,
    governorate: x.place.governorate?.en ?? null,
    killed: x.killed,
    wounded: x.wounded,
  }));

/** The same, the first paragraph standing as the title. */
export const ingestedParagraphs = (paragraphs: string[], published: string) =>
  ingested(paragraphs[0]!, paragraphs.slice(1), published);
