import { Briefing, type Incident, type LocalizedText, type Language } from '../content/schema.js';
import { resolvePlace as gazetteerResolve } from '../places/resolve.js';
import type { ActorId } from './actors/actor-table.js';
import type { PlaceResolver } from './incidents/clause-facts.js';
import { describeIncident, generatedDescription } from './drafts/describe.js';
import { extractFigures } from './figures/figures.js';
import type { ExtractedIncident } from './incidents/incident-types.js';
import { extractIncidents } from './incidents/incidents.js';
import { withLeadDoer } from './roundups/lead-doer.js';
import { protestersHit } from './events/force-on-protesters.js';
import { matchView } from './reading/view.js';
import { firstDateline, stripDatelines } from './article/dateline.js';
import { officeLine } from './article/office-line.js';
import { isPhotoCaption } from './article/photo-caption.js';
import { headlineCasualties, noteHeadline } from './article/headline.js';
import { headlineFightToll } from './article/headline-fight-toll.js';
import { detectLanguage } from './article/language.js';
import { PHRASES, type IntakePhrases } from './drafts/phrases.js';
import { inferPublished } from './article/published.js';
import { splitRawArticle } from './article/raw-article.js';
import { splitSentences } from './article/sentences.js';
import { briefingId, slugify } from './drafts/slug.js';
import { findSource } from './article/source.js';
import { summarize } from './drafts/summary.js';
import { administeredAsTold } from './places/administered-apart.js';
import { asOfItsYear } from './places/governorate-of-its-year.js';
import { districtsAsTold } from './places/district-governorate-told.js';
import { keepingLoneNamesakes } from './places/lone-namesake.js';
import { localOutletOfTown, namesItsCountry } from './places/filed-from.js';
import { titlePlaceOf } from './places/title-head.js';
import { reportDay } from './dates/title-day.js';
import { markForReview } from './review/mark-for-review.js';
import { ReviewModel } from './review/model.js';
import { REVIEW_WEIGHTS } from './review/review-weights.js';

export interface IngestOptions {
  /** Publication date, YYYY-MM-DD; inferred from the text when absent. */
  published?: string;
  lang?: Language;
}

/** Swappable parts: tests pass a fake gazetteer. */
export interface IngestDependencies {
  resolvePlace: PlaceResolver;
  phrases: Readonly<Record<Language, IntakePhrases>>;
  /** Marks the drafted incidents an editor should check first (review/). */
  review: ReviewModel;
}

export type Draft = Briefing;
export type IngestResult =
  | { ok: true; draft: Draft }
  | { ok: false; reason: 'empty' | 'no-date' | 'bad-date' | 'invalid'; error: string };

const DEFAULTS: IngestDependencies = {
  resolvePlace: gazetteerResolve,
  phrases: PHRASES,
  review: ReviewModel.parse(REVIEW_WEIGHTS),
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return ISO_DATE.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/**
 * Raw article (title line, blank line, body) → a draft briefing (`status: draft`) with summary,
 * key figures and incidents, checked against the schema. Pure: no clock, no files.
 */
export function ingest(raw: string, opts: IngestOptions, deps: IngestDependencies = DEFAULTS): IngestResult {
  const article = splitRawArticle(raw);
  if (!article.title || article.paragraphs.length === 0) {
    return { ok: false, reason: 'empty', error: 'the article needs a title line, a blank line and a body' };
  }
  const lang = opts.lang ?? detectLanguage(raw);
  const published = opts.published ?? inferPublished(article.paragraphs.join('\n'));
  if (!published) {
    return {
      ok: false,
      reason: 'no-date',
      error: 'cannot tell the publication date from the text: give it with --published YYYY-MM-DD',
    };
  }
  if (!isCalendarDate(published)) {
    return { ok: false, reason: 'bad-date', error: `not a date as YYYY-MM-DD: ${published}` };
  }
  const sentences = splitSentences(
    stripDatelines(article.paragraphs).filter((p) => !isPhotoCaption(p)),
    lang,
  );
  // (the governorates as they stood when the article was written: governorate-of-its-year.ts)
  // (a town of the other country, in an article telling nothing else of it, is a namesake: lone-namesake.ts)
  // (Akre or Shekhan, run by Duhok, in an article that speaks of Duhok: administered-apart.ts)
  // (a district the article states in another governorate than the gazetteer's lies there:
  // district-governorate-told.ts)
  const texts = [article.title, ...sentences.map((s) => s.text)];
  const resolvePlace = keepingLoneNamesakes(
    districtsAsTold(administeredAsTold(asOfItsYear(deps.resolvePlace, published), texts), texts, lang),
    texts,
  );
  const dateline = firstDateline(article.paragraphs);
  const office = dateline === null ? officeLine(article.paragraphs) : null;
  // (demonstrators hit: a protest met with force, or a riot, read over its sentences once the doers
  // are known, the lead's included: force-on-protesters.ts)
  const extracted = protestersHit(
    withLeadDoer(
      extractIncidents(sentences, {
        lang,
        // (a round-up titled by its day, published the next morning, tells its items from that day: title-day.ts)
        published: reportDay(article.title, published),
        resolvePlace,
        titlePlace: titlePlaceOf(article.title, lang, resolvePlace(article.title, lang), resolvePlace),
        datelinePlace: dateline ? resolvePlace(dateline, lang) : null,
        datelineWithCountry: dateline !== null && (namesItsCountry(dateline) || localOutletOfTown(dateline)),
        // ("الغد برس / سامراء": office-line.ts)
        officePlace: office ? resolvePlace(office, lang) : null,
      }),
      sentences,
    ),
    sentences.map((s) => matchView(s.text).text),
  );
  const headline = headlineCasualties(article.title, lang);
  // ("27 killed as troops, militants clash": a fight's toll, both sides summed, headline-fight-toll.ts)
  headlineFightToll(extracted, article.title, headline.killed);
  noteHeadline(extracted, headline);
  const figures = extractFigures(sentences, { lang, published, phrases: deps.phrases, incidents: extracted });
  const incidents = markForReview(
    extracted.map((incident, i) => toIncident(incident, i, lang, deps.phrases)),
    { published, language: lang },
    deps.review,
  );
  const generated = extracted.map((x) => generatedDescription(x, lang, deps.phrases[lang]));
  const candidate = {
    id: briefingId(published, article.title),
    status: 'draft' as const,
    language: lang,
    published,
    title: { [lang]: article.title },
    source: findSource(article.paragraphs.join('\n')),
    summary: {
      [lang]: summarize(
        article.title,
        sentences,
        lang,
        generated,
        extracted.map((x) => x.sentences[0] ?? 0),
      ),
    },
    figures,
    incidents,
    tags: tagsOf(extracted),
  };
  const checked = Briefing.safeParse(candidate);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return {
      ok: false,
      reason: 'invalid',
      error: `draft does not pass the schema: ${issue?.path.join('.')}: ${issue?.message}`,
    };
  }
  return { ok: true, draft: checked.data as Draft };
}

function actorText(id: ActorId, phrases: Readonly<Record<Language, IntakePhrases>>): LocalizedText {
  return { ar: phrases.ar.actor[id], en: phrases.en.actor[id] };
}

function suspectedText(id: ActorId, phrases: Readonly<Record<Language, IntakePhrases>>): LocalizedText {
  return { ar: phrases.ar.suspected(phrases.ar.actor[id]), en: phrases.en.suspected(phrases.en.actor[id]) };
}

function toIncident(
  x: ExtractedIncident,
  i: number,
  lang: Language,
  phrases: Readonly<Record<Language, IntakePhrases>>,
): Incident {
  const where = x.place.governorate?.en ?? x.place.country;
  const target = x.targets[0];
  return {
    id: `${i + 1}-${slugify(where)}`,
    date: { from: x.date.from, to: x.date.to, precision: x.date.precision, text: x.date.text },
    place: { ...x.place },
    actors: x.actors.map((a) =>
      x.suspected.includes(a) ? suspectedText(a, phrases) : actorText(a, phrases),
    ),
    event: x.event,
    target: target ? actorText(target, phrases) : null,
    killed: x.killed,
    wounded: x.wounded,
    ...(x.attackersKilled !== null ? { attackersKilled: x.attackersKilled } : {}),
    ...(x.attackersKilled !== null && x.attackersAmong ? { killedIncludesAttackers: true as const } : {}),
    description: describeIncident(x, lang, phrases),
    ...(x.checks.length > 0 ? { checks: x.checks } : {}),
  };
}

const COUNTRY_TAGS: Readonly<Record<string, string>> = { IQ: 'iraq', SY: 'syria' };

function tagsOf(incidents: readonly ExtractedIncident[]): string[] {
  const tags = new Set<string>();
  if (incidents.length === 0) tags.add('no-incident');
  for (const x of incidents) {
    const country = COUNTRY_TAGS[x.place.country];
    if (country) tags.add(country);
    if (x.place.governorate?.en) tags.add(slugify(x.place.governorate.en));
    tags.add(x.event.type.replace(/_/g, '-'));
    for (const a of x.actors) tags.add(a.replace(/_/g, '-'));
  }
  return [...tags];
}
