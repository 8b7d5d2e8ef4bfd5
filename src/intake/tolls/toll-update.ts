// Dead told in set phrases the casualty grammar does not read: a toll risen to a new figure,
// "أودى بحياة ثلاثة", "claimed the lives of four".
import type { Language } from '../../content/schema.js';
import { blankAsides } from '../article/aside.js';
import { findCasualties, type Casualties } from '../casualties/casualties.js';
import { arabicNounCount } from '../casualties/casualty-phrase.js';
import { AR_QUALIFIERS } from '../casualties/casualty-words.js';
import { CUES } from '../events/event-cues.js';
import { findNumbers } from '../reading/numbers.js';
import { normalizeForMatch } from '../../text/normalize.js';
import type { NumberMention } from '../reading/types.js';
import { matchView, type MatchView } from '../reading/view.js';
import { withElidedRise } from './elided-rise.js';
import { bareDeadBeforeWounded } from './bare-dead-before-wounded.js';
import { withoutFightGoingOnSince } from './fight-going-on-since.js';
import { CLAUSE_HEAD, L, anyOf as f } from '../reading/word-pattern.js';

/** "و", "ف", "ل" glued before the verb ("لترتفع", "وارتفعت"), and "ب" before its noun ("أفاد مصدر بارتفاع حصيلة…"). */
const CONJ = `(?<!${L})[وفلب]{0,2}`;
const TOLL_AR = `(?:${f(['حصيلة', 'الحصيلة', 'عدد', 'تعداد'])})(?!${L})`;
const TO_AR = `\\s(?:${f(['إلى'])})\\s`;

/**
 * "ورفع المرصد في وقت لاحق حصيلة القتلى إلى 12": a source raised the toll (its own verb), or set it anew
 * either way ("وخفضت مديرية الصحة الحصيلة إلى تسعة", "عدّل المرصد الحصيلة إلى ستة").
 */
const AR_RAISED = `${CONJ}(?:${f(['رفع', 'رفعت', 'يرفع', 'ترفع', 'خفض', 'خفضت', 'عدل', 'عدلت'])})(?!${L})[^،,.؛]{0,80}?\\s${TOLL_AR}[^،,.؛]{0,100}?${TO_AR}`;
/**
 * "ارتفعت حصيلة ضحايا انفجار … في قرية … إلى أربعة قتلى", "لترتفع حصيلة الهجوم إلى قتيلين": the verb
 * first; the day may stand between commas on the way ("…في منطقة الحسينية، مساء أمس، إلى 11 قتيلاً"),
 * and so may what the event hit, told at length after it, up to "، إلى" ("…استهدفت، أمس الأحد، قافلة
 * سيارات مدنية تقل صحفيين … بريف الحسكة الشمالي الغربي، إلى 14 قتيلاً"), with or without the comma
 * before "إلى" ("…طائرة مسيّرة، ظهر اليوم، على سيارة في قضاء سنجار إلى قتيلين").
 */
const AR_ROSE = `${CONJ}(?:${f(['ارتفعت', 'ارتفع', 'ترتفع', 'يرتفع', 'ارتفاع', 'وصلت', 'وصل'])})\\s+${TOLL_AR}(?:[^،,.؛]|[،,](?=[^،,.؛]{1,40}[،,]|[^،,.؛]{1,120}[،,]?${TO_AR}|${TO_AR}))*?${TO_AR}`;
/**
 * "بأن حصيلة القصف ارتفعت إلى ستة", "أن عدد الجرحى الذين نقلوا إلى المستشفى ارتفع إلى ثمانية": the toll
 * first, and whose toll it is may be told at length before the verb ("أن عدد قتلى التفجير بسيارة مفخخة
 * على حاجز للجيش في شرق المدينة مساء الخميس ارتفع إلى سبعة"), as far as the English form allows.
 */
const AR_TOLL_ROSE = `${CONJ}${TOLL_AR}[^،,.؛]{0,120}?\\s(?:${f(['ارتفعت', 'ارتفع', 'وصلت', 'وصل'])})\\s+(?:[^\\s،,.؛]+\\s+){0,2}?(?:${f(['إلى'])})\\s`;
/**
 * "أن عدد القتلى بلغ تسعة بعد العثور على جثتين أخريين": the number of the dead named first, then
 * "reached" with its figure straight after (no "إلى") and what raised it ("after", "بعد"): the figure
 * the toll stands at now, told after the event. (Not the verb first, "وبلغ عدد القتلى خمسة", the
 * plain way an event's own toll is first told; nor a second source's count with no cause of a rise,
 * "فيما قال مصدر طبي إن عدد القتلى بلغ سبعة"; nor a "حصيلة أولية بلغت 11", the first count.)
 */
const AR_TOLL_REACHED = `${CONJ}${f(['عدد'])}\\s(?:${f(['القتلى', 'الضحايا', 'الشهداء'])})\\s(?:${f(['بلغ'])})\\s(?=[^،,.؛]{1,30}?\\s(?:${f(['بعد', 'إثر', 'عقب'])})\\s)`;
/**
 * "the death toll from Saturday's blast has risen to 11", "the number of wounded climbed to 30"; the
 * full stop of an abbreviation on the way ("a checkpoint run by U.S.-backed fighters") ends nothing,
 * nor does where the event was, set off by commas ("the toll from the attack on a post near Tarmiyah,
 * north of Baghdad, has risen to five"), as in Arabic.
 */
const EN_TOLL_ROSE = `(?<!${L})(?:(?:death\\s)?toll|number of (?:the )?(?:dead|deaths|people killed|victims|casualties|wounded|injured))\\s(?:[^,.;]|(?<=(?<!${L})\\p{L})\\.|,[^,.;]{1,60},){0,160}?(?:rose|risen|climbed|increased|jumped)\\sto\\s`;
/**
 * "bringing the toll to 14", "the Observatory later raised the death toll to 12", or the teller's own
 * toll ("had raised its toll to 16", "revised their death toll to 20"); a toll set anew either way is
 * the figure the event stands at too ("revised the toll down to nine", "lowered the death toll to six").
 */
const EN_RAISED = `(?<!${L})(?:rais(?:ing|ed)|bringing|brought|push(?:ing|ed)|taking|took|lift(?:ing|ed)|revis(?:ing|ed)|lower(?:ing|ed)|updat(?:ing|ed)|adjust(?:ing|ed)|correct(?:ing|ed))\\s(?:the|its|their|his|her)\\s(?:death\\s)?toll\\s(?:[^,.;]{0,40}?\\s)?to\\s`;

/**
 * "A hospital source later put the death toll at 13", "officials subsequently put the toll at nine":
 * a toll "put at" a figure is a source's count, told beside another's ("SOHR put the toll at 11");
 * told "later", it is the later word on the event, the figure the event stands at now.
 */
const EN_LATER_PUT = `(?<!${L})(?:later|subsequently)\\s(?:put|puts|putting|set|placed)\\s(?:the|its|their)\\s(?:death\\s)?toll\\s(?:[^,.;]{0,40}?\\s)?at\\s`;
/**
 * "قبل أن يفارق اثنان من الجرحى الحياة، لتستقر الحصيلة على خمسة قتلى وسبعة جرحى": the toll "settled
 * at" a figure after a first count changed, the figure the event stands at now.
 */
const AR_SETTLED = `${CONJ}(?:${f(['استقرت', 'استقر', 'تستقر', 'يستقر'])})\\s+${TOLL_AR}[^،,.؛]{0,60}?\\s(?:${f(['على'])})\\s`;

/**
 * The time of a rise told bare between the verb and "إلى" ("قبل أن ترتفع مساءً إلى 14 قتيلاً", "قبل
 * أن يرتفع العدد لاحقاً إلى خمسة"): no figure of its own, the rise reads on past it.
 */
const RISE_TIME = `(?:\\s+(?:${f(['مساء', 'ليلا', 'لاحقا', 'صباحا', 'ظهرا', 'فجرا', 'اليوم', 'أمس'])}))?`;

/**
 * "إن الحصيلة الأولية بلغت أربعة قتلى، قبل أن ترتفع صباح اليوم، الثلاثاء، إلى ستة قتلى": the toll the
 * clause told before is the verb's subject, left unsaid; the day of the rise may stand between.
 */
const AR_IT_ROSE = `(?<=${TOLL_AR}[^.؛]{1,80}?[،,]\\s*(?:${f(['قبل أن', 'ثم'])})\\s+)(?:${f(['ترتفع', 'ارتفعت'])})(?:\\s+[^\\s،,.؛]+(?:\\s+[^\\s،,.؛]+)?[،,]){0,2}${RISE_TIME}${TO_AR}`;

/**
 * "إن الحصيلة الأولية بلغت ثلاثة قتلى، قبل أن يعود ليؤكد ارتفاعها إلى خمسة": the teller's later word
 * on the same toll, told as its rise (the verbal noun, the toll its pronoun) after a verb or two of
 * saying; or after a verb of saying and a later teller named at length, with no comma ("قبل أن يعلن
 * مصدر في دائرة صحة المحافظة ارتفاعها إلى خمسة"): the toll replaced, not another event's.
 */
const AR_ITS_RISE = `(?<=${TOLL_AR}[^.؛]{1,80}?[،,]\\s*(?:${f(['قبل أن', 'ثم'])})\\s+(?:[^\\s،,.؛]+\\s+){1,8})(?:${f(['ارتفاعها'])})${TO_AR}`;

/**
 * "قبل أن يرتفع العدد إلى أربعة": "the number" alone, of the casualties the clause told before it; so
 * with the verbal noun a source's later word is told in ("قبل أن يعود ويؤكد ارتفاع العدد إلى سبعة"),
 * and with the time of the rise between ("قبل أن يرتفع العدد مساءً إلى خمسة").
 */
const AR_NUMBER_ROSE = `${CONJ}(?:${f(['ارتفع', 'يرتفع', 'ارتفاع'])})\\s+${f(['العدد'])}${RISE_TIME}${TO_AR}`;
const THE_NUMBER = new RegExp(AR_NUMBER_ROSE, 'u');

/**
 * A toll told as risen to a new figure, in any of the forms above: however far the verb
 * stands from the figure, up to where the sentence turns. A match ends right before the figure.
 */
const RISEN_TO = new RegExp(
  [
    AR_RAISED,
    AR_ROSE,
    AR_TOLL_ROSE,
    AR_TOLL_REACHED,
    AR_SETTLED,
    EN_TOLL_ROSE,
    EN_RAISED,
    EN_LATER_PUT,
    AR_NUMBER_ROSE,
    AR_IT_ROSE,
    AR_ITS_RISE,
  ].join('|'),
  'gu',
);
/**
 * "ارتفع إلى 11 عدد الأشخاص الذين قتلوا جراء…", "ارتفعت إلى ستة حصيلة القتلى": the figure told
 * before the toll it is the figure of (an Arabic order; English puts the toll first).
 */
const RISEN_FIRST = new RegExp(
  `${CONJ}(?:${f(['ارتفعت', 'ارتفع', 'ترتفع', 'يرتفع', 'وصلت', 'وصل'])})\\s+(?:${f(['إلى'])})\\s+([^،,.؛]{1,20}?)\\s+(${TOLL_AR}[^،,.؛]{0,60})`,
  'u',
);
/**
 * The dead named by a verb in the toll's words: "عدد الأشخاص الذين قتلوا", "الذين لقوا حتفهم",
 * "الذين فارقوا الحياة".
 */
const DEAD_VERB = new RegExp(
  `(?<!${L})(?:${f(['قتلوا', 'قضوا', 'لقوا', 'استشهدوا', 'توفوا', 'فارقوا'])})(?!${L})`,
  'u',
);
/** A toll summed over a span, not an event's. */
const SPAN_TOLL = new RegExp(
  `(?<!${L})(?:${f(['منذ', 'خلال'])}|since|during|so far|this year|this month)(?!${L})`,
  'u',
);
/** Words without which none of the patterns here can match. */
const MAY_TELL_TOLL = /حصيل|عدد|تعداد|toll|number|ود[يت]|ضحيت|lives/u;

/**
 * A toll of the dead ("حصيلة", "the toll" alone count the dead), also in a construct naming whose
 * dead ("عدد قتلى البيشمركة", the number of the Peshmerga's dead)…
 */
const DEAD_TOLL = new RegExp(
  `(?<!${L})(?:death|deaths|dead|killed|toll|victims|${f(['القتلى', 'قتلى', 'الضحايا', 'ضحايا', 'حصيلة', 'الحصيلة', 'الشهداء', 'شهداء'])})(?!${L})`,
  'u',
);
/** …unless it names the wounded and not the dead ("ارتفع عدد الجرحى إلى", "the number of wounded rose to"). */
const WOUNDED_ONLY = new RegExp(
  `(?<!${L})(?:wounded|injured|${f(['الجرحى', 'جرحى', 'المصابين', 'مصابي', 'الاصابات'])})(?!${L})`,
  'u',
);
const DEAD_NAMED = new RegExp(
  `(?<!${L})(?:death|deaths|dead|killed|${f(['القتلى', 'قتلى', 'الضحايا', 'ضحايا', 'الشهداء', 'شهداء'])})(?!${L})`,
  'u',
);
/**
 * "rose to 12 and that 31 were wounded", "ارتفعت إلى سبعة فيما أصيب 20", "raised the toll to 14 and
 * said 31 were wounded", "رفع الحصيلة إلى 14 وقال إن 31 أصيبوا": a second thing said, whose count is
 * not the toll's but may be the event's other figure; so is one the toll is told "in addition to"
 * ("لترتفع الحصيلة إلى ثلاثة قتلى، إضافة إلى أربعة جرحى", "rose to three, in addition to four
 * wounded", "فضلاً عن 11 جريحاً"): the wounded as they stand with the risen dead.
 */
export const SECOND_SAID = new RegExp(
  `(?<!${L})(?:${f(['وأن', 'وإن', 'فيما', 'بينما', 'وقال', 'وأضاف', 'مضيفا', 'مضيفاً', 'إضافة إلى', 'بالإضافة إلى', 'فضلا عن', 'علاوة على'])}|and that|and said|and added|adding|while|whereas|in addition to)(?!${L})`,
  'u',
);
/** Where the figure's words end: a comma, what the rise came after ("بعد وفاة اثنين من الجرحى"), or a second thing said. */
const FIGURE_END = new RegExp(
  `[،,.;؛]|(?<!${L})(?:${f(['بعد', 'إثر', 'اثر', 'عقب'])}|after|following|when|as)(?!${L})|${SECOND_SAID.source}`,
  'u',
);

/**
 * "أودى في كانون الثاني الماضي بحياة ثلاثة جنود", "راح ضحيته خمسة" (joined to its clause too, "والذي
 * تبناه التنظيم وراح ضحيته 28 عسكرياً"), "claimed the lives of four people":
 * the lives taken, the date or the place possibly between the verb and its count, set off by commas
 * or not ("أودت، مطلع الشهر، بحياة ثلاثة"); the count may carry a hedge ("أودت بحياة أكثر من 70
 * شخصاً", "claimed the lives of more than 70 people"), read as "قتل أكثر من 70" is.
 */
const LIVES_HEDGE = `(?:(?:${AR_QUALIFIERS.map((words) => words.join('\\s+')).join('|')}|at least|more than|nearly|about|around|some|over)\\s+)?`;
const LIVES_OF = new RegExp(
  `(?<!${L})و?(?:${f(['أودى', 'أودت', 'اودى', 'اودت'])})(?:[،,]?\\s+[^\\s،,.؛]+){0,5}?[،,]?\\s+(?:${f(['بحياة'])})\\s${LIVES_HEDGE}|(?<!${L})و?(?:${f(['راح ضحيته', 'راح ضحيتها', 'ذهب ضحيته', 'ذهب ضحيتها'])})\\s${LIVES_HEDGE}|(?<!${L})claim(?:ed|ing) the lives of\\s${LIVES_HEDGE}`,
  'gu',
);

/** The clause (in matching form) tells a toll risen to a new figure. */
export function tellsRisenToll(matchText: string): boolean {
  if (!MAY_TELL_TOLL.test(matchText)) return false;
  return risesIn(matchText).length > 0 || risenFigureFirst(matchText);
}

/**
 * "ارتفع إلى 9 عدد الذين قضوا جراء انفجار…": the figure before the toll, as risenToll reads it (not a
 * count over a span: "منذ مطلع العام"), so a rise told so holds the dead of wounds told with it.
 */
function risenFigureFirst(matchText: string): boolean {
  const first = figureBeforeToll(matchText);
  return !!first && !SPAN_TOLL.test(first[2]!);
}

/**
 * The figure told before its toll (RISEN_FIRST), where what stands between "إلى" and the toll is the
 * figure alone: in "أن عدد الشهداء ارتفع إلى 19 بعد وفاة عدد من المصابين" the words after "بعد" say
 * why the toll rose (the wounded who died), and "عدد من المصابين" is no toll the 19 counts.
 */
function figureBeforeToll(matchText: string): RegExpExecArray | null {
  const first = RISEN_FIRST.exec(matchText);
  return first && !FIGURE_END.test(first[1]!) ? first : null;
}

/** "وبذلك", "thus", "bringing": what the words before told, summed. */
const SUMMING = new RegExp(`${CLAUSE_HEAD}(?:${f(['وبذلك', 'بذلك', 'وبهذا'])}|thus|bringing)(?!${L})`, 'u');

/**
 * "وبذلك ترتفع حصيلة قتلى الاحتجاجات منذ الأربعاء الماضي إلى ستة", "…، حيث ارتفع إلى 13 عدد المدنيين
 * الذين قتلوا منذ صباح أمس، وهم:": a toll risen whose words hold a span (risenToll reads no figure of
 * it), told as the sum of what the article told before ("وبذلك") or as the heading of the list after
 * it (its sentence ends in a colon), is the running total of those events: an aggregate. Not where
 * the clause gives another figure ("…، كما قتل 6 مقاتلين…، ليرتفع إلى 33 عدد من قتلوا خلال…" tells
 * its own six first: every figure of the clause is one the toll rose to). `sentence`: the clause's
 * sentence, as written.
 */
export function runningTotalOfTold(clause: MatchView, sentence: string): boolean {
  if (!MAY_TELL_TOLL.test(clause.text) || !SPAN_TOLL.test(clause.text)) return false;
  if (!SUMMING.test(clause.text) && !/[:：]\s*$/u.test(sentence)) return false;
  const first = RISEN_FIRST.exec(clause.text);
  const rise = first ? null : risesIn(clause.text).find((m) => SPAN_TOLL.test(m[0]));
  // (where the figures the toll rose to begin: "…إلى 41 قتيلاً و230 جريحاً" gives both the total's)
  const figuresFrom =
    first && SPAN_TOLL.test(first[2]!) ? first.index : rise ? rise.index + rise[0].length : null;
  if (figuresFrom === null) return false;
  const numbers = findNumbers(clause);
  return numbers.length > 0 && numbers.every((n) => n.start >= figuresFrom);
}

/**
 * The rises the clause (in matching form) tells, "the number" alone only after a count of casualties
 * it is the number of.
 */
function risesIn(matchText: string): RegExpExecArray[] {
  return [...matchText.matchAll(RISEN_TO)].filter(
    (m) => !THE_NUMBER.test(m[0]) || numberToldBefore(matchText.slice(0, m.index)) !== null,
  );
}

/**
 * The figures a toll told as risen stands at, read from the words after "to"/"إلى" (which replace
 * the earlier figures of the event they update), or null when the clause tells no such rise.
 */
export function risenToll(view: MatchView, lang: Language): Casualties | null {
  // most clauses name no toll at all: spare them the long patterns below
  if (!MAY_TELL_TOLL.test(view.text)) return null;
  const first = figureBeforeToll(view.text);
  if (first && !SPAN_TOLL.test(first[2]!)) {
    const figure = findNumbers(matchView(first[1]!))[0];
    const toll = first[2]!.slice(0, Math.max(0, first[2]!.search(FIGURE_END)) || first[2]!.length);
    if (figure) {
      if (WOUNDED_ONLY.test(toll) && !DEAD_NAMED.test(toll) && !DEAD_VERB.test(toll))
        return { killed: null, wounded: figure.value, attackersKilled: null };
      if (DEAD_TOLL.test(toll) || DEAD_VERB.test(toll))
        return { killed: figure.value, wounded: null, attackersKilled: null };
    }
  }
  for (const m of risesIn(view.text)) {
    // "حصيلة المواجهات منذ بدايتها وصلت إلى 17", "the toll since January rose to": a span's total
    // (not the fight "الدائرة منذ مساء الاثنين", still going on since a day: one event, fight-going-on-since.ts)
    if (SPAN_TOLL.test(withoutFightGoingOnSince(m[0]))) continue;
    // "…على جموع الزائرين المتوجهين إلى مرقد الإمام …، إلى تسعة عشر شهيداً": a "to" inside what the
    // event hit is no figure's; the rise reads on to a later one of its sentence (laterTo)
    for (const at of [m.index + m[0].length, ...laterTo(view.text, m.index + m[0].length)]) {
      const toll = tollFrom(view, m, at, lang);
      if (toll) return toll;
    }
  }
  return null;
}

/** The figures a rise `m` tells, read from `at` (right after its "to"), or null where none stands there. */
function tollFrom(view: MatchView, m: RegExpExecArray, at: number, lang: Language): Casualties | null {
  const rest = view.text.slice(at);
  // "إلى ثلاثة قتلى، بينهم امرأة، وأحد عشر جريحاً": the figure reads on past an aside (aside.ts)
  const end = blankAsides(rest).search(FIGURE_END);
  // (and who the aside counts is not of the figure: "ستة قتلى، بينهم شرطي، و15 جريحاً")
  const after = matchView(
    blankAsides(matchView(view.sourceSpan(at, end < 0 ? view.text.length : at + end).text).text),
  );
  const risen = THE_NUMBER.test(m[0]) ? numberToldBefore(view.text.slice(0, m.index)) : m[0];
  const read = risen === null ? null : tollAt(after, risen, lang);
  if (!read) return null;
  // "…إلى عشرة والجرحى إلى 17": the other side risen too, its verb left out (elided-rise.ts)
  const toll = withElidedRise(read, rest);
  // "… had risen to 12 and that 31 people were wounded": the other figure, said second, though
  // an aside on the toll stand between ("had risen to 13, among them four children, and that 40…")
  const second = end < 0 ? -1 : rest.search(SECOND_SAID);
  if (second < 0) return toll;
  const also = findCasualties(matchView(view.sourceSpan(at + second, view.text.length).text), lang);
  return { ...toll, killed: toll.killed ?? also.killed, wounded: toll.wounded ?? also.wounded };
}

const LATER_TO = new RegExp(TO_AR, 'gu');
/** Where each Arabic "إلى" after `from` ends, up to the end of the sentence's stretch ("." or "؛"). */
function laterTo(matchText: string, from: number): number[] {
  const stretch = matchText.slice(from).split(/[.؛]/u)[0]!;
  return [...stretch.matchAll(LATER_TO)].map((t) => from + t.index + t[0].length);
}

/**
 * "قالت المديرية إن ثلاثة أشخاص قتلوا، قبل أن يرتفع العدد إلى أربعة": "the number" risen is that of
 * the dead the words before it told (of the wounded, where they told only those); null where they
 * told neither, and the number is of something else.
 */
function numberToldBefore(before: string): string | null {
  if (before.search(CUES.killed) >= 0) return normalizeForMatch('القتلى');
  return before.search(CUES.wounded) >= 0 ? normalizeForMatch('الجرحى') : null;
}

/** The toll told in the words after "to"/"إلى" of `risen`, the words of the rise. */
function tollAt(after: MatchView, risen: string, lang: Language): Casualties | null {
  const found = findCasualties(after, lang);
  // ("…إلى 11 مدنياً، بينهم أربعة أطفال، و23 جريحاً": the bare figure the dead, bare-dead-before-wounded.ts)
  const split = bareDeadBeforeWounded(
    after,
    found,
    DEAD_TOLL.test(risen) && !(WOUNDED_ONLY.test(risen) && !DEAD_NAMED.test(risen)),
    lang,
  );
  if (split !== null) return split;
  if (found.killed !== null || found.wounded !== null) return found;
  // "bringing the death toll to 11", "ارتفاع حصيلة القتلى إلى خمسة": a bare number counts what the toll
  // counts; so does a dual person noun ("لترتفع حصيلة الانفجار إلى جنديين": two soldiers, the dual its count)
  const first = findNumbers(after)[0];
  const value = first ? (first.start > 1 ? null : first.value) : lang === 'ar' ? dualAt(after.text) : null;
  if (value === null) return null;
  if (WOUNDED_ONLY.test(risen) && !DEAD_NAMED.test(risen))
    return { killed: null, wounded: value, attackersKilled: null };
  if (DEAD_TOLL.test(risen)) return { killed: value, wounded: null, attackersKilled: null };
  return null;
}

/** Two, where the words open with a dual person noun ("جنديين", "مدنيين" is a plural, not read), else null. */
function dualAt(text: string): number | null {
  const noun = /^\s*([\p{L}]+)/u.exec(text)?.[1];
  return noun && arabicNounCount(noun) === 2 ? 2 : null;
}

/** The casualties, with the lives a set phrase says were taken when the clause counted no dead. */
export function withLivesTaken(
  matchText: string,
  numbers: readonly NumberMention[],
  casualties: Casualties,
): Casualties {
  if (casualties.killed !== null || !MAY_TELL_TOLL.test(matchText)) return casualties;
  for (const m of matchText.matchAll(LIVES_OF)) {
    const n = numbers.find((x) => x.start === m.index + m[0].length);
    if (n) return { ...casualties, killed: n.value };
    // "أودت بحياة مقاتل", "بحياة طفلين": a person noun counts the lives on its own
    const noun = /^[\p{L}]+/u.exec(matchText.slice(m.index + m[0].length))?.[0];
    const count = noun ? arabicNounCount(noun) : null;
    if (count !== null) return { ...casualties, killed: count };
  }
  return casualties;
}

/**
 * "مستشفى الطارمية تسلم جثث خمسة جنود", "the morgue received the bodies of five soldiers", told
 * passive too ("said 13 bodies had been received", "تم استلام جثث ستة"), or as bodies that came in
 * ("nine bodies had been brought in from the market", "وصلت جثث سبعة إلى المشفى"): a hospital's or a morgue's
 * count, another source's toll of the event just told, where the hospital lies being no place of
 * the event.
 */
const BODIES_RECEIVED = new RegExp(
  `(?<![\\p{L}])(?:${f(['تسلم', 'تسلمت', 'استلم', 'استلمت', 'استقبل', 'استقبلت'])})\\s+(?:[^\\s،,.]+\\s+){0,3}?(?:${f(['جثث', 'جثامين', 'جثتي', 'جثة'])})(?![\\p{L}])|(?<![\\p{L}])(?:${f(['تم', 'جرى'])})\\s+(?:${f(['استلام', 'تسلم', 'استقبال'])})\\s+(?:${f(['جثث', 'جثامين', 'جثتي', 'جثة'])})(?![\\p{L}])|(?<![\\p{L}])bod(?:y|ies)\\s+(?:had\\s+|have\\s+)?(?:been|were|was)\\s+(?:received|brought\\s+in|brought\\s+to|taken\\s+to)(?![\\p{L}])|(?<![\\p{L}])(?:${f(['وصلت', 'وصول', 'ووصلت'])})\\s+(?:${f(['جثث', 'جثامين', 'جثتي', 'جثة'])})(?![\\p{L}])|(?<![\\p{L}])received\\s+(?:the\\s+)?(?:[\\p{L}\\d]+\\s+){0,2}?bod(?:y|ies)(?![\\p{L}])`,
  'u',
);

export function receivedBodies(matchText: string): boolean {
  if (!/جث|bod/u.test(matchText)) return false;
  return BODIES_RECEIVED.test(matchText);
}

/**
 * "وقال المصدر في تصريح لاحق إن…", "قبل أن تعلن في بيان الحصيلة النهائية، وهي…", "In an updated
 * statement, the ministry said…", and the label a flash's update opens with ("محدث/", "تحديث:"): the
 * teller's later word on the event, whose count stands for the event now, as a risen toll's does.
 */
const TOLD_ANEW = new RegExp(
  `(?<!${L})(?:${f(['تصريح لاحق', 'بيان لاحق', 'بيان محدث', 'الحصيلة النهائية', 'حصيلة نهائية', 'الحصيلة المحدثة', 'حصيلة محدثة'])}|(?:an?|the|its|their)\\s+(?:updated|later|revised|final)\\s+(?:statement|toll|tally|count|figures?))(?!${L})|^[^\\p{L}\\p{N}]*(?:${f(['محدث', 'تحديث'])})\\s*[/:]`,
  'u',
);

/**
 * The clause tells its count as the later word on the event: the sentence turned to it before the
 * clause (`before`, the sentence's words before it, as written), or the clause names it before its
 * first figure (the earlier figures of "a first toll of three, before the final one…" are not).
 */
export function toldAnew(view: MatchView, before: string): boolean {
  if (before && TOLD_ANEW.test(matchView(before).text)) return true;
  const named = TOLD_ANEW.exec(view.text);
  if (!named) return false;
  const first = findNumbers(view)[0];
  return !first || named.index < first.start;
}

/** Where each toll told as risen reaches its figure ("rose to |11 on Tuesday"), in the clause in matching form. */
export function risenToAt(matchText: string): number[] {
  if (!MAY_TELL_TOLL.test(matchText)) return [];
  return risesIn(matchText).map((m) => m.index + m[0].length);
}
