// The other side of a toll told as risen, its verb left out: "ارتفع عدد القتلى إلى عشرة والجرحى إلى
// 17", "the number of dead rose to ten and of the wounded to 17".
import type { Casualties } from '../casualties/casualties.js';
import { findNumbers } from '../reading/numbers.js';
import { matchView } from '../reading/view.js';
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * "…إلى عشرة والجرحى إلى 17", "…إلى عشرة وعدد المصابين إلى 17", "…إلى 12 قتيلاً، والجرحى إلى 30":
 * the rise's own verb serves a second toll, joined by "و" and its own "إلى"; so in English, "rose to
 * ten and (that of) the wounded to 17". The figure right after that "to" is the other side's as it
 * stands now, replacing a first count of it as the risen dead replace theirs.
 */
const WOUNDED_TOO = new RegExp(
  `^[^.؛;]{0,40}?(?:[،,]\\s*)?(?:(?<!${L})و(?:${f(['عدد', 'حصيلة'])}\\s+)?(?:${f(['الجرحى', 'المصابين', 'المصابون', 'الإصابات'])})|(?<!${L})and\\s+(?:that\\s+of\\s+|the\\s+number\\s+of\\s+)?(?:the\\s+)?(?:wounded|injured))\\s+(?:${f(['إلى'])}|to)\\s`,
  'u',
);
const KILLED_TOO = new RegExp(
  `^[^.؛;]{0,40}?(?:[،,]\\s*)?(?:(?<!${L})و(?:${f(['عدد', 'حصيلة'])}\\s+)?(?:${f(['القتلى', 'الضحايا', 'الشهداء'])})|(?<!${L})and\\s+(?:that\\s+of\\s+|the\\s+number\\s+of\\s+)?(?:the\\s+)?(?:dead|killed|deaths))\\s+(?:${f(['إلى'])}|to)\\s`,
  'u',
);

/**
 * The casualties a rise reads (`toll`, one side only), with the other side its elided second rise
 * gives in `rest` (the clause in matching form from right after the rise's "to"); `toll` as it is
 * where none is told so.
 */
export function withElidedRise(toll: Casualties, rest: string): Casualties {
  const side =
    toll.wounded === null && toll.killed !== null ? WOUNDED_TOO : toll.killed === null ? KILLED_TOO : null;
  if (!side) return toll;
  const m = side.exec(rest);
  if (!m) return toll;
  const figure = findNumbers(matchView(rest.slice(m[0].length)))[0];
  if (!figure || figure.start > 1) return toll;
  return side === WOUNDED_TOO ? { ...toll, wounded: figure.value } : { ...toll, killed: figure.value };
}
