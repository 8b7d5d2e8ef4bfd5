// A court's ruling over an earlier attack: the news is the sentence, the incident the deed judged.
import { addDays, monthRange } from '../dates/calendar.js';
import { CUES } from '../events/event-cues.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { hasCasualties } from '../incidents/incident-bounds.js';
import type { Building } from '../incidents/incident-types.js';
import type { DateValue } from '../dates/date-values.js';
import type { DateMention } from '../reading/types.js';
import { AR_PREFIX, matchView } from '../reading/view.js';
import { sameCount, type Count } from '../reading/count.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { turnsToSecurityNews } from './security-news-turn.js';
import { tellsLivesTaken } from './lives-taken-told.js';

/**
 * "حكماً بالإعدام", "قضت بالسجن المؤبد", "sentenced to death": a court's ruling; "Iraq has executed 11
 * men convicted of…", "hanged": the ruling carried out, the news still the deed judged.
 */
const RULING = new RegExp(
  `(?<!${L})(?:${anyOf(['حكم', 'حكما', 'حكماً', 'حكمها', 'أحكام', 'أحكاما', 'أحكاماً', 'قضت', 'تقضي', 'يقضي', 'بإعدام', 'بالإعدام', 'بالسجن'])}|sentenced|sentences|ruling|executed|hanged|hangs)(?!${L})`,
  'u',
);

/**
 * Who was convicted, or stood accused, of a deed: "أدين", "بعد إدانتهم", "مدانين", "متهمين", "convicted
 * of"; or the crime they were judged for.
 */
const CONVICTED = [
  'أدين',
  'أدينوا',
  'أدينا',
  'أدينت',
  'إدانته',
  'إدانتهم',
  'إدانتهما',
  'إدانتها',
  'المدان',
  'المدانين',
  'مدان',
  'مدانين',
  'مدانان',
  'متهم',
  'متهمين',
  'متهمان',
  'متهمون',
  // the crime or charge named by its deed: "عن جريمة تفجير سيارة مفخخة", "بتهمة قتل"
  'جريمة',
  'بجريمة',
  'جرائم',
  'تهمة',
  'بتهمة',
];
/**
 * The deed they were convicted of, a few words on: "بتفجير", "بالتخطيط … لتفجير", "بقتل", "في تفجير";
 * "sentenced three members of an IS cell to death for their role in a bombing" (the sentence names the deed).
 */
const DEED = [
  'تفجير',
  'تنفيذ',
  'تفخيخ',
  'هجوم',
  'الهجوم',
  'اغتيال',
  'قتل',
  'إعدام',
  'التخطيط',
  'المشاركة',
  'زرع',
];

/** Taking part, as a verb or a noun: "اشترك", "بالمشاركة". */
const PART_WORDS = [
  'والاشتراك',
  'بالاشتراك',
  'الاشتراك',
  'اشترك',
  'اشتركوا',
  'والمشاركة',
  'بالمشاركة',
  'المشاركة',
  'شارك',
  'شاركوا',
];
/**
 * The noun of taking part with the convicted's pronoun, as the ground of the sentence: "حكماً
 * بالإعدام بحق إرهابي لاشتراكه في إعدام…", "لمشاركتهم في تفجير…" (for his, their, taking part in).
 */
const PART_OF_HIS = ['لاشتراكه', 'لاشتراكهم', 'لاشتراكهما', 'لمشاركته', 'لمشاركتهم', 'لمشاركتهما'];
/**
 * A part taken in the deed, however far from the convicted word: "بحق مدان بالانتماء إلى تنظيم
 * القاعدة والاشتراك في تفجير…", "المدان اشترك مع آخرين في التخطيط…", "for taking part in the killing
 * of…", "after finding that he took part in the execution of…".
 */
const PART_TAKEN = `(?:${anyOf([...PART_WORDS, ...PART_OF_HIS])})\\s+(?:مع\\s+[^\\s.،,]+\\s+)?في\\s+${AR_PREFIX}(?:${anyOf(DEED)})|(?:taking|took|had taken) part in (?:the|a|an)`;
/** The making of a blow, joined to a conviction of membership (MEMBERSHIP_THEN). */
const BLOW_MADE = ['زرع', 'تفجير', 'تفخيخ', 'تنفيذ'];
/**
 * Membership of a group before the deed: "أدينوا بالانتماء إلى خلية تابعة لتنظيم الدولة وزرع عبوة
 * ناسفة في السوق", "أدين بالانتماء لعصابات داعش وتنفيذ تفجير…": the blow joined to the membership
 * is what they were convicted of. Only a blow's making (a killing joined so, "واغتيال ضابط ومرافقيه",
 * names its victims there, whom the findings count again).
 */
const MEMBERSHIP_THEN = `(?:${anyOf(['بالانتماء', 'الانتماء'])})\\s+[^.،,]{1,80}?\\s+و(?:${anyOf(BLOW_MADE)})(?!${L})`;
const CONVICTED_OF = new RegExp(
  `(?<!${L})(?:(?:${anyOf(CONVICTED)})\\s+(?:[^\\s.،,]+\\s+){0,2}?${AR_PREFIX}(?:${anyOf(DEED)})|(?:${anyOf(CONVICTED)})\\s+${MEMBERSHIP_THEN}|${PART_TAKEN}|(?:convicted|found guilty|found (?:[\\p{L}-]+ ){1,3}?guilty) (?:of|over|for)|sentenced (?:[\\p{L}-]+ ){0,4}?(?:for|over) (?:the|a|an|carrying out|their role in|his role in)|to death (?:for|over) (?:the|a|an|carrying out|their role in|his role in))(?!${L})`,
  'u',
);

/**
 * "حكمها في القضية المعروفة بـ"كمين قسطل معاف"", "في قضية اغتيال…": the ruling in a case named by
 * its deed, whose facts the article tells after ("وتعود وقائع القضية إلى أيلول من عام 2006").
 */
const CASE_OF_DEED = new RegExp(
  `(?<!${L})(?:${anyOf(['قضية', 'القضية'])})\\s+(?:[^\\s.،,]+\\s+)?${AR_PREFIX}"?(?:${anyOf([...DEED, 'كمين', 'مجزرة'])})(?!${L})`,
  'u',
);

/**
 * The lead tells a court's ruling over a deed ("أصدرت محكمة … حكماً بالإعدام بحق إرهابي أدين بتنفيذ
 * تفجير…", "a court sentenced three men to death for the bombing of…"): the article is about that
 * deed, however long ago it was, and its ruling day is no day of any event. `leads` are the matching
 * forms of the article's first sentences (a dateline may stand first).
 */
export function rulesOnDeed(leads: readonly string[]): boolean {
  return leads.some((lead) => RULING.test(lead) && (CONVICTED_OF.test(lead) || CASE_OF_DEED.test(lead)));
}

/** What `judgedDeed` reads of a clause (clause-facts.ts). */
export interface JudgedClause {
  text: string;
  dates: readonly DateMention[];
}

/**
 * A clause that tells whom the court convicted, and of what: the deed's day is the one told after
 * the conviction ("بعد إدانتهم بالتخطيط لتفجير سيارة مفخخة في مدينة سرمدا …، في الرابع عشر من
 * تموز 2019"), not the ruling's ("اليوم الثلاثاء") before it; `date` null where the clause gives the
 * deed none. `tollTold`: words after the conviction tell someone killed or hurt ("أدينا بقتل مختار
 * قرية …"), so that a count is the deed's, not the sentenced's ("حكماً بالإعدام بحق ثلاثة مدانين").
 * `from`: where the conviction begins in the clause's text, the deed's toll told after it ("أصدرت
 * حكما بالإعدام بحق إرهابي، عن جريمة تفجير … ما أسفر عن استشهاد 32": the one sentenced before it is
 * none of the dead). Null: the clause tells no conviction.
 */
export function judgedDeed(
  clause: JudgedClause,
): { date: DateMention | null; tollTold: boolean; from: number } | null {
  const view = matchView(clause.text);
  const convicted = CONVICTED_OF.exec(view.text);
  if (!convicted) return null;
  const from = view.sourceSpan(convicted.index, convicted.index + 1).start;
  const deed = view.text.slice(convicted.index);
  return {
    // (not the day a source told the ruling on: "…convicted of bombings in Anbar, a source said Tuesday")
    date: clause.dates.find((d) => d.start > from && d.role !== 'reporting') ?? null,
    // (or lives it took, "الذي أودى بحياة 26 شخصاً": lives-taken-told.ts)
    tollTold:
      [CUES.killed, CUES.wounded, CUES.killedNoun, CUES.woundedNoun].some((cue) => deed.search(cue) >= 0) ||
      tellsLivesTaken(matchView(clause.text.slice(from))),
    from,
  };
}

/** "قبل تفجيرها", "قبل يومين من التفجير", "before the bombing": a step told as taken before the deed. */
const BEFORE_THE_DEED = new RegExp(
  `(?<!${L})(?:${anyOf(['قبل'])})\\s+(?:[^\\s.،,]+\\s+){0,2}?(?:${anyOf(['التفجير', 'تفجيرها', 'تفجيره', 'الهجوم', 'تنفيذه', 'تنفيذها'])})(?!${L})|(?<!${L})before (?:the|carrying out the) (?:bombing|attack|blast)(?!${L})`,
  'u',
);

/**
 * In a ruling's article, what the convicted did on the way to the deed ("وأنهم نقلوا السيارة المفخخة
 * من قضاء الحويجة إلى أربيل … قبل تفجيرها", "اعترف بنقل السيارة … قبل يومين من التفجير"): the
 * deed's making, told from the court's findings, with no blow of its own at the places it names.
 */
export function stepBeforeDeed(matchText: string): boolean {
  return BEFORE_THE_DEED.test(matchText);
}

/**
 * "اعترف بأنه شارك في اقتياد الضحايا من منازلهم وإعدامهم رمياً بالرصاص": the deed told by its noun
 * on the victims' pronoun ("وإعدامهم", "وقتلهما", "واغتياله"), which the readers of events, going by
 * a noun that counts or names whom it struck, do not take for one.
 */
const DEED_ON_THEM = new RegExp(
  `(?<!${L})و?(?:${anyOf(['إعدام', 'قتل', 'اغتيال', 'تصفية'])})(?:${anyOf(['ه', 'ها', 'هم', 'هما', 'هن'])})(?!${L})`,
  'u',
);

/**
 * In a ruling's article, the deed drafted first with its toll but no day ("…بحق مدان بتفجير سيارة
 * مفخخة استهدف سوقاً …، وأودى بحياة سبعة وعشرين"), then the court's findings telling the blow with
 * its day and no toll of its own ("…وركنها وسط السوق صباح يوم الثلاثاء الثاني عشر من كانون الثاني
 * 2010"), or the deed on its victims' pronoun ("…في اقتياد الضحايا وإعدامهم … في آب 2014",
 * DEED_ON_THEM): that day is the deed's. `deed` is the article's first incident.
 */
export function deedDayTold(deed: Building | undefined, facts: ClauseFacts): boolean {
  return (
    deed !== undefined &&
    deed.date === null &&
    facts.eventDate !== null &&
    (facts.event !== null || DEED_ON_THEM.test(facts.matchText)) &&
    !hasCasualties(facts)
  );
}

/**
 * In a ruling's article, the deed drafted first, then "The court found the men guilty of planning and
 * carrying out the attack", "وأدين المتهمون بتنفيذ الهجوم": the court's finding of the deed already
 * told, with no day and no toll of its own, is no other event (the court's seat it names is where
 * the ruling was given, not where a blow fell).
 */
export function findingOfToldDeed(deed: Building | undefined, facts: ClauseFacts): boolean {
  return (
    deed !== undefined &&
    facts.eventDate === null &&
    !hasCasualties(facts) &&
    CONVICTED_OF.test(facts.matchText)
  );
}

/**
 * The deed's dead as drafted: none yet, or the same the findings tell again ("…بحق مدان بالاشتراك في
 * قتل خمسة من عناصر الصحوة … خلال آذار من عام 2008", then "ما أسفر عن مقتل خمسة من عناصرها وإصابة
 * اثنين آخرين": the conviction counted the victims, the findings the same dead with their wounded).
 */
const toldAgainOrNone = (drafted: Count | null, told: Count | null): boolean =>
  drafted === null || (told !== null && sameCount(drafted, told));

/**
 * In a ruling's article, the deed drafted first with its day but no toll, or only the dead the
 * findings tell again (toldAgainOrNone) ("sentenced three men to death for a car bombing at the bus
 * station in October 2020", "…بحق مدان بتفجير سيارة مفخخة في سوق شعبي …، في أيار من عام 2013"),
 * then the toll told with no day of its own or only the days of the ruling's news ("The bombing
 * killed 11 people…", "…اعترف بتفخيخ سيارة … ما أسفر عن استشهاد 12 مواطناً"): that toll is the
 * deed's, not a blow on the day the court sat. `published` is the article's day; a week before it is
 * still the ruling's news.
 */
export function deedTollTold(deed: Building | undefined, facts: ClauseFacts, published: string): boolean {
  return (
    deed !== undefined &&
    deed.date !== null &&
    toldAgainOrNone(deed.killed, facts.casualties.killed) &&
    deed.wounded === null &&
    deed.date.to < addDays(published, -7) &&
    hasCasualties(facts) &&
    // (not a tally of many blows, "17 منتسبا قتلوا في هجمات متفرقة منذ بداية العام": no deed's toll)
    !facts.aggregate &&
    // (not the security news a clause turns to after the ruling's: security-news-turn.ts)
    !turnsToSecurityNews(facts.matchText) &&
    (facts.eventDate === null || facts.eventDate.date.from >= addDays(published, -7))
  );
}

/** Jan 1 to Dec 31 of one year: a date told only by its year ("عام 2015", "in 2015"). */
function wholeYear(date: DateValue): boolean {
  const year = date.from.slice(0, 4);
  return date.from === `${year}-01-01` && date.to === `${year}-12-31`;
}

/**
 * In a ruling's article, a deed the court's findings date only by its year, with its own toll ("…اعترف
 * بمشاركته في الهجوم على نقطة تفتيش … عام 2015، ما أدى إلى استشهاد مقاتلين اثنين", "convicted of
 * killing four employees in 2006"): one deed of that year, not a year's total, where a span of years
 * ("خلال سنوات سيطرته", "between 2014 and 2017") is still none. Only after the deed the lead told
 * (`told`): a lead's deed dated by its year or season ("صيف عام 2008") is told again with its day
 * ("وتعود تفاصيل القضية إلى ليلة السادس والعشرين من آب 2008"), the one deed.
 */
export function deedOfItsYear(date: DateValue, facts: ClauseFacts, told: boolean): boolean {
  return told && wholeYear(date) && hasCasualties(facts) && !facts.aggregate;
}

/** The whole of one month: a date told only by its month and year ("آذار من عام 2009"). */
function wholeMonth(date: DateValue): boolean {
  const { from, to } = monthRange(Number(date.from.slice(0, 4)), Number(date.from.slice(5, 7)));
  return date.from === from && date.to === to;
}

/**
 * The conviction of a deed with its toll, dated by its year or its month ("بحق مدانين اثنين بجريمة خطف
 * وقتل أربعة من الموظفين … خلال عام 2006", "بحق مدان بقتل أربعة من حراس المنشآت النفطية … خلال آذار
 * من عام 2009"): the one deed judged, whatever word spreads it over the year or the month, not that
 * span's count of many.
 */
export function convictedOfPeriodsDeed(deed: ReturnType<typeof judgedDeed>): boolean {
  return !!deed?.date && deed.tollTold && (wholeYear(deed.date.date) || wholeMonth(deed.date.date));
}
