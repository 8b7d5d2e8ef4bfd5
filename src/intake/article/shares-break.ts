// "14 civilians were killed in Douma, nine in Kafr Batna, six in Harasta and nine in Arbin": a toll told
// town by town under one verb. Each share (a count and the town it fell in) is a clause of its own, so
// that list-shares.ts reads its count for its town and no town is lost in the clause of the first.
import { EN_SMALL, EN_TENS } from '../reading/number-words.js';

/** A count in figures (no year, no thousands) or in words: "nine", "12", "twenty-one". */
const COUNT_EN = `(?:\\d{1,3}(?![\\d,.])|(?:${Object.keys(EN_TENS).join('|')})(?:-(?:${Object.keys(EN_SMALL).join('|')}))?|${Object.keys(EN_SMALL).join('|')})`;

/** The town a share fell in, named (capitalised) or by its kind: "in Arbin", "in the town of Saqba". */
const IN_TOWN_EN = `(?:in|at)\\s+(?:the\\s+(?:town|village|city|district|neighbou?rhood|camp)\\s+of\\s+)?[A-Z]`;

/** A share: its count, maybe "more" or "others", and its town. */
const SHARE_EN = `${COUNT_EN}\\s+(?:(?:more|others)\\s+)?${IN_TOWN_EN}`;

/**
 * The sentence told a toll before the share ("killed", "wounded", "lives"): "two sites in Syria and one
 * in Iraq" shares out no dead.
 */
const TOLD_TOLL_BEFORE = `(?<=(?<![\\w-])(?:killed|killing|dead|died|wounded|wounding|injured|injuring|lives|deaths)(?![\\w-])[^.;]*)`;

/**
 * Where a share opens, as lookaheads for the English clause breaks of sentences.ts: after a comma
 * (", nine in Kafr Batna", ", and nine in Arbin"), or after "and" straight after the town of the share
 * before ("… six in Harasta and nine in Arbin"; not "between 10 and 12 in X", a range of one count).
 * The share after ", including" is left to `includedSharesAt`.
 */
export const SHARE_AFTER_COMMA_EN = `${TOLD_TOLL_BEFORE}(?:and\\s+)?${SHARE_EN}`;
export const SHARE_AFTER_AND_EN = `${TOLD_TOLL_BEFORE}(?<=\\s(?:in|at)\\s+(?:the\\s+[a-z]+\\s+of\\s+)?[A-Z][\\w'’-]*(?:\\s+(?:al-|el-)?[A-Z][\\w'’-]*){0,2})\\s+(?=and\\s+${SHARE_EN})`;

const NUMBER_WORDS: Readonly<Record<string, number>> = { ...EN_SMALL, ...EN_TENS };

/** The value of a count COUNT_EN matched: "nine", "12", "twenty-one". */
function valueOf(count: string): number {
  if (/^\d+$/.test(count)) return Number(count);
  return count.split('-').reduce((sum, w) => sum + (NUMBER_WORDS[w] ?? 0), 0);
}

const LAST_COUNT_BEFORE = new RegExp(
  `(?<![\\w-])(${COUNT_EN})(?![\\w-])(?![^,;]*(?<![\\w-])${COUNT_EN}(?![\\w-]))[^,;]*$`,
);
const INCLUDING = new RegExp(`,\\s+(?=including\\s+${SHARE_EN})`, 'g');
const SHARE_AT = new RegExp(
  `^\\s*(?:,\\s+)?(?:and\\s+|including\\s+)?(${COUNT_EN})\\s+(?:(?:more|others)\\s+)?${IN_TOWN_EN}[^,;.]*?(?=\\s+and\\s+${COUNT_EN}\\s|[,;.]|$)`,
);

/**
 * "Air strikes killed 23 civilians on Wednesday, including nine in Douma, eight in Arbin and six in
 * Hamouria": the shares after ", including" add up to the count told just before it, so the count is
 * their total, told town by town. The offset of "including" (where the first share's clause opens),
 * or null where there are fewer than two shares or they add up to less (some of the dead only: "killed
 * 23, including nine in Douma" keeps its 23 whole).
 */
export function includedSharesAt(sentence: string): number | null {
  for (const m of sentence.matchAll(INCLUDING)) {
    const before = LAST_COUNT_BEFORE.exec(sentence.slice(0, m.index));
    if (!before) continue;
    const shares: number[] = [];
    let rest = sentence.slice(m.index);
    for (let share = SHARE_AT.exec(rest); share; share = SHARE_AT.exec(rest)) {
      shares.push(valueOf(share[1]!));
      rest = rest.slice(share[0].length);
    }
    const sum = shares.reduce((a, b) => a + b, 0);
    if (shares.length >= 2 && sum === valueOf(before[1]!)) return m.index + m[0].length;
  }
  return null;
}
