import { allEntries } from './gazetteer.js';
import { buildPlaceIndex, type NamePattern, type PlaceIndex } from './name-index.js';
import { nonPlaceSpans } from './non-places.js';
import { namesGovernment } from './government-name.js';
import { namesRoadQuarter } from './road-quarter.js';
import { namesSpotAfter } from './spot-named-after.js';
import { namesRoadInCity } from './road-in-city.js';
import { namesProtestCause } from './protest-cause.js';
import { namesOutlet } from './outlet-name.js';
import { namesMediaOffice } from './media-office-name.js';
import { namesSpeechVenue } from './speech-venue.js';
import { namesHometown } from './hometown.js';
import { namesResidence } from './residence.js';
import { namesQuarterOfOtherCountry } from './quarter-of-named-city.js';
import { nounToldBefore } from './noun-told-before.js';
import { witnessedAfter } from './witnessed-place.js';
import { governorateAsFirstName, namedWithAge, speakerNamedAfterSaying } from './person-name.js';
import { namesFather } from './patronymic.js';
import { namesPenalty } from './penalty-word.js';
import { memoByObject, memoByString } from '../text/memo.js';
import { normalizeForMatchMapped } from '../text/normalize.js';
import {
  ARABIC_NAME_CUES,
  ENGLISH_NAME_CUES_AFTER,
  ENGLISH_NAME_CUES_BEFORE,
  PART_ADJECTIVES,
  WHOLE_WORDS_NOT_CLITIC,
} from './place-words.js';
import {
  arabicReadings,
  isCapitalised,
  isIn,
  isLatinArticle,
  isLatinArticleWord,
  tokenize,
  type Token,
} from './tokens.js';
import type { PlaceMention } from './types.js';

/** A name matched over tokens [first, last] of the sentence, before cue checks and overlaps. */
interface Candidate {
  pattern: NamePattern;
  first: number;
  last: number;
  start: number;
  end: number;
  /** Arabic proclitics glued to the name ("و", "ب"…). */
  clitic: string;
}

const COORDINATORS = new Set(['and', 'or']);

const KIND_RANK = { governorate: 0, district: 1, town: 2, region: 3, country: 4 } as const;

function matchArabic(index: PlaceIndex, tokens: readonly Token[], i: number): Candidate[] {
  const token = tokens[i];
  if (token === undefined) return [];
  const found: Candidate[] = [];
  for (const reading of arabicReadings(token.norm, true)) {
    if (reading.clitic !== '' && WHOLE_WORDS_NOT_CLITIC.has(token.norm)) continue;
    for (const pattern of index.byFirstWord.get(reading.core) ?? []) {
      if (!pattern.arabic || pattern.words[0]?.article !== reading.article) continue;
      const last = i + pattern.words.length - 1;
      const rest = pattern.words.slice(1).every((word, j) => {
        const next = tokens[i + 1 + j];
        return (
          next !== undefined &&
          arabicReadings(next.norm, false).some((r) => r.core === word.core && r.article === word.article)
        );
      });
      const lastToken = tokens[last];
      if (!rest || lastToken === undefined) continue;
      found.push({
        pattern,
        first: i,
        last,
        start: token.unitStarts[reading.cliticLength] ?? token.start,
        end: lastToken.end,
        clitic: reading.clitic,
      });
    }
  }
  return found;
}

function matchLatin(index: PlaceIndex, tokens: readonly Token[], i: number, sentence: string): Candidate[] {
  const token = tokens[i];
  if (token === undefined) return [];
  const starts: { core: string; at: number; article: boolean }[] = [
    { core: token.norm, at: i, article: false },
  ];
  const afterArticle = tokens[i + 1];
  if (afterArticle !== undefined && isLatinArticle(tokens, i, sentence))
    starts.push({ core: afterArticle.norm, at: i + 1, article: true });
  if (/^(al|el)[a-z]{3,}$/.test(token.norm)) starts.push({ core: token.norm.slice(2), at: i, article: true });

  const found: Candidate[] = [];
  for (const { core, at, article } of starts) {
    const coreToken = tokens[at];
    if (coreToken === undefined || !isCapitalised(sentence, coreToken)) continue;
    for (const pattern of index.byFirstWord.get(core) ?? []) {
      if (pattern.arabic || (pattern.needsArticle && !article)) continue;
      let position = at;
      const rest = pattern.words.slice(1).every((word) => {
        position += 1;
        // Inside a name any spelling of the article may come before the next word, in any case and
        // without a hyphen ("Dayr az Zawr"): the word after it must still be the name's.
        const here = tokens[position];
        if (here !== undefined && isLatinArticleWord(here.norm) && here.norm !== word.core) position += 1;
        return tokens[position]?.norm === word.core;
      });
      const lastToken = tokens[position];
      if (!rest || lastToken === undefined) continue;
      found.push({ pattern, first: i, last: position, start: token.start, end: lastToken.end, clitic: '' });
    }
  }
  return found;
}

/** Ambiguous Arabic names ending in ة must keep it: "حديثه" (his talk) is not Haditha. */
function keepsTaMarbuta(candidate: Candidate, sentence: string): boolean {
  if (!candidate.pattern.arabic || !candidate.pattern.name.endsWith('ة')) return true;
  const written = sentence.slice(candidate.start, candidate.end).replace(/[\p{M}\u0640]/gu, '');
  return written.endsWith('ة');
}

/**
 * "الشرطي علي جاسم": the given name Ali, which folds to the same form as "على" (on); only the
 * preposition as written, with its ى, cues a place.
 */
function givenNameAli(token: Token | undefined, sentence: string): boolean {
  return token?.norm === 'علي' && !sentence.slice(token.start, token.end).includes('ى');
}

function hasCue(candidate: Candidate, tokens: readonly Token[], sentence: string): boolean {
  const before = tokens[candidate.first - 1];
  if (candidate.pattern.arabic)
    return (
      /[بل]/.test(candidate.clitic) ||
      (isIn(ARABIC_NAME_CUES, before) && !givenNameAli(before, sentence)) ||
      // ("وكانت العمارة قد شهدت…": witnessed-place.ts)
      witnessedAfter(tokens, candidate.last)
    );
  return isIn(ENGLISH_NAME_CUES_BEFORE, before) || isIn(ENGLISH_NAME_CUES_AFTER, tokens[candidate.last + 1]);
}

/** "القائم وراوة", "Hit and Haditha": an ambiguous name joined to a place just named. */
function isCoordinated(candidate: Candidate, tokens: readonly Token[], accepted: Candidate[]): boolean {
  if (candidate.pattern.arabic) {
    return candidate.clitic.startsWith('و') && accepted.some((a) => a.last === candidate.first - 1);
  }
  const before = tokens[candidate.first - 1];
  return (
    before !== undefined &&
    COORDINATORS.has(before.norm) &&
    accepted.some((a) => a.last === candidate.first - 2)
  );
}

/** "انفجرت العبوة عند الباب الرئيسي للمبنى": an ambiguous name qualified as a part of a building is the ordinary word. */
function qualifiedAsPart(candidate: Candidate, tokens: readonly Token[]): boolean {
  return candidate.pattern.arabic && isIn(PART_ADJECTIVES, tokens[candidate.last + 1]);
}

/** "…فتح باب الغرفة … مربوطة بالباب": an ambiguous one-word name that is the noun the sentence told bare before. */
function pointsBackAtNoun(candidate: Candidate, tokens: readonly Token[]): boolean {
  const [word, ...rest] = candidate.pattern.words;
  return (
    candidate.pattern.arabic &&
    rest.length === 0 &&
    !!word?.article &&
    nounToldBefore(tokens, candidate.first, word.core)
  );
}

function acceptAmbiguous(candidates: Candidate[], tokens: readonly Token[], sentence: string): Candidate[] {
  const plausible = candidates.filter(
    (c) =>
      !c.pattern.needsCue ||
      (keepsTaMarbuta(c, sentence) && !qualifiedAsPart(c, tokens) && !pointsBackAtNoun(c, tokens)),
  );
  const accepted = plausible.filter((c) => !c.pattern.needsCue || hasCue(c, tokens, sentence));
  const pending = plausible.filter((c) => !accepted.includes(c)).sort((a, b) => a.first - b.first);
  for (const candidate of pending) if (isCoordinated(candidate, tokens, accepted)) accepted.push(candidate);
  return accepted;
}

/** Longest first, then leftmost; on the same span the broader kind, then gazetteer order. */
function selectNonOverlapping(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      KIND_RANK[a.pattern.entry.kind] - KIND_RANK[b.pattern.entry.kind] ||
      a.pattern.order - b.pattern.order,
  );
  const chosen: Candidate[] = [];
  for (const candidate of ranked) {
    if (chosen.every((c) => candidate.end <= c.start || candidate.start >= c.end)) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** A sentence's place names, in order, and its tokens. */
export interface PlaceScan {
  readonly mentions: readonly PlaceMention[];
  readonly tokens: readonly Token[];
}

// a sentence is scanned by several readers (its place, the namesakes it places, its governorates):
// once per index and text (bounded memo, memo.ts; an index is built once)
const scansOf = memoByObject((index: PlaceIndex) =>
  memoByString((text: string) => scanOnce(index, text), 5_000),
);

/** Place names in one sentence (Arabic or English), in order, and the sentence's tokens. */
export function scanPlaces(index: PlaceIndex, sentence: string): PlaceScan {
  return scansOf(index)(sentence);
}

function scanOnce(index: PlaceIndex, sentence: string): PlaceScan {
  const mapped = normalizeForMatchMapped(sentence);
  const tokens = tokenize(sentence, mapped);
  const candidates: Candidate[] = [];
  tokens.forEach((token, i) => {
    candidates.push(
      ...(token.arabic ? matchArabic(index, tokens, i) : matchLatin(index, tokens, i, sentence)),
    );
  });
  const blocked = nonPlaceSpans(mapped, sentence.length, index.nonPlaces);
  const outsideBlocked = (c: Candidate): boolean =>
    blocked.every(([start, end]) => c.end <= start || c.start >= end) &&
    !namesGovernment(sentence, c.start, c.end) &&
    !namesRoadQuarter(sentence, c.start) &&
    !namesRoadInCity(sentence, c.start, c.end) &&
    !(c.pattern.entry.kind === 'governorate' && namesSpotAfter(sentence, c.start, c.end)) &&
    !namesProtestCause(sentence, c.start) &&
    !namesOutlet(sentence, c.start, c.end, c.clitic) &&
    !namesMediaOffice(sentence, c.end) &&
    !namesSpeechVenue(sentence, c.start, c.clitic) &&
    !namesHometown(
      sentence,
      c.start,
      candidates.some((o) => o.end <= c.start),
    ) &&
    !namesResidence(sentence, c.start) &&
    !namesQuarterOfOtherCountry(
      sentence,
      { start: c.start, end: c.end, clitic: c.clitic, entry: c.pattern.entry },
      candidates.map((o) => ({ start: o.start, clitic: o.clitic, entry: o.pattern.entry })),
    ) &&
    !namedWithAge(sentence, c.end) &&
    !speakerNamedAfterSaying(sentence, c.start, c.clitic) &&
    !namesFather(sentence, c.start) &&
    // ("بعقوبة الإعدام": the penalty, not Baqubah: penalty-word.ts)
    !namesPenalty(sentence, c.start, c.end) &&
    !(!c.pattern.arabic && governorateAsFirstName(sentence, c.pattern.entry, c.start, c.end));
  const mentions = selectNonOverlapping(
    acceptAmbiguous(candidates, tokens, sentence).filter(outsideBlocked),
  ).map((c) => ({
    entry: c.pattern.entry,
    start: c.start,
    end: c.end,
    text: sentence.slice(c.start, c.end),
  }));
  return { mentions, tokens };
}

/** Place names in one sentence (Arabic or English), in order, with offsets into the sentence. */
export function findPlacesWith(index: PlaceIndex, sentence: string): readonly PlaceMention[] {
  return scanPlaces(index, sentence).mentions;
}

let defaultIndex: PlaceIndex | undefined;

/** The index over the built-in gazetteer, built on first use (pure data, no I/O). */
export function placeIndex(): PlaceIndex {
  defaultIndex ??= buildPlaceIndex(allEntries());
  return defaultIndex;
}

/** Place names in one sentence, against the built-in gazetteer of Iraq and Syria. */
export function findPlaces(sentence: string): readonly PlaceMention[] {
  return findPlacesWith(placeIndex(), sentence);
}
