import type { Language, LocalizedText } from '../../content/schema.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { findActors } from '../actors/actor-table.js';
import { findCountedNoun } from './figure-nouns.js';
import type { IntakePhrases } from '../drafts/phrases.js';
import type { MatchView } from '../reading/view.js';

/**
 * Whose a figure's noun is, where the article says it with a pronoun: "عدد قواتها" (its forces),
 * "15 من عناصرها" (of its members), "3,000 of its troops". The pronoun stands for the state or armed
 * group the sentence names before the number; a label never keeps a pronoun with no referent.
 */
const f = normalizeForMatch;

/** States a sentence may name as the owner of forces, with how each language writes them in a label. */
const STATES: readonly { forms: readonly string[]; name: LocalizedText & Record<Language, string> }[] = [
  {
    forms: ['الولايات المتحدة', 'واشنطن', 'أمريكا', 'أميركا', 'united states', 'washington', 'america'],
    name: { ar: 'الولايات المتحدة', en: 'US' },
  },
  {
    forms: ['بريطانيا', 'لندن', 'britain', 'united kingdom', 'uk', 'london'],
    name: { ar: 'بريطانيا', en: 'British' },
  },
  { forms: ['فرنسا', 'باريس', 'france', 'paris'], name: { ar: 'فرنسا', en: 'French' } },
  { forms: ['إيران', 'طهران', 'iran', 'tehran'], name: { ar: 'إيران', en: 'Iranian' } },
  { forms: ['العراق', 'بغداد', 'iraq', 'baghdad'], name: { ar: 'العراق', en: 'Iraqi' } },
];
const STATE_PATTERNS = STATES.map((s) => ({
  name: s.name,
  pattern: new RegExp(`(?<![\\p{L}])(?:${s.forms.map(f).join('|')})(?![\\p{L}])`, 'gu'),
}));

export interface Owner {
  /** How the label names it in each language: "الولايات المتحدة" / "US", or the armed group's name. */
  name: Record<Language, string>;
  /** An armed group the phrase tables name (its name in a label is found again when translating). */
  actor: boolean;
}

/**
 * The first state or armed group the sentence names before `at`: the sentence's subject, whose
 * the pronoun's noun is ("قررت الولايات المتحدة … تقليص عدد قواتها في العراق", "نفت قسد ما تداولته
 * وسائل إعلام تركية عن مقتل 15 من عناصرها").
 */
export function ownerBefore(
  view: MatchView,
  at: number,
  phrases: Readonly<Record<Language, IntakePhrases>>,
): Owner | null {
  const head = view.text.slice(0, at);
  let best: { start: number; owner: Owner } | null = null;
  for (const a of findActors(view))
    if (a.end <= at && (!best || a.start < best.start))
      best = {
        start: a.start,
        owner: { name: { ar: phrases.ar.actor[a.id], en: phrases.en.actor[a.id] }, actor: true },
      };
  for (const s of STATE_PATTERNS)
    for (const m of head.matchAll(s.pattern))
      if (!best || m.index < best.start) best = { start: m.index, owner: { name: s.name, actor: false } };
  return best?.owner ?? null;
}

const AR_SUFFIXES = ['هما', 'هم', 'ها', 'ه'].map(f);
const EN_POSSESSIVES = /(?<![\p{L}])(?:its|their|his|her)\s+/giu;
const HAS_EN_POSSESSIVE = /(?<![\p{L}])(?:its|their|his|her)\s+/iu;

/**
 * "قواتها" → "قوات" where what stays is a noun the table counts; null: no pronoun on a counted noun.
 * `raw` is the word as written: a final ة ("نازحة") is no pronoun, though it matches as ه.
 */
function arabicStem(raw: string): string | null {
  const word = f(raw);
  for (const suffix of AR_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    if (suffix === f('ه') && raw.endsWith('ة')) continue;
    const stem = word.slice(0, -suffix.length);
    if (findCountedNoun(stem, 'ar')) return stem;
  }
  return null;
}

/**
 * A label with its pronoun replaced by whose the noun is ("عدد قواتها" → "عدد قوات الولايات
 * المتحدة", "of its troops" → "of troops" with the owner), or dropped where the sentence names
 * nobody. `owner` is who was put in, for the label in the other language.
 */
export function resolvePronoun(
  label: string,
  lang: Language,
  owner: Owner | null,
): { label: string; owner: Owner | null; changed: boolean } {
  if (lang === 'en') {
    if (!HAS_EN_POSSESSIVE.test(label)) return { label, owner: null, changed: false };
    const bare = label
      .replace(EN_POSSESSIVES, '')
      .replace(/^(?:the\s+)?number\s+of\s+/iu, '')
      .trim();
    return { label: owner ? `${owner.name.en} ${bare}` : bare, owner, changed: true };
  }
  const words = label.split(/\s+/u);
  const at = words.findIndex((w) => arabicStem(w) !== null);
  if (at < 0) return { label, owner: null, changed: false };
  const w = words[at]!;
  // the article's own letters up to the suffix
  const own = w.slice(0, w.length - (f(w).length - arabicStem(w)!.length));
  // with nobody to name, the phrase ends at its noun: "عدد قواتها المنتشرة" → "عدد قوات"
  const out = owner
    ? [...words.slice(0, at), `${own} ${owner.name.ar}`, ...words.slice(at + 1)]
    : [...words.slice(0, at), own];
  return { label: out.join(' '), owner, changed: true };
}

/** "منهم", "منها", "of them": a share of what was counted before in the sentence. */
export const PARTITIVE_PRONOUN = new RegExp(
  `^(?:${['منهم', 'منها', 'منهن'].map(f).join('|')}|of them)(?![\\p{L}])`,
  'u',
);
