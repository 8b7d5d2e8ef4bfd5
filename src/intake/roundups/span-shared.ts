// "…تحرير 29 قرية منذ انطلاق العمليات، ومقتل أكثر من 260 إرهابياً": a count joined to a span's.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';
import { ALSO, OTHERS } from '../incidents/clause-links.js';
import { WHILE } from '../attackers/doers-dead.js';
import { blowToldRepeated } from './repeated-blow.js';

/**
 * A clause that opens with "and" and a noun of what was done, no verb: one more object of the verb
 * before (the dead, the captured, or the devices removed: "تطهير 900 كم² منذ 2018، ورفع 190 ألف عبوة");
 * or "and" and the same doers' verb of killing, capturing or destroying ("حررت القوات 29 قرية منذ
 * انطلاق العمليات، وقتلت 180 إرهابياً"): one more thing the same doers did over the span.
 */
const JOINED_NOUN = new RegExp(
  `${CLAUSE_HEAD}(?:${anyOf(['ومقتل', 'وقتل', 'وإصابة', 'وجرح', 'واعتقال', 'وأسر', 'وتدمير', 'وسقوط', 'ورفع', 'وإزالة', 'وتفكيك', 'وإتلاف', 'وضبط', 'وقتلت', 'وقتلوا', 'واعتقلت', 'واعتقلوا', 'وأسرت', 'وأسروا', 'ودمرت', 'ودمروا'])}(?!${L})|and (?:the )?(?:killing|deaths?|capture|arrest|destruction|removal|clearance|defusing|seizure) of(?!${L}))`,
  'u',
);

/**
 * "هذا هو الاستهداف الـ 48 منذ مطلع العام، وقد أسفرت تلك الضربات عن مقتل 168", "وأدت هذه الهجمات إلى
 * مقتل…": the blows the span counted, named back by a demonstrative, with their toll — the span's,
 * not the last blow's.
 */
const THOSE_BLOWS = new RegExp(
  `(?<!${L})(?:${anyOf(['تلك', 'هذه'])})\\s+(?:${anyOf(['الضربات', 'الهجمات', 'الغارات', 'العمليات', 'الاستهدافات', 'التفجيرات', 'الاعتداءات'])})(?!${L})`,
  'u',
);

/**
 * "أعلن القائد تحرير 29 قرية منذ انطلاق العمليات، ومقتل أكثر من 260 إرهابياً": the dead joined by
 * "و" to what the clause before summed over a span are summed over that span too (the comma splits
 * one list of what the announcement counted), so a total, not one event. So are the dead or wounded
 * set beside that total by "while" with no word for what hit them ("وبذلك يرتفع إلى 700 عدد القتلى
 * منذ مطلع الشهر، فيما أصيب أكثر من 3000 آخرين بجراح", "نزح 200 ألف منذ بدء الهجوم، فيما فقد 400
 * مدني حياتهم", "…since the offensive began, while 2,000 others were wounded"): the other side of
 * the same count over the same span ("، فيما قتل خمسة بقصف على البلدة اليوم" names its own event and
 * day, and stays one); so is the toll of the blows it counted, named back ("وقد أسفرت تلك الضربات عن
 * مقتل 168"). `spanBefore`: the clause before, in the same sentence, was such a total.
 */
export function sharesSpan(spanBefore: boolean, facts: ClauseFacts): boolean {
  if (!spanBefore || facts.eventDate) return false;
  if (THOSE_BLOWS.test(facts.matchText)) return true;
  // (nor do "others" counted with no governorate and no blow of their own, "…قتل فيها 41 شخصاً،
  // وأصيب 57 آخرون", nor those set beside it by "while" at no governorate, "…since the offensive
  // began, while strikes killed 15 of them": the span's other side, or its share in blows told in the plural)
  const unplaced = !facts.place?.governorate;
  // (a blow told as repeated, "جراء القصف المتكرر", is no event of its own either: repeated-blow.ts)
  const ownBlow = facts.eventNamed && !blowToldRepeated(facts.matchText);
  return (
    JOINED_NOUN.test(facts.matchText) ||
    (WHILE.test(facts.matchText) && (!facts.eventNamed || unplaced)) ||
    (unplaced && !ownBlow && OTHERS.test(facts.matchText))
  );
}

/**
 * "…said 1,120 people had been killed since July 13. The ministry gave a lower figure of 260 dead":
 * the next sentence's toll or figure, with no day, place or blow of its own, is another count of that
 * span. So is one given for a governorate as a whole ("Figures for Anbar, where fighting has been
 * fiercest, showed 322 killed", "وبلغت الحصيلة في محافظة حلب 58"): that province's share of the
 * span's count, whatever words describe the province (no town, no day: no one event's toll).
 * `spanLastSentence`: the sentence before ended in such a total.
 */
export function figureOfSpanBefore(spanLastSentence: boolean, facts: ClauseFacts): boolean {
  const ownEvent = !!facts.place?.governorate || facts.eventNamed;
  return (
    spanLastSentence &&
    !facts.eventDate &&
    (!ownEvent || facts.place?.precision === 'governorate') &&
    TOLL_OR_FIGURE.test(facts.matchText)
  );
}

const TOLL_OR_FIGURE = new RegExp(
  `(?<!${L})(?:(?:death )?toll|figures?|tally|count|${anyOf(['حصيلة', 'الحصيلة', 'رقم', 'رقما', 'أرقام', 'أرقاما', 'عدد'])})(?!${L})`,
  'u',
);

/**
 * "ووثّق المرصد خلال الشهر الفائت مقتل 19 شخصاً…", then "كما أصيب 34 شخصاً بجروح متفاوتة": the next
 * sentence's count told "also", with no day, place or blow of its own, is the span's other count
 * (its wounded beside its dead), not an event of its own. `spanLastSentence`: the sentence before
 * ended in such a total.
 */
export function alsoOfSpanBefore(spanLastSentence: boolean, facts: ClauseFacts): boolean {
  return (
    spanLastSentence &&
    !facts.eventDate &&
    !facts.place?.governorate &&
    !facts.eventNamed &&
    ALSO.test(facts.matchText)
  );
}

/**
 * "ومن بين المدنيين، قضى 5 بانفجار ألغام في أرياف الرقة والحسكة", "Of the civilians, five died in
 * mine blasts": a clause fronted by "among those" and a comma (or telling "N of the dead") takes
 * its count out of the dead the sentence before summed over a span — a share of that total by how they died, whatever blow
 * and place it names, not an event of its own (one with a day of its own stays one).
 * `spanLastSentence`: the sentence before ended in such a total.
 */
export function shareAmongSpanBefore(spanLastSentence: boolean, facts: ClauseFacts): boolean {
  return (
    spanLastSentence &&
    !facts.eventDate &&
    (AMONG_THOSE.test(facts.matchText) || SHARE_OF_THE_DEAD.test(facts.matchText))
  );
}

/**
 * "The mission said 181 of the dead were members of the security forces", "most of the victims were
 * civilians": the span's dead told back as a whole, a count or a part of them set apart by who they
 * were — a share of that total, not an event of its own.
 */
const SHARE_OF_THE_DEAD = new RegExp(
  `(?<!${L})(?:[\\p{N}][\\p{N},]*|most|half|many|all) of (?:the|those) (?:dead|killed|victims|fatalities)(?!${L})`,
  'iu',
);

/**
 * "ومن بين المدنيين،", "من بين القتلى،", "Of the civilians,", "Among those killed,": a group named back,
 * then a comma; or the total itself named back by a pronoun, "Of those, 101 were killed in hostile
 * action", "Of them,", "Among these,": the same share told with no noun.
 */
const AMONG_THOSE = new RegExp(
  `${CLAUSE_HEAD}(?:${anyOf(['ومن بين', 'من بين'])})\\s+[^\\s،,]+(?:\\s+[^\\s،,]+)?\\s*[،,]|${CLAUSE_HEAD}(?:of|among)\\s+(?:(?:the|those)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?|those|these|them)\\s*,`,
  'iu',
);

/**
 * "قضى واحد وعشرون شخصاً من إجمالي القتلى في عمليات اغتيال", "23 of the total dead were
 * civilians": a count taken out of a total told already ("من إجمالي"/"من مجموع" and the word for
 * whom it counts) — a share of that total by how or who they died, not an event of its own (one
 * with a day of its own stays one).
 */
export function shareOfTotal(facts: ClauseFacts): boolean {
  return !facts.eventDate && OF_THE_TOTAL.test(facts.matchText);
}

const OF_THE_TOTAL = new RegExp(
  `(?<!${L})(?:${anyOf(['من إجمالي', 'من اجمالي', 'من مجموع', 'من مجمل'])})\\s+(?:${anyOf(['القتلى', 'الضحايا', 'الوفيات', 'الجرحى', 'المصابين', 'الإصابات', 'الشهداء', 'عدد'])})(?!${L})|(?<!${L})of the total(?:\\s+(?:number of\\s+)?(?:dead|killed|deaths|victims|toll|casualties|wounded|injured))?(?!${L})`,
  'iu',
);
