/**
 * How a clause ties to what was told before it: an earlier event it comes after, the background it
 * sets, "also", "others", the event it points back at, a pursuit of its attackers, a claim of it,
 * another source's toll of it. Patterns over the clause in matching form (view.ts).
 */
import { normalizeForMatch } from '../../text/normalize.js';
import { RETALIATION_AR, RETALIATION_EN } from '../followups/retaliation-words.js';
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';
import { ordinalOfBlow } from '../events/ordinal-blow.js';
import { othersOfOtherFate } from '../casualties/other-fate.js';
import { othersMissing } from '../casualties/others-missing.js';
import { EN_COUNT_PATTERN } from '../reading/number-words.js';
import { TIME_LATER } from '../reading/time-later.js';
import { AR_PERSON_STEMS } from '../casualties/casualty-words.js';

/** "ويأتي ذلك بعد…", "وجاء القصف بعد…", "The attack came a day after…": what follows is an earlier, other event. */
export const COMES_AFTER =
  /^["«“]?\s*(?:و?(?:يأتي|ياتي|تأتي|تاتي|جاء|جاءت)\s+(?:ذلك|هذا|الحادث|الهجوم|القصف|التفجير)\s+بعد|(?:this|it|the \w+) (?:comes|came) (?:\w+ )?(?:days? |hours? )?after)\s/u;
/**
 * "The incidents came as…", "يأتي ذلك في وقت…", "ويأتي الهجوم قبل أيام من…", "ويأتي القصف رغم الاتفاق":
 * the background of the news, not another event (the event told may also be named by its noun and
 * who did it, "ويأتي اعتداء المسلحين في وقت…", or pointed at, "وتأتي هذه الغارات ضمن حملة…", "These
 * strikes come amid…", "The sniper attack came as…": the day such a clause tells is its campaign's,
 * not the blows'); so is how the fighting began, told in the pluperfect ("وكانت المواجهات قد اندلعت
 * عقب…", "The clashes had erupted after…"); so is who has not claimed it or said nothing of it ("ولم تتبن أي جهة الهجوم",
 * "كما لم تعلق الحكومة على الغارتين", "ولم يصدر أي تعليق رسمي", "There was no immediate comment"); so
 * is the deal the news came after ("ويأتي ذلك بعد أيام من التوصل إلى اتفاق لوقف القتال"): a truce or
 * an agreement is no blow, whatever fighting it ended.
 */
export const CONTEXT =
  /^["«“]?\s*(?:و?كانت (?:المواجهات|الاشتباكات|المعارك) قد (?:اندلعت|بدات|انطلقت)|the (?:clashes|fighting) had (?:erupted|broken out|begun|started)|(?:the|these|this) (?:[\p{L}-]+ )?(?:incidents?|attacks?|blasts?|bombings?|violence|shelling|strikes?|airstrikes?|explosions?|ambush|clashes|developments?) (?:came|comes|come) (?:as|amid|while|at a time|(?:[\p{L}\d-]+ ){0,3}(?:after|before))|(?:no (?:group|one|party) (?:has |had )?(?:yet )?claimed|there was no (?:immediate )?(?:claim|comment))|(?:و?كما )?و?لم (?:تتبن|يتبن|تعلن (?:اي|ايه) جهه|يعلن احد|تعلق|يعلق|يصدر (?:(?:اي|ايه) )?تعليق)|و?(?:يأتي|ياتي|تأتي|تاتي|جاء|جاءت) (?:ذلك|هذا|(?:(?:هذا|هذه|تلك) )?(?:الهجوم|الهجومان|الهجمات|الحادث|الحادثه|القصف|التفجير|العمليه|التصعيد|الغاره|الغارات|الضربات|التطورات)|(?:اعتداء|اعتداءات|هجوم|هجمات|قصف|تفجير|استهداف|تصعيد) [\p{L}]+) (?:في وقت|وسط|فيما|مع|في ظل|قبل|ضمن|رغم)|و?(?:يأتي|ياتي|تأتي|تاتي|جاء|جاءت) (?:ذلك|هذا) (?:بعد|عقب) [^،.]{0,40}?(?:اتفاق|هدنه|وقف اطلاق النار))/u;
/** "Later, a medical source said the toll had risen to three": a time word, no other event, before a toll's update. */
export const LATER_OPENING = new RegExp(`^["«“]?\\s*(?:${TIME_LATER}|later)(?![\\p{L}])`, 'u');
export const SINCE_FIRST = /^["«“]?\s*(?:و?منذ|since)\s/u;
/** "منذ 17 أيلول عندما…", "since March, when…": not a span but the earlier event told after "when", on that date. */
export const RECALLED = /^["«“]?\s*(?:منذ\s[^،,.]{1,40}\s(?:عندما|حين)|since\s[^,.;]{1,40},?\swhen)\s/u;
export const CONTINUES = /^["«“]?\s*(?:و?ان(?:هم|ه|ها)|and that (?:they|it|he))\s/u;
/** "كما", "وكما" opening the clause: "also". */
export const ALSO = new RegExp(
  `^["«“]?\\s*(?:${['كما', 'وكما'].map(normalizeForMatch).join('|')})(?![\\p{L}])`,
  'u',
);
/** (not global: it is shared and tested, and a global pattern's test would move its lastIndex) */
export const OTHERS = new RegExp(
  `(?<![\\p{L}])(?:other|others|a third|a fourth|${['آخرين', 'آخرون', 'آخران', 'أخريان', 'أخريين'].map(normalizeForMatch).join('|')})(?![\\p{L}])`,
  'u',
);
/**
 * "and several others wounded", "وعدد من الآخرين": others of no count, not more of the ones counted;
 * so too others named by their hurt alone ("ما أدى إلى مقتل 12 وإصابة آخرين", "wounding others"):
 * the wounded beside the dead just counted, not more dead than an earlier toll.
 */
const UNCOUNTED_BEFORE = new RegExp(
  `(?<!${L})(?:several|many|some|dozens|scores|numerous|wounding|injuring|${anyOf(['عدد', 'العديد', 'عشرات', 'بعض', 'إصابة', 'وإصابة', 'أصيب', 'وأصيب', 'جرح', 'وجرح'])})(?:\\s+(?:of|${anyOf(['من'])}))?\\s+$`,
  'u',
);

/**
 * "The other two wounded are in stable condition", "the other victims": the rest of a group told, the
 * ones left once one of them is told apart, not more of them (in Arabic the article says so:
 * "الجريحان الآخران").
 */
const THE_REST_BEFORE = /(?<![\p{L}])the\s+$/iu;

/**
 * "Hezbollah and other pro-Iran groups", "in other parts of the city": an English "other" with no
 * count right before it names others of some kind, not more of the victims, who are counted where
 * they are others ("two other soldiers", "one other person", "at least 20 other people").
 */
const COUNT_BEFORE = new RegExp(`(?<!${L})${EN_COUNT_PATTERN}\\s+$`, 'u');

/**
 * "10 soldiers were killed and others wounded": others joined by "and", of no count, hurt, are the
 * wounded beside the dead just counted (as "وأصيب آخرون" is), not more dead than an earlier toll.
 */
const AND_BEFORE = /(?<![\p{L}])and\s+$/iu;
const HURT_AFTER = /^\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?(?:wounded|injured|hurt)(?![\p{L}])/iu;

/** "four other soldiers", "خمسة آخرين": the clause counts others than the ones told before. */
/**
 * "وأضاف أن جندياً ثالثاً أصيب", "كما قتل شرطي رابع": a person noun, then its ordinal, one more beside
 * those told before (as "a third" is); after the noun only, for "ثالث هجوم" is the third attack. Not
 * the noun joined by "و" to others counted with it ("مقتل شقيقين ورجل ثالث", "هم رجل وابنه وشاب
 * ثالث"): the last of those the clause counts, no one more.
 */
const ONE_MORE_PERSON_AR = new RegExp(
  `(?<!${L})(?:${anyOf(AR_PERSON_STEMS)})[اه]?\\s+(?:${anyOf(['ثالث', 'ثالثا', 'ثالثة', 'رابع', 'رابعا', 'رابعة', 'خامس', 'خامسا', 'خامسة'])})(?!${L})`,
  'u',
);

export function countsOthers(text: string): boolean {
  if (ONE_MORE_PERSON_AR.test(text)) return true;
  // (a global copy of its own for matchAll: the shared pattern is plain)
  for (const m of text.matchAll(new RegExp(OTHERS.source, 'gu'))) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    // ("while a third struck a building": a third rocket, ordinal-blow.ts)
    if (ordinalOfBlow(text.slice(m.index, m.index + 40))) continue;
    // ("two were killed and a third detained": one who met another fate, other-fate.ts)
    if (othersOfOtherFate(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    // ("…مقتل ثلاثة منهم، فيما لا يزال مصير اثنين آخرين مجهولاً": others missing, others-missing.ts)
    if (othersMissing(before, text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    if (m[0] === 'other' && !COUNT_BEFORE.test(before)) continue;
    if (m[0] === 'others' && AND_BEFORE.test(before) && HURT_AFTER.test(text.slice(m.index + m[0].length)))
      continue;
    if (!UNCOUNTED_BEFORE.test(before) && !THE_REST_BEFORE.test(before)) return true;
  }
  return false;
}
export const DEFINITE_EVENTS_AR = [
  'الاشتباك',
  'الاشتباكات',
  // "حصيلة المواجهات ارتفعت إلى ستة": the confrontations told before ("the toll of the confrontations")
  'المواجهات',
  'المواجهة',
  'الهجوم',
  'العملية',
  'الانفجار',
  'القصف',
  'الغارة',
  // "في الغارات ذاتها", "جراء التفجيرات": the blows told before, counted as many
  'الغارات',
  'الضربات',
  // "حصيلة التفجير بلغت خمسة": the bombing told before, one or many
  'التفجير',
  'التفجيرات',
  'المداهمة',
  'الكمين',
  'الحادثة',
  'الحادث',
  // "أصيب عنصر خلال تبادل إطلاق النار": the fight told before, by what it was
  'تبادل إطلاق النار',
];
export const DEFINITE_EVENTS_EN =
  'clash|clashes|confrontations?|attack|assault|raid|operation|blasts?|explosions?|bombings?|strikes?|air ?strikes?|shelling|fighting|ambush|incident|exchange of fire|firefight|gunfight';
/**
 * "أصيب جندي خلال الاشتباك", "wounded in the attack", "خلال الحادثة", "in the incident": the event told before, by its definite name; so
 * is its toll ("حصيلة القصف بلغت أربعة", "the toll of the attack") and a clause that opens with it
 * ("The clashes erupted after…", "The strike came as…", "The raid on the village of X, near Y, began
 * late on Wednesday"; so is it named by what it was, "The violence erupted at al-Khilani Square"), and
 * its pronoun after "during" ("دار اشتباك،
 * أصيب خلاله مقاتل", "a firefight, during which a fighter was hurt"), and by the day that owns it
 * ("the 40 people wounded in Sunday's blast": the blast told, the victims it had), or by where it
 * was ("خلال اشتباكات قرية X").
 */
/**
 * "خلال اشتباكات قرية الحاج علي", "في هجوم بلدة كذا": the event told before, named by where it was
 * (the construct state makes it as definite as "الاشتباكات"), in matching form.
 */
const EVENT_OF_PLACE_AR = `(?<![\\p{L}])(?:${['خلال', 'أثناء', 'في', 'جراء', 'إثر'].map(normalizeForMatch).join('|')})\\s+(?:${DEFINITE_EVENTS_AR.filter(
  (w) => w.startsWith('ال'),
)
  .map((w) => normalizeForMatch(w.slice(2)))
  .join(
    '|',
  )})\\s+(?:${['قرية', 'بلدة', 'مدينة', 'منطقة', 'حي', 'ناحية', 'قضاء'].map(normalizeForMatch).join('|')})(?![\\p{L}])`;
/** "Sunday's", "yesterday's" (in matching form, the apostrophe a space): the day that owns an event named before. */
const DAY_OWNED_EN = '(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|yesterday) ?s';
export const REFERS_BACK = new RegExp(
  `(?<![\\p{L}])(?:${['خلاله', 'أثناءه', 'خلالهما', 'خلالها', 'أثناءها', 'أثناء ذلك', 'خلال ذلك'].map(normalizeForMatch).join('|')})(?![\\p{L}])|during which|(?<![\\p{L}])(?:${['خلال', 'في', 'أثناء', 'جراء', 'بسبب', 'اثر', 'إثر', 'حصيلة'].map(normalizeForMatch).join('|')})\\s+(?:${DEFINITE_EVENTS_AR.map(normalizeForMatch).join('|')})(?![\\p{L}])|(?<![\\p{L}])(?:(?:in|during) the|toll (?:of|from) the) (?:${DEFINITE_EVENTS_EN})(?![\\p{L}])|${EVENT_OF_PLACE_AR}|(?<![\\p{L}])(?:in|during) ${DAY_OWNED_EN} (?:[\\p{L}-]+ ){0,2}?(?:${DEFINITE_EVENTS_EN})(?![\\p{L}])|${CLAUSE_HEAD}the (?:${DEFINITE_EVENTS_EN}|violence|shooting|unrest)(?: (?:on|in|at|against|near) [^.;]{1,60}?)? (?:erupted|broke out|began|started|came|took place|happened|occurred|lasted)(?![\\p{L}])`,
  'u',
);
/**
 * "وقد وثقت الشبكة مقتل 6 أشخاص جراء الغارة.", "documented 6 deaths in the shelling.": the event told
 * before, named bare, with nothing after the noun to make it another (no side, place or span: "جراء
 * القصف الروسي على المحافظة" may be a campaign's), so a documented count of it is that event's toll.
 */
export const EVENT_BACK_BARE = new RegExp(
  `(?<![\\p{L}])(?:${['في', 'جراء', 'بسبب', 'اثر', 'إثر'].map(normalizeForMatch).join('|')})\\s+(?:${DEFINITE_EVENTS_AR.map(normalizeForMatch).join('|')})\\s*(?:[،,.؛]|$)|(?<![\\p{L}])(?:in|during|from) the (?:${DEFINITE_EVENTS_EN})\\s*(?:[,.;]|$)`,
  'u',
);
/**
 * "وأسفر القصف عن…", "إن الغارة طالت…", "said the strikes hit…": the event told before, by its definite
 * name, as the subject of what it did; so is what it caused, "also" or not ("أن الانفجار أدى أيضاً إلى
 * إصابة ثلاثة", "the blast also left three wounded"): more of that event, not one of its own.
 */
export const SUBJECT_BACK = new RegExp(
  `(?<![\\p{L}])(?:${['أسفر', 'وأسفر', 'أسفرت', 'وأسفرت', 'طال', 'وطال', 'طالت', 'وطالت'].map(normalizeForMatch).join('|')})\\s+(?:${['الهجوم', 'القصف', 'الغارة', 'الغارات', 'الانفجار', 'التفجير', 'الضربة', 'الضربات'].map(normalizeForMatch).join('|')})(?![\\p{L}])|(?<![\\p{L}])(?:${['الهجوم', 'القصف', 'الغارة', 'الغارات', 'الانفجار', 'التفجير', 'الضربة', 'الضربات'].map(normalizeForMatch).join('|')})\\s+(?:${normalizeForMatch('أيضاً')}\\s+)?(?:${['طال', 'طالت', 'استهدف', 'استهدفت', 'أصاب', 'أصابت', 'ضرب', 'ضربت', 'أدى', 'أدت', 'تسبب', 'تسببت', 'خلف', 'خلفت'].map(normalizeForMatch).join('|')})(?![\\p{L}])|(?<![\\p{L}])the (?:attack|strikes?|airstrikes?|air strikes?|blast|explosion|bombing|shelling|raid|ambush) (?:also )?(?:hit|struck|targeted|caused|destroyed|damaged|left)(?![\\p{L}])`,
  'u',
);
/** "شنت طائرات روسية غارات … عقب الهجوم", "in retaliation for the attack": a later event, its own. */
export const FOLLOWS = new RegExp(
  `(?<![\\p{L}])(?:${['عقب الهجوم', 'بعد الهجوم', ...RETALIATION_AR.map((w) => `${w} الهجوم`), 'عقب الكمين', 'بعد الكمين'].map(normalizeForMatch).join('|')}|(?:after|following|(?:${RETALIATION_EN.join('|')}) (?:for|to)) the (?:attack|ambush|bombing))(?![\\p{L}])`,
  'u',
);
export const SIMILAR = new RegExp(
  `(?<![\\p{L}])(?:${['مماثل', 'مماثلة', 'مماثلا'].map(normalizeForMatch).join('|')}|similar)(?![\\p{L}])`,
  'u',
);
/** The casualties a toll counts, named as a number of them: "the number of wounded", "عدد الجرحى". */
const NUMBER_OF = '(?:number of (?:the )?(?:dead|killed|wounded|injured|casualties|victims))';
/** The word for a toll: "death toll", "put the toll at", "the number of wounded", "الحصيلة", "عدد القتلى". */
export const TOLL_WORD = new RegExp(
  `(?<![\\p{L}])(?:(?:death )?toll|${NUMBER_OF}|${['حصيلة', 'الحصيلة', 'حصيلة القتلى', 'عدد القتلى', 'عدد الضحايا', 'عدد الجرحى', 'عدد المصابين'].map(normalizeForMatch).join('|')})(?![\\p{L}])`,
  'u',
);
/**
 * "SANA put the death toll at eight, saying a 'terrorist attack' had…", "another official put the
 * number of wounded at 27", "put the toll from the market blast at 11": another source's toll of the
 * event just told (named by "the", as told before); its own account of what happened ("saying an
 * attack…") makes it no new event.
 */
export const TOLL_GIVEN = new RegExp(
  `(?<![\\p{L}])(?:put|puts|putting|placed|gave|gives) the (?:(?:death )?toll|${NUMBER_OF})(?: (?:from|of|in) the (?:[\\p{L}-]+ ){0,2}?(?:${DEFINITE_EVENTS_EN}))? at(?![\\p{L}])`,
  'u',
);
/**
 * "وأسفرت التفجيرات الثلاثة السابقة عن مقتل 11", "the three previous bombings killed 11": earlier events
 * of the kind, summed — a total, not the event of the news.
 */
export const EARLIER_EVENTS = new RegExp(
  `(?<![\\p{L}])(?:${['الهجمات', 'التفجيرات', 'الانفجارات', 'الغارات', 'العمليات', 'الاعتداءات', 'الهجمات المماثلة'].map(normalizeForMatch).join('|')})(?:\\s+[\\p{L}\\p{N}]+)?\\s+${normalizeForMatch('السابقة')}(?![\\p{L}])|(?<![\\p{L}])(?:the|its|their)\\s+(?:[\\p{L}\\p{N}]+\\s+)?(?:previous|earlier|prior)\\s+(?:[\\p{L}\\p{N}]+\\s+)?(?:attacks|bombings|blasts|explosions|strikes|raids)(?![\\p{L}])`,
  'u',
);
/**
 * "دورية للشرطة طاردت المهاجمين … ما أسفر عن مقتل أحدهما", "police chased the gunmen and killed one",
 * "قوة من الجيش اشتبكت مع المهاجمين وقتلت اثنين منهم": the pursuit of (or fight with) the event's attackers: what follows in the sentence is more of that event.
 * The verb may carry its conjunction ("تصدوا للهجوم واشتبكوا مع المهاجمين", "held the post and fought off the attackers").
 */
export const PURSUIT = new RegExp(
  `(?<![\\p{L}])[وف]?(?:${['طارد', 'طاردت', 'لاحق', 'لاحقت', 'ملاحقة', 'مطاردة', 'اشتبكت مع', 'اشتبك مع', 'اشتبكوا مع', 'تصدت', 'تصدى', 'تصدوا'].map(normalizeForMatch).join('|')})\\s+(?:${['المهاجمين', 'للمهاجمين', 'المسلحين', 'للمسلحين', 'الجناة', 'المنفذين', 'القتلة'].map(normalizeForMatch).join('|')})(?![\\p{L}])|(?:chased|pursued|tracked down|gave chase to|clashed with|engaged|exchanged fire with|fought off|repelled) the (?:attackers|gunmen|assailants|perpetrators|killers)(?![\\p{L}])`,
  'u',
);
// cheap screens before the patterns below: most clauses have none of these words
export const CLAIM_WORDS = [
  normalizeForMatch('تبن'),
  normalizeForMatch('مسؤوليت'),
  'claimed',
  'responsibility',
];
export const PURSUIT_WORDS = [
  normalizeForMatch('طارد'),
  normalizeForMatch('لاحق'),
  normalizeForMatch('اشتبك'),
  normalizeForMatch('تصد'),
  'chase',
  'pursued',
  'tracked',
  'clashed',
  'engaged',
  'exchanged',
  'fought',
  'repelled',
];
/**
 * A claim of responsibility: positive only (a denied or missing claim is background, `CONTEXT`); the
 * claimant and its channel may stand between the verb and the responsibility ("وأعلن تنظيم داعش، عبر
 * وكالة أعماق، مسؤوليته عن التفجير"); not where the teller says whose it was ("أعلنت الوزارة أن داعش
 * يتحمل مسؤوليته"): blame told, no claim.
 */
export const CLAIM = new RegExp(
  `(?<![\\p{L}])(?:${['تبنى', 'وتبنى', 'تبنت', 'وتبنت'].map(normalizeForMatch).join('|')}|${normalizeForMatch('و?أعلنت?')}(?:(?!\\s${normalizeForMatch('أن')}\\s)[^.]){0,80}?\\s(?:${['مسؤوليته', 'مسؤوليتها'].map(normalizeForMatch).join('|')})|claimed (?:responsibility|(?:the|both) (?:attack|bombing|blast|ambush|killing)s?)|has claimed|took responsibility)(?![\\p{L}])`,
  'u',
);
/** Another source's words: "told AFP that", "a source said", "وقال مصدر إن", "وذكر مصدر أن", "بحسب مصدر". */
export const SOURCED = new RegExp(
  `(?<![\\p{L}])(?:(?:said|told [\\p{L}]+|according to)(?![\\p{L}])|${['قال', 'وقال', 'قالت', 'وقالت', 'ذكر', 'وذكر', 'ذكرت', 'وذكرت', 'أفاد', 'وأفاد', 'أفادت', 'وأفادت', 'بحسب', 'وفق', 'وفقا'].map(normalizeForMatch).join('|')}(?![\\p{L}]))`,
  'u',
);
