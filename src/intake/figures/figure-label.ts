// One figure from its number: its unit and its label in both languages, from the noun the article
// counts, a share of the figure before, or the figure before when it has no noun of its own.
import type { Figure, LocalizedText, Language } from '../../content/schema.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { checksOf } from './figure-checks.js';
import type { FigureContext } from './figure-context.js';
import { counted, nounAfter, rangeNoun } from './figure-noun-after.js';
import { nounBefore, unitLabel } from './figure-noun-before.js';
import { areaHeld, countedNoun, translateLabel } from './figure-nouns.js';
import { numberOf } from './figure-number-of.js';
import { share, shareOf } from './figure-share.js';
import { AREA, NOUN_CAPTIONS, PERCENT } from './figure-units.js';
import { ownerBefore, PARTITIVE_PRONOUN, resolvePronoun } from './label-owner.js';
import type { NumberMention } from '../reading/types.js';
import type { MatchView } from '../reading/view.js';

const f = normalizeForMatch;
const FRAGMENT = new RegExp(`^(?:${['more', 'other', 'others', 'آخرين', 'آخرون'].map(f).join('|')})$`, 'u');

const DOLLARS = countedNoun('dollars', 'en')?.label ?? null;

export function figureOf(
  n: NumberMention,
  view: MatchView,
  ctx: FigureContext,
  when: string | null,
  before: Figure | undefined,
  told: Figure | undefined,
): Figure {
  const after = view.text.slice(n.end);
  const unit = PERCENT.test(after) ? '%' : AREA.test(after) ? 'km²' : null;
  const caption =
    unit === '%' ? 'percent' : unit ? 'area' : NOUN_CAPTIONS.find(([re]) => re.test(after))?.[1];
  const written = unit
    ? unitLabel(view, n.start, ctx.phrases[ctx.lang].unit[unit])
    : numberOf(view, n.start) ||
      counted(view, n.end, when) ||
      rangeNoun(view, n.end, when) ||
      nounBefore(view, n.start);
  // "أكثر من 5 ملايين منهم": a share of what the sentence counted just before, with what the
  // article says of the share ("إيزيدي (منهم مجهولا)")
  if (PARTITIVE_PRONOUN.test(f(written)))
    return {
      value: n.value,
      approximate: n.approximate,
      unit,
      label: before ? shareOf(before.label, ctx.lang, share(view, n.end)) : { [ctx.lang]: n.text },
      ...checksOf(view, n),
    };
  // "25 million voters, about 21 million were eligible", "More than 4.8 million have since
  // returned": no noun of its own, it counts what was counted just before
  if (
    !written &&
    !unit &&
    !caption &&
    told &&
    // "الـ93", "the 93rd": a rank, not a count of the thing before
    !/(?:ال|the)\s*$/u.test(view.text.slice(Math.max(0, n.start - 5), n.start)) &&
    // a label that is only a number says nothing to borrow
    /\p{L}/u.test(told.label[ctx.lang] ?? '') &&
    !/[$]\s*$/u.test(view.text.slice(Math.max(0, n.start - 2), n.start))
  )
    return {
      value: n.value,
      approximate: n.approximate,
      unit,
      label: { ...told.label },
      ...checksOf(view, n),
    };
  // "عدد قواتها": whose forces, as the sentence names them
  const wordAt = written ? view.text.lastIndexOf(f(written.split(/\s+/u)[0]!), n.start) : -1;
  const pronoun = resolvePronoun(
    written,
    ctx.lang,
    ownerBefore(view, wordAt >= 0 ? wordAt : n.start, ctx.phrases),
  );
  const own = pronoun.label;
  const other: Language = ctx.lang === 'ar' ? 'en' : 'ar';
  // "11 more were wounded": "more" says nothing of what is counted; the noun after it does
  const fragmentNoun = FRAGMENT.test(f(own)) ? nounAfter(after, ctx.lang) : null;
  // with no noun of its own: what the unit says ("per cent"), or that it is money ("$347 million")
  const money = /[$]\s*$/u.test(view.text.slice(Math.max(0, n.start - 2), n.start)) ? DOLLARS : null;
  const fallback = caption ? ctx.phrases[ctx.lang].figure[caption] : n.text;
  const held = unit === 'km²' ? areaHeld(view.text, ctx.phrases) : null;
  // An area the sentence says a group held is labelled so in both languages: "مساحة (كم²)" alone
  // would not say what the area is; otherwise the article's own words stay.
  const label: LocalizedText = {
    [ctx.lang]: held
      ? held[ctx.lang]
      : fragmentNoun
        ? fragmentNoun.label[ctx.lang]
        : (money?.[ctx.lang] ?? (own || fallback)),
  };
  const translated = held
    ? held[other]
    : money
      ? money[other]
      : fragmentNoun
        ? fragmentNoun.label[other]
        : own &&
          translateLabel(
            own,
            ctx.lang,
            other,
            ctx.phrases[other],
            when && own.endsWith(`(${when})`) ? when : null,
          );
  const owner = pronoun.owner && !pronoun.owner.actor ? pronoun.owner.name[other] : null;
  if (translated && owner && !translated.includes(owner))
    label[other] = other === 'en' ? `${owner} ${translated}` : `${translated} ${owner}`;
  else if (translated) label[other] = translated;
  else if (caption) label[other] = ctx.phrases[other].figure[caption];
  return {
    value: n.value,
    approximate: n.approximate,
    unit,
    label,
    ...checksOf(view, n),
  };
}
