// Dead told in set phrases the casualty grammar does not read: a toll risen to a new figure,
// "أودى بحياة ثلاثة", "claimed the lives of four".
import { normalizeForMatch } from '../text/normalize.js';
import type { Casualties } from './casualties.js';
import type { NumberMention } from './types.js';

const f = (xs: readonly string[]): string => xs.map(normalizeForMatch).join('|');

/**
 * "ارتفعت حصيلة ضحايا انفجار … في قرية … إلى أربعة قتلى", "the death toll from Saturday's blast has
 * risen to 11": however far the verb stands from the figure, up to where the sentence turns.
 */
const RISEN_TO = new RegExp(
  `(?<![\\p{L}])[ول]?(?:${f(['ارتفعت حصيلة', 'ارتفع عدد القتلى', 'ارتفع عدد ضحايا', 'ارتفعت الحصيلة', 'وصلت حصيلة', 'ارتفاع حصيلة', 'ارتفاع عدد القتلى', 'ارتفاع عدد ضحايا', 'ترتفع حصيلة', 'ترتفع الحصيلة', 'يرتفع عدد القتلى'])})[^،,.؛]{0,160}?\\s(?:${f(['إلى'])})\\s|(?<![\\p{L}])(?:death )?toll\\s[^,.;]{0,80}?(?:rose|has risen|had risen|climbed|has climbed|increased)\\sto\\s|(?<![\\p{L}])(?:raising|bringing|pushing|taking)\\sthe\\s(?:death\\s)?toll\\s(?:[^,.;]{0,40}?\\s)?to\\s`,
  'gu',
);
/** Words without which none of the patterns here can match. */
const MAY_TELL_TOLL = /حصيل|عدد|toll|ود[يت]|ضحيت|lives/u;

/** The dead counted by the noun after the figure ("أربعة قتلى"); English tolls count the dead. */
const DEAD_AFTER = new RegExp(
  `^\\s*(?:${f(['قتلى', 'قتيلا', 'قتيل', 'قتيلين', 'قتيلان'])}|people|dead)?(?![\\p{L}])`,
  'u',
);

/**
 * "أودى في كانون الثاني الماضي بحياة ثلاثة جنود", "راح ضحيته خمسة", "claimed the lives of four people":
 * the lives taken, the date or the place possibly between the verb and its count.
 */
const LIVES_OF = new RegExp(
  `(?<![\\p{L}])و?(?:${f(['أودى', 'أودت', 'اودى', 'اودت'])})(?:\\s+[^\\s،,.؛]+){0,5}?\\s+(?:${f(['بحياة'])})\\s|(?<![\\p{L}])(?:${f(['راح ضحيته', 'راح ضحيتها', 'ذهب ضحيته', 'ذهب ضحيتها'])})\\s|(?<![\\p{L}])claim(?:ed|ing) the lives of\\s`,
  'gu',
);

/** The clause (in matching form) tells a toll risen to a new figure: the figure replaces the one told before. */
export function tellsRisenToll(matchText: string): boolean {
  if (!MAY_TELL_TOLL.test(matchText)) return false;
  // search, not test: a global pattern's test would leave a lastIndex that matchAll then starts from
  return matchText.search(RISEN_TO) >= 0;
}

/** The casualties, with the dead a risen toll gives in place of the earlier figure of the clause. */
export function withRisenToll(
  matchText: string,
  numbers: readonly NumberMention[],
  casualties: Casualties,
): Casualties {
  // most clauses name no toll at all: spare them the long patterns below
  if (!MAY_TELL_TOLL.test(matchText)) return casualties;
  for (const m of matchText.matchAll(RISEN_TO)) {
    const at = m.index + m[0].length;
    const n = numbers.find((x) => x.start === at);
    if (n && DEAD_AFTER.test(matchText.slice(n.end))) return { ...casualties, killed: n.value };
  }
  if (casualties.killed !== null) return casualties;
  for (const m of matchText.matchAll(LIVES_OF)) {
    const n = numbers.find((x) => x.start === m.index + m[0].length);
    if (n) return { ...casualties, killed: n.value };
  }
  return casualties;
}

/**
 * "One of the wounded died later in hospital", "وتوفي أحد الجرحى لاحقا متأثرا بجراحه", "two of the
 * injured succumbed": that many more dead of the event just told (its wounded as first counted stay).
 */
const DIED_OF_WOUNDS = new RegExp(
  `(?<![\\p{L}])(?<n>one|two|three|four|five|\\d+) of the (?:wounded|injured)\\s(?:[\\p{L}]+\\s){0,2}?(?:died|succumbed)(?![\\p{L}])|(?<![\\p{L}])و?(?:${f(['توفي', 'توفيت', 'فارق', 'فارقا', 'فارقوا'])})\\s+(?:[^\\s،,.]+\\s+){0,3}?(?<ar>${f(['أحد', 'اثنان', 'اثنين', 'ثلاثة'])})\\s+(?:${f(['من'])}\\s+)?(?:${f(['الجرحى', 'المصابين', 'المصابون'])})(?![\\p{L}])|(?<![\\p{L}])(?<ar2>${f(['أحد', 'اثنان', 'اثنين', 'ثلاثة'])})\\s+(?:${f(['من'])}\\s+)?(?:${f(['الجرحى', 'المصابين'])})\\s+(?:[^\\s،,.]+\\s+){0,2}?(?:${f(['توفي', 'فارق', 'فارقا', 'فارقوا', 'توفيا', 'توفوا'])})(?![\\p{L}])`,
  'u',
);
const SMALL: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  [normalizeForMatch('أحد')]: 1,
  [normalizeForMatch('اثنان')]: 2,
  [normalizeForMatch('اثنين')]: 2,
  [normalizeForMatch('ثلاثة')]: 3,
};

/** How many of the wounded the clause (in matching form) tells as dead since, if it does. */
export function diedOfWounds(matchText: string): number | null {
  if (!/wounded|injured|جرحي|مصاب/u.test(matchText)) return null;
  const g = DIED_OF_WOUNDS.exec(matchText)?.groups;
  if (!g) return null;
  const word = g.n ?? g.ar ?? g.ar2 ?? '';
  return SMALL[word] ?? (/^\d+$/.test(word) ? Number(word) : null);
}

/**
 * "مستشفى الطارمية تسلم جثث خمسة جنود", "the morgue received the bodies of five soldiers": a
 * hospital's or a morgue's count, another source's toll of the event just told, where the
 * hospital lies being no place of the event.
 */
const BODIES_RECEIVED = new RegExp(
  `(?<![\\p{L}])(?:${f(['تسلم', 'تسلمت', 'استلم', 'استلمت', 'استقبل', 'استقبلت'])})\\s+(?:[^\\s،,.]+\\s+){0,3}?(?:${f(['جثث', 'جثامين', 'جثتي', 'جثة'])})(?![\\p{L}])|(?<![\\p{L}])received\\s+(?:the\\s+)?(?:[\\p{L}\\d]+\\s+){0,2}?bod(?:y|ies)(?![\\p{L}])`,
  'u',
);

export function receivedBodies(matchText: string): boolean {
  if (!/جث|bod/u.test(matchText)) return false;
  return BODIES_RECEIVED.test(matchText);
}
