import type { Language } from '../../content/schema.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { findActors, type ActorId } from '../actors/actor-table.js';
import { findNumbers } from '../reading/numbers.js';
import type { IntakePhrases } from '../drafts/phrases.js';
import { matchView } from '../reading/view.js';

/**
 * The common counted nouns of security and humanitarian news, in both languages, with the label a
 * figure counting them gets in each: a figure found in an Arabic article is labelled in English
 * from the article's own noun ("40 ألف مقاتل من داعش" → "ISIS fighters"), and the other way round.
 */
interface CountedNoun {
  ar: string[];
  en: string[];
  label: Record<Language, string>;
}

const NOUNS: readonly CountedNoun[] = [
  {
    ar: ['مقاتل', 'مقاتلين', 'مقاتلا', 'مقاتلون', 'مسلح', 'مسلحين', 'مسلحا'],
    en: ['fighters', 'fighter', 'militants', 'gunmen', 'jihadists'],
    label: { ar: 'مقاتلون', en: 'fighters' },
  },
  {
    ar: ['مدني', 'مدنيين', 'مدنيا', 'مدنيون'],
    en: ['civilians'],
    label: { ar: 'مدنيون', en: 'civilians' },
  },
  {
    ar: ['جندي', 'جنديا', 'جنود'],
    en: ['soldiers', 'troops'],
    label: { ar: 'جنود', en: 'soldiers' },
  },
  {
    ar: ['عنصر', 'عنصرا', 'عناصر', 'منتسب', 'منتسبا', 'منتسبين'],
    en: ['members', 'personnel', 'servicemen'],
    label: { ar: 'عناصر', en: 'members' },
  },
  {
    ar: ['شرطي', 'شرطيا', 'شرطيين'],
    en: ['policemen', 'police officers', 'officers'],
    label: { ar: 'عناصر شرطة', en: 'police officers' },
  },
  {
    ar: ['نازح', 'نازحا', 'نازحين', 'نازحون', 'مهجر', 'مهجرين'],
    en: ['displaced people', 'displaced', 'idps', 'internally displaced'],
    label: { ar: 'نازحون', en: 'displaced people' },
  },
  { ar: ['لاجئ', 'لاجئا', 'لاجئين', 'لاجئون'], en: ['refugees'], label: { ar: 'لاجئون', en: 'refugees' } },
  {
    ar: ['عائلة', 'عائلات', 'أسرة', 'اسرة', 'أسر', 'اسر'],
    en: ['families'],
    label: { ar: 'عائلات', en: 'families' },
  },
  { ar: ['قرية', 'قرى'], en: ['villages'], label: { ar: 'قرى', en: 'villages' } },
  {
    ar: ['منزل', 'منزلا', 'منازل', 'بيت', 'بيوت', 'مسكن'],
    en: ['homes', 'houses'],
    label: { ar: 'منازل', en: 'homes' },
  },
  { ar: ['طفل', 'طفلا', 'أطفال', 'اطفال'], en: ['children'], label: { ar: 'أطفال', en: 'children' } },
  { ar: ['امرأة', 'نساء'], en: ['women'], label: { ar: 'نساء', en: 'women' } },
  {
    ar: ['معتقل', 'معتقلا', 'معتقلين', 'سجين', 'سجينا', 'سجناء', 'محتجز', 'محتجزين'],
    en: ['detainees', 'prisoners', 'inmates'],
    label: { ar: 'معتقلون', en: 'detainees' },
  },
  { ar: ['جثة', 'جثث'], en: ['bodies'], label: { ar: 'جثث', en: 'bodies' } },
  {
    ar: ['قتيل', 'قتيلا', 'قتلى'],
    en: ['killed', 'dead', 'fatalities'],
    label: { ar: 'قتلى', en: 'people killed' },
  },
  { ar: ['جريح', 'جريحا', 'جرحى'], en: ['injured', 'wounded'], label: { ar: 'جرحى', en: 'people wounded' } },
  {
    ar: ['حالات تعاف', 'حالة تعاف', 'حالات شفاء', 'حالة شفاء'],
    en: ['recoveries', 'recovered'],
    label: { ar: 'حالات شفاء', en: 'recoveries' },
  },
  { ar: ['ذكور'], en: ['males', 'men'], label: { ar: 'ذكور', en: 'males' } },
  { ar: ['إناث', 'اناث'], en: ['females'], label: { ar: 'إناث', en: 'females' } },
  { ar: ['فرد', 'فردا', 'أفراد', 'افراد'], en: ['individuals'], label: { ar: 'أفراد', en: 'individuals' } },
  { ar: ['قوات', 'قواتها', 'قواته', 'قواتهم'], en: ['forces'], label: { ar: 'قوات', en: 'troops' } },
  {
    ar: ['حالات وفاة', 'حالة وفاة', 'وفاة', 'وفيات'],
    en: ['deaths from the disease'],
    label: { ar: 'وفيات', en: 'deaths' },
  },
  {
    ar: ['إصابة', 'اصابة', 'إصابات', 'حالة', 'حالات'],
    en: ['cases', 'infections'],
    label: { ar: 'حالات', en: 'cases' },
  },
  { ar: ['هجوم', 'هجوما', 'هجمات'], en: ['attacks'], label: { ar: 'هجمات', en: 'attacks' } },
  {
    ar: ['غارة', 'غارات'],
    en: ['strikes', 'air strikes', 'airstrikes'],
    label: { ar: 'غارات', en: 'strikes' },
  },
  {
    ar: ['صاروخ', 'صاروخا', 'صواريخ', 'قذيفة', 'قذائف'],
    en: ['rockets', 'missiles', 'shells'],
    label: { ar: 'صواريخ وقذائف', en: 'rockets and shells' },
  },
  {
    ar: ['عبوة', 'عبوات'],
    en: ['explosive devices', 'ieds', 'bombs'],
    label: { ar: 'عبوات ناسفة', en: 'explosive devices' },
  },
  {
    ar: ['آلية', 'آليات', 'مركبة', 'مركبات', 'سيارة', 'سيارات'],
    en: ['vehicles', 'cars'],
    label: { ar: 'آليات', en: 'vehicles' },
  },
  { ar: ['مدرسة', 'مدارس'], en: ['schools'], label: { ar: 'مدارس', en: 'schools' } },
  { ar: ['خيمة', 'خيم', 'خيام'], en: ['tents'], label: { ar: 'خيام', en: 'tents' } },
  { ar: ['طن', 'أطنان', 'اطنان'], en: ['tonnes', 'tons'], label: { ar: 'أطنان', en: 'tonnes' } },
  { ar: ['دولار', 'دولارا', 'دولارات'], en: ['dollars', 'usd'], label: { ar: 'دولار', en: 'US dollars' } },
  { ar: ['دينار', 'دينارا'], en: ['dinars'], label: { ar: 'دينار', en: 'dinars' } },
  { ar: ['مقعد', 'مقعدا', 'مقاعد'], en: ['seats'], label: { ar: 'مقاعد', en: 'seats' } },
  { ar: ['صوت', 'صوتا', 'أصوات', 'اصوات'], en: ['votes'], label: { ar: 'أصوات', en: 'votes' } },
  { ar: ['ناخب', 'ناخبين', 'ناخبا'], en: ['voters'], label: { ar: 'ناخبون', en: 'voters' } },
  { ar: ['مرشح', 'مرشحا', 'مرشحين'], en: ['candidates'], label: { ar: 'مرشحون', en: 'candidates' } },
  { ar: ['نسمة'], en: ['inhabitants', 'residents', 'population'], label: { ar: 'نسمة', en: 'inhabitants' } },
  {
    ar: ['شخص', 'شخصا', 'أشخاص', 'اشخاص', 'مواطن', 'مواطنا', 'مواطنين'],
    en: ['people', 'persons'],
    label: { ar: 'أشخاص', en: 'people' },
  },
  {
    ar: ['سنة', 'سنوات', 'عام', 'عاما', 'أعوام', 'اعوام'],
    en: ['years'],
    label: { ar: 'سنوات', en: 'years' },
  },
];

/** Words before the counted noun that do not change what is counted: "عدد", "the number of", "more". */
const LEAD_WORDS = new Set(
  ['عدد', 'the', 'number', 'of', 'more', 'other', 'some', 'about', 'من', 'آخرين', 'اخرين'].map((w) =>
    normalizeForMatch(w),
  ),
);

/** Forms by normalised first word, longest forms first. */
const BY_LANGUAGE: Record<Language, { words: string[]; noun: CountedNoun }[]> = { ar: [], en: [] };
for (const noun of NOUNS)
  for (const lang of ['ar', 'en'] as const)
    for (const form of noun[lang])
      BY_LANGUAGE[lang].push({ words: normalizeForMatch(form).split(' '), noun });
for (const lang of ['ar', 'en'] as const) BY_LANGUAGE[lang].sort((a, b) => b.words.length - a.words.length);

/** Arabic clitics a noun may carry: "والمقاتلين", "للنازحين", "قواتها" is not matched. */
function readings(word: string, lang: Language): string[] {
  if (lang === 'en') return [word];
  const out = [word];
  for (const prefix of ['وال', 'بال', 'لل', 'ال', 'و', 'ب', 'ل'])
    if (word.startsWith(prefix) && word.length - prefix.length >= 2) out.push(word.slice(prefix.length));
  return out;
}

/** How many words into a label its counted noun may come: "ISIS fighters", "عدد من المقاتلين". */
const NOUN_REACH = 3;

/** The counted noun of a label (after "عدد", "the number of", a group's name…), if the table knows it, and its words. */
export function findCountedNoun(label: string, lang: Language): { noun: CountedNoun; words: string } | null {
  const words = normalizeForMatch(label)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && LEAD_WORDS.has(words[i]!)) i++;
  for (let at = i; at < Math.min(words.length, i + NOUN_REACH); at++)
    for (const { words: form, noun } of BY_LANGUAGE[lang]) {
      const here = words.slice(at, at + form.length);
      if (here.length === form.length && here.every((w, j) => readings(w, lang).includes(form[j]!)))
        return { noun, words: here.join(' ') };
    }
  return null;
}

export function countedNoun(label: string, lang: Language): CountedNoun | null {
  return findCountedNoun(label, lang)?.noun ?? null;
}

/** "قبل خمس سنوات" ↔ "five years ago": the time a count refers to, in the other language. */
const AGO_UNITS: readonly [RegExp, Record<Language, [string, string]>][] = [
  [/سن|عام|اعوام|year/u, { ar: ['عام', 'أعوام'], en: ['year', 'years'] }],
  [/شهر|اشهر|month/u, { ar: ['شهر', 'أشهر'], en: ['month', 'months'] }],
  [/اسبوع|اسابيع|week/u, { ar: ['أسبوع', 'أسابيع'], en: ['week', 'weeks'] }],
  [/يوم|ايام|day/u, { ar: ['يوم', 'أيام'], en: ['day', 'days'] }],
];

export function agoIn(when: string, lang: Language): string | null {
  const view = matchView(when);
  const n = findNumbers(view)[0]?.value ?? (/(?:^|\s)(?:a|an|one)\s/u.test(` ${view.text}`) ? 1 : null);
  const unit = AGO_UNITS.find(([re]) => re.test(view.text));
  if (n === null || !unit) return null;
  const [one, many] = unit[1][lang];
  if (lang === 'en') return `${n} ${n === 1 ? one : many} ago`;
  return n === 1 ? `قبل ${one}` : `قبل ${n} ${n <= 10 ? many : one}`;
}

/**
 * The label of a figure in the other language, from the article's own label: its counted noun,
 * the armed group it belongs to ("مقاتل من داعش" → "ISIS fighters", "fighters of the PKK") and the
 * time it refers to. null: the table does not know the noun.
 */
export function translateLabel(
  label: string,
  from: Language,
  to: Language,
  phrases: IntakePhrases,
  when: string | null = null,
): string | null {
  const found = findCountedNoun(label, from);
  if (!found) return null;
  const view = matchView(label);
  // "policemen" names the police: the group is the noun itself, not whose they are
  const actors: ActorId[] = findActors(view)
    .filter(
      (a) =>
        !found.words.includes(view.text.slice(a.start, a.end)) &&
        !view.text.slice(a.start, a.end).includes(found.words),
    )
    .map((a) => a.id);
  const head = found.noun.label[to];
  const actor = actors[0];
  let text = head;
  if (actor) {
    const name = phrases.actor[actor];
    text =
      to === 'ar'
        ? `${head} من ${name}`
        : /^[A-Z]{2,}$/.test(name)
          ? `${name} ${head}`
          : `${head} of ${name}`;
  }
  const ago = when ? agoIn(when, to) : null;
  return ago ? `${text} (${ago})` : text;
}

/** Verbs of holding ground: "سيطر 40 ألف مقاتل على مساحة…", "ISIS once held 88,000 km²". */
const HOLDS = new RegExp(
  `(?<![\\p{L}])(?:${['سيطر', 'سيطرت', 'يسيطر', 'تسيطر', 'سيطرة', 'held', 'holds', 'controlled', 'controls', 'seized', 'occupied'].map((w) => normalizeForMatch(w)).join('|')})(?![\\p{L}])`,
  'u',
);

/** An area the sentence says an armed group held, labelled so in both languages; null: it does not say. */
export function areaHeld(
  sentence: string,
  phrases: Readonly<Record<Language, IntakePhrases>>,
): Record<Language, string> | null {
  const view = matchView(sentence);
  if (!HOLDS.test(view.text)) return null;
  const actor = findActors(view)[0]?.id;
  if (!actor) return null;
  return {
    ar: phrases.ar.areaHeldBy(phrases.ar.actor[actor]),
    en: phrases.en.areaHeldBy(phrases.en.actor[actor]),
  };
}
