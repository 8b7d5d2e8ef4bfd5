import { normalizeForMatch } from '../../text/normalize.js';
import { vowelled } from '../reading/word-pattern.js';
import { joinedKin } from '../casualties/casualties-ar.js';
import { narrowsBefore } from './narrowing.js';
import { goesOnPastAside } from './aside.js';
import { mergeAfterTitles } from './title-abbreviations.js';
import { mergeAfterTimeAbbreviations } from './time-abbreviations.js';
import { joinsOtherSide } from './both-sides.js';
import { continuesSideCount } from './side-count-after-comma.js';
import { continuesSideDeath } from './side-death-after-comma.js';
import { SAID_OTHER_BLOW_EN, SECOND_SAYING_AR, SECOND_SAYING_EN } from './second-saying.js';
import { RUNNING_TOTAL_AR, RUNNING_TOTAL_EN } from './running-total.js';
import { AND_IN_MONTH_EN } from './and-in-month.js';
import { SHARE_AFTER_AND_EN, SHARE_AFTER_COMMA_EN, includedSharesAt } from './shares-break.js';
import type { Sentence, Span } from '../reading/types.js';
import type { Language } from '../../content/schema.js';
import { opensRelative } from './relative-joined.js';
import { goesOnWithResult } from './result-goes-on.js';
import { goesOnWithUncountedBlow } from '../events/force-uncounted-blow.js';
import { tellsSeat } from './seat-aside.js';
import { opensWithOwnPeople } from '../victims/own-people-after.js';
import { mergeAfterElisions } from './elision.js';
import { BLOW_AFTER_WHILE_AR } from './while-blow.js';

/** Characters that end a sentence in Arabic or English text, besides what Intl.Segmenter knows. */
const EXTRA_BREAK = /[؛;]\s+/g;

/**
 * Sentences of the body, paragraph by paragraph: Intl.Segmenter for the language, then the Arabic
 * semicolon (؛) which the segmenter does not treat as a break. Closing quotes stay with their sentence.
 */
export function splitSentences(paragraphs: readonly string[], lang: Language): Sentence[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const out: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    for (const seg of segmenter.segment(paragraph)) {
      for (const part of breakAt(seg.segment, seg.index, EXTRA_BREAK)) {
        const trimmed = trimSpan(part.text, part.start);
        if (trimmed && /[\p{L}\p{N}]/u.test(trimmed.text)) {
          out.push({ ...trimmed, paragraph: p, index: out.length });
        }
      }
    }
  });
  return mergeDanglingQuotes(
    mergeAfterTimeAbbreviations(
      mergeAfterTitles(mergeAfterInitials(mergeAfterElisions(mergeOpenParentheses(out)))),
    ),
  );
}

/** A segment that ends in an Arabic initial: one letter and a full stop, perhaps in brackets ("(ح. ع.)"). */
const ENDS_IN_INITIAL = /(?<![\p{L}])[\u0621-\u064A]\.\s*\)?$/u;

/**
 * A full stop after an Arabic initial ends no sentence: "اغتال مسلحون الناشط (ح. ع.) أثناء خروجه…"
 * (a name withheld, given by its initials) goes on past them.
 */
function mergeAfterInitials(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && prev.paragraph === s.paragraph && ENDS_IN_INITIAL.test(prev.text)) {
      const gap = ' '.repeat(Math.max(0, s.start - prev.end));
      out[out.length - 1] = { ...prev, end: s.end, text: `${prev.text}${gap}${s.text}` };
    } else out.push({ ...s, index: out.length });
  }
  return out;
}

const opens = (text: string): number => (text.match(/\(/g) ?? []).length - (text.match(/\)/g) ?? []).length;

/**
 * A full stop inside parentheses ends no sentence: "أطلقوا النار على الناشط (ح. ج) مساء أمس", "the
 * commander (Brig. Gen. X) said": the segment left with a parenthesis open goes on in the next one.
 */
function mergeOpenParentheses(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && prev.paragraph === s.paragraph && opens(prev.text) > 0 && opens(s.text) < 0) {
      const gap = ' '.repeat(Math.max(0, s.start - prev.end));
      out[out.length - 1] = { ...prev, end: s.end, text: `${prev.text}${gap}${s.text}` };
    } else out.push({ ...s, index: out.length });
  }
  return out;
}

function breakAt(text: string, offset: number, pattern: RegExp): Span[] {
  const parts: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(pattern)) {
    const end = m.index + m[0].length;
    parts.push({ start: offset + from, end: offset + end, text: text.slice(from, end) });
    from = end;
  }
  parts.push({ start: offset + from, end: offset + text.length, text: text.slice(from) });
  return parts;
}

function trimSpan(text: string, start: number): Span | null {
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  if (!body) return null;
  return { start: start + lead, end: start + lead + body.length, text: body };
}

/** A segment made only of closing quotes/punctuation belongs to the sentence before it. */
function mergeDanglingQuotes(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && prev.paragraph === s.paragraph && /^["»”'’)\].,،]+$/u.test(s.text)) {
      out[out.length - 1] = { ...prev, end: s.end, text: `${prev.text} ${s.text}` };
    } else out.push({ ...s, index: out.length });
  }
  return out;
}

/**
 * The verbs of dying that open the other side's count after "، في حين", vowelled or not ("قُتل"): the
 * break is matched on the article's own text.
 */
const DYING_AR = ['قتل', 'قتلت', 'لقي', 'لقيت', 'قضى', 'استشهد', 'استشهدت'].map(vowelled).join('|');

/**
 * A source's verb of telling a count, straight after "، في حين": "، في حين تحدثت مصادر أخرى عن مقتل
 * 50 من الطرفين", "، في حين أحصى المرصد ... من الجانبين" — another teller's figures for both sides, a
 * clause of their own as after "، فيما" (second-source-toll.ts weighs them against the count before),
 * not more dead added to it. Only a count of both sides: another teller's count of one toll ("، في حين
 * تحدثت الوزارة عن أكثر من 30 قتيلاً") is read with the clause it answers, as before.
 */
const TELLER_COUNTS_AR = [
  'تحدثت',
  'تحدث',
  'قالت',
  'ذكرت',
  'أفادت',
  'أكدت',
  'وثق',
  'وثقت',
  'أحصى',
  'أحصت',
  'قدرت',
]
  .map(vowelled)
  .join('|');

/** Where `splitClauses` splits (see there); "، مضيفاً أن", ", adding that", " and said that … killed by air strikes": second-saying.ts. */
const AR_CLAUSE_BREAK = new RegExp(
  `["»”]?\\s*[،,]\\s*(?=["«“]?(?:و[\\u0621-\\u064A]|و\\s?[\\d\\u0660-\\u0669]+\\s+[^،,.]{0,40}?\\s(?:قضوا|قتلوا|استشهدوا|أصيبوا|جرحوا)\\s|و\\s?[\\d\\u0660-\\u0669]+\\s+(?:(?:آخرون|آخرين)\\s+)?(?:في\\s|ب(?:ريف|مدينة|بلدة|قرية|منطقة|حي|محافظة)\\s)|فيما\\s|بينما\\s|في\\s+حين\\s(?=[^،,.]{0,80}?\\s[وب]?في\\s+(?:ريف|مدينة|بلدة|قرية|منطقة|حي|محافظة)\\s|(?:${TELLER_COUNTS_AR})\\s(?=[^،,.]{0,80}?(?:الطرفين|الجانبين)(?![\\u0621-\\u064A]))|(?:${BLOW_AFTER_WHILE_AR})\\s|(?:${DYING_AR})\\s(?![^،,.]{0,80}?\\s(?:ريف|مدينة|بلدة|قرية|منطقة|حي|محافظة)\\s)|${vowelled('فقد')}(?:${vowelled('ت')})?\\s[^،,.]{0,40}?\\sمن\\s+(?:مقاتلي|عناصر|أفراد)(?:ها|ه|هم)(?![\\u0621-\\u064A]))|كما\\s|[إا]ذ\\s|${SECOND_SAYING_AR}|${RUNNING_TOTAL_AR}))|\\s(?=منذ\\s[^،,.]{1,40}\\s(?:عندما|حين)\\s)`,
  'g',
);
/**
 * "police said", "officials reported that": a teller between "and" and the new subject, who says the
 * next event and makes it no less another one (", and police said a roadside bomb killed two …").
 */
const TELLER_SAID_EN =
  '(?:(?:the\\s+)?[\\w-]+(?:\\s+[\\w-]+){0,2}?\\s+(?:said|says|reported)\\s+(?:that\\s+)?)?';
const EN_CLAUSE_BREAK = new RegExp(
  `,\\s+(?=${SHARE_AFTER_COMMA_EN}|(?:while|whereas|but)\\s|${SECOND_SAYING_EN}|${RUNNING_TOTAL_EN}|${AND_IN_MONTH_EN}|as\\s+(?:the|its|their|government|regime|troops|forces|rebels|militants)\\s|and\\s+(?:in\\s+)?(?:a\\s+)?separate\\s|and\\s+(?:the\\s+)?(?:town|village|city|district|area|neighbou?rhood|camp)\\s+of\\s|and\\s+${TELLER_SAID_EN}(?:(?:at\\s+least|more\\s+than|about|nearly|around|some|up\\s+to)\\s+)?(?:a|an|another|two|three|four|five|six|seven|eight|nine|ten|\\d+|gunmen|militants|insurgents|jihadists|unidentified|unknown|mortar|rockets?|shells|air\\s?strikes|drones?)\\s+(?:(?:[\\w-]+\\s+){0,3}?|(?:[\\w-]+\\s+){1,4}?(?:was|were)\\s+)(?:killed|wounded|injured|shot\\s+dead|exploded|went\\s+off|struck|hit|shelled|attacked|ambushed|stormed)\\s|and\\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:[\\w-]+\\s+){0,2}?died\\s+(?:in|when)\\s+(?:a|an|another)\\s|and\\s+(?:(?:an?|another)\\s+)?(?:shelling|bombardment|air\\s?strikes?|strikes?|explosion|blast|bombing)\\s+(?:on|in|near|at)\\s+[^,.;]{1,60}?\\s(?:killed|wounded|injured|hit|struck)\\s|and\\s+(?:(?:heavy|fierce)\\s+)?(?:clashes|fighting|battles)\\s+[^,.;]{1,120}?\\s(?:in|during)\\s+which\\s)|\\s(?=since\\s[^,.;]{1,40},?\\swhen\\s)|\\s(?=${SAID_OTHER_BLOW_EN})|${SHARE_AFTER_AND_EN}`,
  'g',
);

/**
 * Clauses of one sentence, for finding distinct events reported together: Arabic splits at a comma
 * followed by a conjunction (", و…", ", فيما") and at quotation boundaries followed by one (so at
 * ", و٤ مواطنين … قضوا في…": a count in digits with a verb of dying or hurt of its own is the next
 * item of a roundup, as one in words is; so is ", و١٤ في مدينة حلب", a count and straight after it
 * the place it fell in, the next share of a list: list-shares.ts; not ", و٨ مقاتلين من الفصائل",
 * more of the same count);
 * English at ", while" / ", but"; at ", as the regime pressed its offensive" (what went on around the
 * event, whose words name no kind of this one); at ", and the town of …" (a second place the same
 * verb hit); and at ", and a roadside bomb killed …", ", and gunmen shot dead …", ", and two mortar rounds
 * wounded …": a new subject, told as new (a/an/another, a count, hedged or not — ", and at least four
 * were killed by a car bomb in …" —, a bare plural of those who strike or what they fire), with its own verb is another event's clause
 * (so is one whose subject names where it was: ", and a council member in X was shot dead"; and one whose
 * verb is the attack itself, not its toll: ", and insurgents shelled the police headquarters of …"); so is a blow
 * told with where it fell, then its own verb (", and shelling on the outskirts of X killed one man"), and a
 * count that died in a blow of its own (", and one person died in a strike on a bakery in …");
 * so is a fight told with the toll it hangs on itself (", and clashes between insurgents and troops
 * in the plain in which five soldiers died"): its own event, where its own dead fell;
 * (so is ", and a separate strike on Sunday …",
 * whatever verb it takes) (", and two others were wounded" so split is
 * more victims of the event just told, added to it); ", and" before other words is not split
 * (commas there mostly attach participles such as ", killing nine", or tell the same subject again:
 * ", and the attack…").
 */
export function splitClauses(sentence: string, lang: Language): Span[] {
  // not every word after a comma that starts with ف is a conjunction ("، فجر اليوم"): only و and فيما;
  // "، بينما قتل طفل …", "، كما قتلت مواطنة …": another item of a roundup, with its own place and toll
  // (so is "، في حين قتل مطلوب خلال مداهمة في ريف …", where it names a place of its own; and "، في حين
  // لقي أربعة من عناصر النظام مصرعهم", a verb of dying straight after it and no place named: the other
  // side of the same fight, read as after "، فيما" (fight-sides.ts), not a count lost in the clause before;
  // so is "، في حين فقدت الفصائل تسعة من مقاتليها", a side counting its own fighters lost)
  // "…, the first since 17 September, when a strike killed five": the event recalled after "since … when" is another one
  // (in Arabic, after "، إذ": "وهذه ثاني عملية منذ مطلع الشهر، إذ قتل ناشط في الثاني منه بهجوم مماثل")
  const pattern = lang === 'ar' ? AR_CLAUSE_BREAK : EN_CLAUSE_BREAK;
  const parts = breakAt(sentence, 0, pattern);
  // ", including nine in Douma, eight in Arbin and six in Hamouria" after the count they add up to:
  // the first share opens a clause of its own too (shares-break.ts)
  const included = lang === 'en' ? includedSharesAt(sentence) : null;
  if (included !== null) {
    const at = parts.findIndex((p) => p.start < included && included < p.end);
    const part = parts[at];
    if (part) {
      const cut = included - part.start;
      parts.splice(
        at,
        1,
        { start: part.start, end: included, text: part.text.slice(0, cut) },
        { start: included, end: part.end, text: part.text.slice(cut) },
      );
    }
  }
  // "…قتل مختار قرية …، جنوب الموصل، ونجليه": someone's kin after a comma is more of the object, no clause
  const joined: Span[] = [];
  for (const part of parts) {
    const previous = joined[joined.length - 1];
    const first = /^[\s"«“]*([\p{L}]+)/u.exec(part.text)?.[1] ?? '';
    // "…، في وقت سابق من هذا الأسبوع، وتحديداً مساء الاثنين…": the same clause, told more exactly
    const word = normalizeForMatch(first);
    if (
      previous &&
      ((lang === 'ar' &&
        (joinedKin(word) !== null ||
          narrowsBefore(word) ||
          opensRelative(word) ||
          tellsSeat(word) ||
          goesOnWithResult(previous.text, part.text) ||
          // ("استهدفت وحدات من الجيش مصادر القذائف، وأوقعت عدداً من القتلى": force-uncounted-blow.ts)
          goesOnWithUncountedBlow(previous.text, part.text) ||
          // ("…الشيخ فلان، أحد قياديي الصحوة، واثنين من حراسه، الذين قتلوا": his own people, own-people-after.ts)
          opensWithOwnPeople(part.text))) ||
        goesOnPastAside(previous.text, part.text) ||
        // "بين قوات النظام من جهة، وهيئة تحرير الشام من جهة أخرى": the other side of one fight
        (lang === 'ar' && joinsOtherSide(previous.text, part.text)) ||
        // "…من قوات النظام، وخمسة مقاتلين من الفصائل": the other side's dead, more of the same count
        (lang === 'ar' && continuesSideCount(previous.text, part.text)) ||
        // "…من قوات الأسد، واستشهاد اثنين من مقاتلي الحر": the other side's dead, with a noun of dying
        (lang === 'ar' && continuesSideDeath(previous.text, part.text)))
    )
      joined[joined.length - 1] = { start: previous.start, end: part.end, text: previous.text + part.text };
    else joined.push(part);
  }
  return joined
    .map((p) => trimSpan(p.text, p.start))
    .filter((p): p is Span => p !== null && /[\p{L}\p{N}]/u.test(p.text));
}
