// Who carried out an event and who was hit, read from the words around each actor a clause names
// (actor-table.ts knows the actors and finds them).
import { airPowerAt } from './air-power.js';
import { borderAt } from './border-of.js';
import { noSideAt, objectPersonAfter, ownBombIn, suspectedAt } from './actor-context.js';
import { earlierFightingAt } from './earlier-fighting.js';
import { formerMemberAt } from './former-member.js';
import { holdsPlaceAt } from './held-place.js';
import { tookPlaceAt } from '../dates/place-history-date.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { actsAfter } from './doer-verbs.js';
import { mannedBefore, ownedBefore, postAfter } from './force-posts.js';
import { hedgedVictimBefore } from './hedged-victims.js';
import { nameBounds } from './quoted-names.js';
import { returnsFireAfter } from './return-fire.js';
import { unknownPlanterAt } from './unknown-planter.js';
import { deadWereBefore } from './victims-were.js';
import type { MatchView } from '../reading/view.js';
import { NON_STATE, type ActorId, type ActorMention } from './actor-table.js';
import { FIGHT_NOUNS_AR, FIGHT_NOUNS_EN } from '../attackers/fight-nouns.js';

const f = normalizeForMatch;

/** Words right before an actor that make it the one attacked: "مقتل ثلاثة من الحشد", "هجوم على الشرطة", "targeting police". */
const VICTIM_WORDS = [
  'near',
  // "its driver, a former police officer": a former member is the one hit, not the force
  'former',
  'retired',
  'hit',
  'hitting',
  'دورية',
  'رتل',
  'عجلة',
  'آلية',
  'موقع',
  'موقعا',
  'مواقع',
  'مراكز',
  'نقاط',
  // front lines: "خطوط التماس مع قوات النظام" — the side shelled across them
  'التماس مع',
  'تماس مع',
  'حاجز',
  'حاجزا',
  'نقطة',
  'مقر',
  'ثكنة',
  'patrol',
  'convoy',
  'vehicle',
  'post',
  'checkpoint',
  'base',
  'position',
  'positions',
  'من',
  'من مقاتلي',
  'من عناصر',
  'من منتسبي',
  'مقاتلي',
  'عناصر',
  'منتسبي',
  'على',
  'ضد',
  'استهدف',
  'استهدفت',
  'لقوات',
  'of',
  'on',
  'against',
  'targeting',
  'targeted',
  'attacked',
  'ambushed',
];
/** A word naming the kind of force may stand between: "على مواقع تنظيم قسد", "positions of the forces of". */
const FORCE_WORD = `(?:${['تنظيم', 'قوات', 'مسلحي', 'عناصر', 'ميليشيا', 'فصائل'].map(f).join('|')})`;
/** What may describe the position between: "نقطة ثانية للحشد", "نقطة مرابطة للجيش", "a second post of". */
const POSITION_WORD = `(?:${['ثانية', 'ثان', 'ثالثة', 'أخرى', 'آخر', 'تفتيش', 'مرابطة', 'عسكرية', 'أمنية', 'متقدمة'].map(f).join('|')})`;
const VICTIM_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${VICTIM_WORDS.map(f).join('|')})(?:\\s+${POSITION_WORD})?(?:\\s+(?:the|an|a))?(?:\\s+${FORCE_WORD})?\\s*["«“]?\\s*$`,
  'u',
);
/** "على مواقع الجيش وقوات قسد": a name joined by "و"/"and" to the one attacked was attacked too. */
const JOINED_BEFORE = new RegExp(
  `^\\s*(?:و|and\\s+(?:the\\s+)?)${FORCE_WORD}?\\s*(?:${FORCE_WORD}\\s*)?["«“]?\\s*$`,
  'u',
);
/** Right after a count: "أصيب أربعة جنود", "killed two fighters of the SDF". */
const COUNTED_BEFORE = /(?:^|[^\p{L}])(?:\d+|[\p{L}]+)\s+(?:(?:من|of|of the)\s+)?$/u;
/** "أصيب اثنان بهجوم لداعش", "two were hurt in an attack by ISIS": the count is of the victims, the group is not counted. */
const NOT_COUNTED_BETWEEN =
  /(?:^|\s)(?:ب\p{L}+|في|علي|اثر|جراء|خلال|in|by|at|with|after|when|during|on)(?=\s)/u;
/** "بدعم من قوات التحالف", "backed by the coalition": a partner, not a victim. */
const SUPPORT_BEFORE = new RegExp(
  `(?:${['بدعم', 'بدعم من', 'باسناد', 'بإسناد من', 'بمساندة', 'بمشاركة', 'support from', 'backed by', 'supported by', 'with'].map(f).join('|')})\\s*(?:من)?\\s*$`,
  'u',
);
/** "أحد كبار الممولين لداعش", "an ISIS commander": a member of the group was the one hit. */
const MEMBER_WORDS = [
  'مقتل',
  // "ما أدى إلى استشهاد الشرطي": the martyr named by his force is one of it, hit
  'استشهاد',
  'مصرع',
  'إصابة',
  'قتل',
  'أصيب',
  'استهداف',
  'اغتيال',
  'اعتقال',
  'القبض على',
  'killed',
  'killing',
  'wounded',
  'wounding',
  'injured',
  'targeted',
  'targeting',
  'الممولين',
  'ممول',
  'ممولي',
  'قيادي',
  // "سيارة القيادي في قسد": the commander, named with the article, is a member hit
  'القيادي',
  'قياديا',
  // pursued: "لملاحقة فلول التنظيم", "hunting ISIS cells"
  'ملاحقة',
  'لملاحقة',
  'مطاردة',
  'لمطاردة',
  'تعقب',
  'hunting',
  'hunt for',
  'pursuing',
  'pursuit of',
  // fought: "strikes by the coalition fighting the Islamic State group", "القوات التي تقاتل التنظيم"
  'fighting',
  'battling',
  'تقاتل',
  'يقاتل',
  'تحارب',
  'يحارب',
  'ضابط',
  'ضابطا',
  'ضباط',
  'منتسب',
  'منتسبا',
  'منتسبين',
  'منتسبون',
  'منتسبان',
  'عنصرين',
  'عنصران',
  'مقاتلان',
  'مقاتلين',
  'عنصر',
  'عنصرا',
  'officer',
  'officers',
  'قياديين',
  'أمير',
  'والي',
  'مسؤول',
  'قادة',
  'leader of',
  'commander of',
  'member of',
  'members of',
  'financier of',
  'militants of',
  'fighters of',
  // members as the object of the blow or of the car hit: "استهدفت عناصر من حزب العمال", "تقل عناصر من"
  'استهدفت عناصر',
  'استهدف عناصر',
  'استهدفت مقاتلي',
  'استهدف مقاتلي',
  'تقل عناصر',
  'تقل مقاتلين',
  'تقل مقاتلي',
];
/** "عنصران من خلايا تنظيم داعش": the cells or remnants of a group, named between the members and the group. */
const CELLS = `(?:${['خلايا', 'فلول', 'بقايا', 'عصابات'].map(f).join('|')})`;
const MEMBER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${MEMBER_WORDS.map(f).join('|')})\\s*(?:في|فيها|فيه|خلالها|ب|من|in|a|an|the|two|three|several|dozens of|scores of|hundreds of|${f('عشرات من')}|${f('عشرات')})?\\s*(?:senior|top|prominent|leading|local|key|high ranking)?\\s*(?:[\\p{L}]+\\s+(?:led|backed)\\s+)?(?:${CELLS}\\s+)?(?:${f('تنظيم')}\\s*)?["«“]?\\s*$`,
  'u',
);

// an adverb may stand between the teller and its verb: "police initially put the toll at eight", "police later said";
// the source's town may be told in apposition: "a police source in Kirkuk, the province's capital, said"
const REPORTER_AFTER = new RegExp(
  `^\\s*(?:(?:[\\p{L}]+ly|later|earlier|first|then)\\s+)?(?:(?:sources?|officers?|officials?|spokesm[ae]n|spokesperson|commanders?|chief|command)\\s+(?:(?:in|of|at|from)\\s+(?:(?:[\\p{L}]+\\s+){1,3}?|(?:[\\p{L}]+\\s+){0,2}?[\\p{L}]+,\\s+the\\s+[^,.;]{1,48},\\s+))?)?(?:and\\s+(?:an?\\s+|the\\s+)?(?:[\\p{L}]+\\s+){0,2}?(?:sources?|officials?|officers?|residents|witnesses|monitors?|activists|rescuers|medics|paramedics|observatory)\\s+)?(?:${['said', 'says', 'told', 'announced', 'reported', 'stated', 'officials said', 'spokesman', 'statement', 'put the (?:death )?toll', 'gave the (?:death )?toll', 'blamed', 'blames', 'accused', 'accuses'].join('|')})(?![\\p{L}])`,
  'u',
);
/**
 * "Turkey's defence ministry put the toll at seven and blamed…", "أعلنت وزارة الدفاع التركية": a
 * state's ministry or office tells, counts and blames; it is no side of the event it tells of.
 */
const OFFICE_AFTER =
  /^\s*s?\s+(?:[\p{L}]+\s+){0,2}?(?:ministry|ministries|office|spokesm[ae]n|spokesperson|media|authorities|news agency)(?![\p{L}])/u;
const OFFICE_BEFORE = new RegExp(
  `(?:${['وزارة', 'وزير', 'مكتب', 'متحدث باسم', 'المتحدث باسم', 'ministry of', 'spokesman for'].map(f).join('|')})\\s+(?:[\\p{L}]+\\s+){0,2}$`,
  'u',
);
/**
 * "its jets struck…", "طائراتها", "the coalition said its airstrikes killed…", "غاراتها": the teller
 * tells of its own forces' deed, so it is its doer.
 */
const OWN_FORCES = new RegExp(
  `(?<![\\p{L}])(?:(?:its|their) (?:jets|warplanes|drones|aircraft|forces|troops|artillery|army|air ?strikes|strikes)|${['طائراتها', 'قواتها', 'مسيراتها', 'مدفعيتها', 'جيشها', 'غاراتها', 'ضرباتها', 'غاراته', 'طائراته', 'ضرباته'].map(f).join('|')})(?![\\p{L}])`,
  'u',
);
const REPORTER_BEFORE = new RegExp(
  `(?:${['according to', 'مصدر في', 'مصدر من', 'مصادر في', 'مصادر من', 'بحسب', 'وفق', 'وفقا ل', 'نقلا عن', 'قيادة', 'بيان', 'a spokesman for', 'spokesperson for', 'according to a', 'according to an', 'أعلن', 'أعلنت', 'أفاد', 'أفادت', 'قال', 'قالت', 'ذكر', 'ذكرت', 'أكد', 'أكدت', 'اتهم', 'اتهمت', 'حملت'].map(f).join('|')}|(?:${['أعلن', 'ذكر', 'أورد', 'نشر', 'نقل'].map(f).join('|')})(?:ت)?(?:ها|ه|هم))\\s*(?:the\\s+)?$`,
  'u',
);
/**
 * "قبل أن تصل قوات الجيش", "before police arrived", "عثرت الشرطة على جثة", "police found the body":
 * forces that came after it, not a side in it.
 */
const ARRIVING_BEFORE = new RegExp(
  `(?:${['تصل', 'وصلت', 'وصول', 'تدخلت', 'تدخل', 'تتدخل', 'يتدخل', 'حضرت', 'حضور', 'عثرت', 'عثر', 'عثروا', 'انتشلت', 'انتشل'].map(f).join('|')})\\s*(?:(?:${['قوة', 'قوات', 'دورية', 'مفرزة'].map(f).join('|')})\\s+(?:${f('من')}\\s+)?)?$`,
  'u',
);
const ARRIVING_AFTER =
  /^\s*(?:arrived|arriving|intervened|restored order|were deployed to restore|found|recovered|discovered)(?![\p{L}])/u;
/** "العبوة من مخلفات داعش", "left behind by ISIS": the group is long gone, not the doer of this event. */
const REMNANT_BEFORE = new RegExp(
  `(?:${['مخلفات', 'من مخلفات', 'left behind by', 'remnants of', 'leftover from', 'left over from'].map(f).join('|')})\\s*(?:تنظيم\\s*)?(?:the\\s+)?["«“]?\\s*$`,
  'u',
);

/**
 * Named in the story but no side in its event: who holds the place ("the town of al-Bab, held by
 * Turkish-backed factions", "الخاضعة لسيطرة قسد", its name in quotes or not) or is stationed in it
 * ("the airport, which hosts US-led coalition troops", "القاعدة التي تستضيف قوات التحالف"), whose intelligence guided a strike ("on
 * intelligence from the Counter-Terrorism Service"); whose kin are spoken of ("آلاف من عائلات عناصر
 * التنظيم", "families of IS members"): people near the group, not the group at work.
 */
const NO_SIDE_BEFORE = new RegExp(
  `(?:${['held by', 'controlled by', 'under the control of', 'hosts', 'hosting', 'houses', 'housing', 'تستضيف', 'يستضيف', 'تؤوي', 'يؤوي', 'areas of control of', 'مناطق سيطرة', 'مناطق نفوذ', 'برعاية', 'الخاضعة لسيطرة', 'الخاضعة ل', 'الواقعة تحت سيطرة', 'تحت سيطرة', 'intelligence from', 'information from', 'tip from', 'بمعلومات من', 'معلومات استخبارية من', 'بناء على معلومات من', 'تعاونه مع', 'تعاونها مع', 'تعاونهم مع', 'المتعاونين مع', 'متعاونين مع', 'collaborating with', 'collaboration with', 'cooperating with', 'cooperation with', 'بإقالة', 'إقالة', 'بمحاسبة', 'dismissal of', 'sacking of', 'resignation of', 'عائلات', 'أسر', 'ذوي', 'أقارب', 'families of', 'relatives of', 'wives of'].map(f).join('|')})\\s*(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}["«“]?\\s*$`,
  'u',
);
/** An accusation told before the force ("accusing them of passing information to security forces"): what the victims were said to serve. */
const ACCUSED_BEFORE = new RegExp(
  `(?:${['accusing', 'accused', 'charged with', 'بتهمة', 'بتهم', 'اتهام', 'متهمين', 'بحجة'].map(f).join('|')})[^.،,;]{0,60}$`,
  'u',
);
/**
 * "Turkish-backed factions", "a Russian-backed offensive": the backer qualifies who acts, it is no
 * side of its own; nor is the holder of a place ("the Turkish-held town", "a regime-controlled area").
 */
const BACKER_AFTER = /^\s*-?\s*(?:backed|held|controlled|run)(?![\p{L}])/u;
/** "Security forces repelled an attack", "تصدت القوة للهجوم": the force was the one attacked. */
const REPELLED_AFTER = new RegExp(
  `^\\s*(?:(?:had|have|has)\\s+)?(?:${['repelled', 'repulsed', 'fought off', 'foiled', 'thwarted', 'تصدت', 'صدت', 'أحبطت'].map(f).join('|')})(?![\\p{L}])`,
  'u',
);
/** "بقصف مدفعي مصدره مواقع قوات النظام", "fired from regime positions": where the fire came from is the doer. */
const FIRED_FROM_BEFORE = new RegExp(
  `(?:${['مصدره', 'مصدرها', 'fired from', 'launched from'].map(f).join('|')})\\s*(?:${['مواقع', 'نقاط', 'positions of'].map(f).join('|')})?\\s*(?:${FORCE_WORD})?\\s*$`,
  'u',
);

/** "كان إرهابيو داعش يختبئون فيه", "an ISIS hideout": the group was where the blow fell. */
const HIDING_AFTER = new RegExp(
  `^\\s*(?:${['يختبئون', 'يختبئ', 'يتحصنون', 'يتخذونه', 'يستخدمونه', 'hideout', 'hideouts', 'were hiding', 'was hiding', 'used as a hideout'].map(f).join('|')})(?![\\p{L}])`,
  'u',
);
// "داهمت وكراً لعصابات داعش": the accusative, and the cells or gangs of the group, may stand between;
// "غارات على مواقع يتحصن فيها عناصر تنظيم داعش": where the group is entrenched is a place it holds;
// so is where its men are: "منزلاً يتحصن فيه قياديون في تنظيم داعش"
const HIDING_BEFORE = new RegExp(
  `(?:${['وكر', 'وكرا', 'أوكار', 'مخبأ', 'مخبأا', 'مخابئ', 'مضافة', 'مضافات', 'يتحصن فيها', 'يتحصن فيه', 'يتحصنون فيها', 'يختبئ فيها', 'يختبئون فيها', 'hideout of', 'hideouts of', 'den of'].map(f).join('|')})\\s*(?:ل|لـ|the\\s+)?(?:${CELLS}\\s+)?(?:${f('عناصر')}\\s+)?(?:(?:${['قياديون', 'قياديين', 'قادة', 'عناصر', 'مسلحون', 'مسلحين'].map(f).join('|')})\\s+(?:${['في', 'من'].map(f).join('|')})\\s+)?(?:${f('تنظيم')}\\s+)?$`,
  'u',
);
/** "ضربة استهدفت تجمعا لعناصر تنظيم داعش", "a gathering of IS militants": the group was where the blow fell. */
const GATHERING_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${['تجمع', 'تجمعا', 'تجمعات', 'gathering of', 'gatherings of', 'meeting of'].map(f).join('|')})\\s*(?:ل|لـ)?\\s*(?:(?:${['عناصر', 'مسلحي', 'مقاتلي', 'قادة', 'militants', 'fighters', 'members', 'leaders'].map(f).join('|')})\\s+(?:of\\s+)?)?(?:the\\s+)?(?:${FORCE_WORD}\\s*)?["«“]?\\s*$`,
  'u',
);
/** A cheap screen first: most mentions have no word for a gathering before them. */
function gatheringBefore(text: string): boolean {
  return GATHERING_WORDS.some((w) => text.includes(w)) && GATHERING_BEFORE.test(text);
}
const GATHERING_WORDS = [f('تجمع'), 'gathering', 'meeting'];
/** "بقصف صاروخي من قوات النظام", "برصاص من قبل الشرطة": fire from a force is the force's own. */
const FIRE_FROM_BEFORE = new RegExp(
  `(?<![\\p{L}])[وف]?(?:ب|بال|ال)?(?:${['قصف', 'قذائف', 'صواريخ', 'رصاص', 'نيران', 'غارة', 'غارات', 'هجوم'].map(f).join('|')})(?:\\s+[\\p{L}]+)?\\s+${f('من')}\\s+(?:${f('قبل')}\\s+)?(?:${FORCE_WORD}\\s*)?$`,
  'u',
);
/** "قوة من مديرية شؤون المخدرات", "a force from the counter-terrorism service": the force of that body acts. */
const FORCE_FROM_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${['قوة', 'مفرزة', 'وحدة'].map(f).join('|')})\\s+(?:[\\p{L}]+\\s+)?${f('من')}\\s*$|(?<![\\p{L}])an? (?:force|unit|team) (?:of|from) (?:the )?$`,
  'u',
);
/** "مسلحين من فصيل محلي", "gunmen from a local tribe": gunmen the article names as a group's are not unknown. */
const OF_GROUP_AFTER = new RegExp(
  `^\\s*(?:${['من فصيل', 'من عشيرة', 'من أبناء', 'من مجموعة', 'ينتمون إلى فصيل', 'ينتمون لعشيرة'].map(f).join('|')}|(?:from|of) (?:a|the) (?:local )?(?:faction|tribe|clan|group))(?![\\p{L}])`,
  'u',
);
/**
 * "الفصائل المسلحة الموالية لها", "factions loyal to Ankara": factions named by the patron they serve
 * fight on its side; they are not the Iran-backed factions the bare name means, unless Iran is the patron.
 */
const LOYAL_TO_OTHER_AFTER = new RegExp(
  `^\\s*(?:${['الموالية', 'الموالين', 'الموالي', 'المدعومة من', 'التابعة'].map(f).join('|')})\\s+(?!${f('لإيران')}|${f('إيران')})|^\\s*(?:loyal to|backed by|allied (?:to|with))\\s+(?!iran)`,
  'u',
);
/**
 * "اشتباكات بين عناصر قسد ومسلحين", "clashes between SDF fighters and…": the one named after "between"
 * fought; a side of the clash, not the one hit.
 */
const CLASH_BETWEEN_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${FIGHT_NOUNS_AR.map(f).join('|')}|${FIGHT_NOUNS_EN})\\s+(?:(?:مسلحة|عنيفة|heavy|fierce|armed)\\s+)?(?:${f('بين')}|between)\\s+(?:(?:${['عناصر', 'مقاتلي', 'مسلحي'].map(f).join('|')})\\s+)?(?:the\\s+)?(?:${FORCE_WORD}\\s*)?["«“]?\\s*$`,
  'u',
);
/** "مسلحين يشتبه في أنهم من داعش", "يرجح أنها للنظام", "suspected IS gunmen": the article does not say for sure. */
const SUSPECTED_BEFORE = new RegExp(
  `(?:${['يشتبه في أنهم', 'يشتبه بأنهم', 'يشتبه في أنه', 'يشتبه بانتمائهم', 'يشتبه بانتمائهم إلى', 'يرجح انتماؤهم', 'يرجح انتماءهم', 'يرجح انتمائهم', 'يرجح انتماؤه', 'يعتقد انتماؤهم', 'يرجح أنهم ينتمون', 'يعتقد أنهم ينتمون', 'يشتبه', 'المشتبه', 'مشتبه', 'يرجح أنها', 'يرجح أنه', 'يرجح أنهم', 'يعتقد أنهم', 'يعتقد أنها', 'يعتقد أنه', 'suspected of being', 'suspected to be', 'suspected of belonging to', 'suspected of links to', 'believed to belong to', 'suspected', 'believed to be', 'likely'].map(f).join('|')})\\s*(?:(?:من|إلى|ل|لـ|the|an?|of)\\s*)?(?:[\\p{L}]+\\s+){0,1}$`,
  'u',
);

const DEFUSED_AFTER = new RegExp(
  `^\\s*(?:${['فككت', 'فكك', 'أبطلت', 'أبطل'].map(f).join('|')}|defused|dismantled|cleared)(?![\\p{L}])`,
  'u',
);

/** "A police officer was killed", "two soldiers were wounded": the force named is the one hit. */
const HIT_AFTER =
  /^\s*(?:officers?|members?|personnel|men|man|patrol|conscripts?)?\s*(?:was|were|had been|have been|has been)\s+(?:killed|wounded|injured|hurt|shot|kidnapped|abducted)(?![\p{L}])/u;

/** A noun in the accusative right after ("مزارعا", "شخصا"), not a plural verb ("كانوا"). */
const ACCUSATIVE_AFTER = /^\s*[\p{L}]{2,}(?<!و)ا(?![\p{L}])/u;
const JOINT = new RegExp(
  `(?:joint (?:raid|operation|strike|attack|ambush)|${['عملية مشتركة', 'عمليات مشتركة', 'مداهمة مشتركة'].map(f).join('|')})`,
  'u',
);

const TIME_COUNT = new RegExp(
  `(?<![\\p{L}])(?:${['يوم', 'يوما', 'أيام', 'يومين', 'ساعة', 'ساعات', 'أسبوع', 'أسابيع', 'شهر', 'أشهر'].map(f).join('|')}|days?|hours?|weeks?|months?)(?![\\p{L}])`,
  'u',
);
const TIME_AFTER = new RegExp(`^\\s*${TIME_COUNT.source}`, 'u');
const TIME_BEFORE = new RegExp(`${TIME_COUNT.source}\\s*$`, 'u');
const AIRCRAFT = new RegExp(
  `(?:${['طائرة', 'طائرات', 'طيران', 'الطيران', 'مسيرة', 'غارات', 'غارة', 'قصف', 'drone', 'drones', 'warplanes', 'jets', 'aircraft', 'helicopters', 'shelling'].map(f).join('|')})`,
  'u',
);

/** Splits the actors of a clause into who did it and who was attacked; `suspected` are those the article only suspects. */
export function actorRoles(
  view: MatchView,
  mentions: readonly ActorMention[],
  counts: readonly { start: number; end: number }[] = [],
): { actors: ActorId[]; targets: ActorId[]; suspected: ActorId[] } {
  const actors: ActorId[] = [];
  const targets: ActorId[] = [];
  const suspected: ActorId[] = [];
  for (const [k, named] of mentions.entries()) {
    const m = { ...named, ...nameBounds(view.text, named.start, named.end) };
    const before = view.text.slice(Math.max(0, m.start - 16), m.start);
    // "the Kurdish-led Syrian Democratic Forces (SDF)": one force named twice, in the role it had
    const again = mentions[k - 1];
    if (again?.id === m.id && /^[\s()"«»“”-]*$/u.test(view.text.slice(again.end, named.start))) continue;
    if (
      noSideAt(view.text, m.start, m.end) ||
      formerMemberAt(view.text, m.start) ||
      earlierFightingAt(view.text, m.start) ||
      holdsPlaceAt(view.text, m.start, m.end) ||
      // "الحي الذي حررته القوات الأمنية الأسبوع الماضي": who took the place earlier
      tookPlaceAt(view.text, m.start, m.end) ||
      NO_SIDE_BEFORE.test(view.text.slice(Math.max(0, m.start - 48), m.start)) ||
      ACCUSED_BEFORE.test(view.text.slice(Math.max(0, m.start - 80), m.start)) ||
      BACKER_AFTER.test(view.text.slice(m.end, m.end + 12)) ||
      (m.id === 'unknown_gunmen' && OF_GROUP_AFTER.test(view.text.slice(m.end, m.end + 32))) ||
      (m.id === 'unknown_gunmen' && unknownPlanterAt(view.text, m.start, m.end)) ||
      (m.id === 'iran_backed_militias' && LOYAL_TO_OTHER_AFTER.test(view.text.slice(m.end, m.end + 24)))
    )
      continue;
    // "Turkey's defence ministry blamed…": an office tells, unless of its own forces' deed
    if (
      (OFFICE_AFTER.test(view.text.slice(m.end, m.end + 40)) ||
        OFFICE_BEFORE.test(view.text.slice(Math.max(0, m.start - 32), m.start))) &&
      !OWN_FORCES.test(view.text)
    )
      continue;
    if (REPELLED_AFTER.test(view.text.slice(m.end, m.end + 24)) || returnsFireAfter(view.text, m.end)) {
      if (!targets.includes(m.id)) targets.push(m.id);
      continue;
    }
    if (
      CLASH_BETWEEN_BEFORE.test(view.text.slice(Math.max(0, m.start - 40), m.start)) ||
      FIRED_FROM_BEFORE.test(view.text.slice(Math.max(0, m.start - 40), m.start)) ||
      FIRE_FROM_BEFORE.test(view.text.slice(Math.max(0, m.start - 32), m.start)) ||
      (FORCE_FROM_BEFORE.test(view.text.slice(Math.max(0, m.start - 24), m.start)) &&
        // "قبل أن تتدخل قوة من الشرطة": a force that came after it is no side (below)
        !ARRIVING_BEFORE.test(view.text.slice(Math.max(0, m.start - 32), m.start)))
    ) {
      if (!actors.includes(m.id)) actors.push(m.id);
      continue;
    }
    // "على بعد 15 كيلومتراً من الحدود التركية": where a place lies, no side (border-of.ts)
    if (borderAt(view.text, m.start, m.end)) continue;
    if (
      (SUSPECTED_BEFORE.test(view.text.slice(Math.max(0, m.start - 40), m.start)) ||
        suspectedAt(view.text, m.start)) &&
      !suspected.includes(m.id)
    )
      suspected.push(m.id);
    // "أشار إلى أن القوات الأمنية فككت نحو 25 عبوة": who defused bombs is no side of the blast told
    if (DEFUSED_AFTER.test(view.text.slice(m.end, m.end + 16))) continue;
    if (
      HIDING_AFTER.test(view.text.slice(m.end, m.end + 24)) ||
      HIDING_BEFORE.test(view.text.slice(Math.max(0, m.start - 40), m.start)) ||
      gatheringBefore(view.text.slice(Math.max(0, m.start - 40), m.start))
    ) {
      if (!targets.includes(m.id)) targets.push(m.id);
      continue;
    }
    // "استهداف طائرة تركية سيارة…", "a Turkish drone": an aircraft named by its country is the one striking
    if (AIRCRAFT.test(view.text.slice(m.start, m.end))) {
      if (!actors.includes(m.id)) actors.push(m.id);
      continue;
    }
    // "police said", "مصدر في الشرطة", "according to the army": who tells the news, not who is in it —
    // unless it tells of "a joint raid", "عملية مشتركة": its own, with a partner; or of its own forces'
    // deed ("the coalition said its airstrikes killed…", "أعلن التحالف أن غاراته…")
    if (REPORTER_AFTER.test(view.text.slice(m.end, m.end + 96)) || REPORTER_BEFORE.test(before)) {
      const own = OWN_FORCES.test(view.text.slice(m.end, m.end + 48));
      if (((JOINT.test(view.text) && !NON_STATE.has(m.id)) || own) && !actors.includes(m.id))
        actors.push(m.id);
      continue;
    }
    if (ARRIVING_BEFORE.test(before) || ARRIVING_AFTER.test(view.text.slice(m.end, m.end + 32))) continue;
    if (REMNANT_BEFORE.test(view.text.slice(Math.max(0, m.start - 24), m.start))) continue;
    const counted = counts.some(
      (c) =>
        c.end <= m.start &&
        // "بعد يوم واحد من قصف مدفعي تركي": a count of days, not of the force's men
        !TIME_AFTER.test(view.text.slice(c.end, c.end + 10)) &&
        !TIME_BEFORE.test(view.text.slice(Math.max(0, c.start - 8), c.start)) &&
        COUNTED_BEFORE.test(view.text.slice(c.end - 1, m.start)) &&
        !NOT_COUNTED_BETWEEN.test(view.text.slice(c.end, m.start)) &&
        m.start - c.end <= 24,
    );
    const previous = mentions[k - 1];
    const joinedToTarget =
      previous !== undefined &&
      targets.includes(previous.id) &&
      JOINED_BEFORE.test(view.text.slice(nameBounds(view.text, previous.start, previous.end).end, m.start));
    // "قتل مسلحون مجهولون مزارعا": an object in the accusative after them, so they killed, not died
    const killedSomeone =
      m.id === 'unknown_gunmen' &&
      (ACCUSATIVE_AFTER.test(view.text.slice(m.end, m.end + 20)) || objectPersonAfter(view.text, m.end));
    const victim =
      !killedSomeone &&
      !actsAfter(view.text, m.end) &&
      (counted ||
        deadWereBefore(view.text, m.start) ||
        hedgedVictimBefore(view.text, m.start) ||
        postAfter(view.text, m.end) ||
        mannedBefore(view.text, m.start) ||
        ownedBefore(view.text, m.start) ||
        joinedToTarget ||
        MEMBER_BEFORE.test(view.text.slice(Math.max(0, m.start - 40), m.start)) ||
        HIT_AFTER.test(view.text.slice(m.end, m.end + 40)) ||
        (VICTIM_BEFORE.test(before) && !SUPPORT_BEFORE.test(before) && !NON_STATE.has(m.id)));
    // an armed group's men killed by their own bomb: the dead are its doers
    const role = victim && !(NON_STATE.has(m.id) && ownBombIn(view.text)) ? targets : actors;
    if (!role.includes(m.id)) role.push(m.id);
  }
  // a state whose aircraft the clause names ("Turkish drones", "طائرة مسيرة تركية") did the striking
  const airborne = mentions.find(
    (m) =>
      !NON_STATE.has(m.id) &&
      actors.includes(m.id) &&
      (AIRCRAFT.test(view.text.slice(m.start, m.end)) || airPowerAt(view.text, m.start, m.end)),
  );
  // the group named after the aircraft is what they struck; one named before may have done a deed
  // of its own the clause tells first ("IS attacked army posts, while Syrian jets bombed…")
  const struck = mentions.filter((m) => airborne && m.start > airborne.end && NON_STATE.has(m.id));
  if (airborne && struck.some((m) => actors.includes(m.id))) {
    // "Turkish drones struck PKK targets": an armed group has no warplanes, so the state whose
    // aircraft struck is the doer and the group named beside it what they struck
    const group = actors.filter((a) => NON_STATE.has(a));
    return { actors: actors.filter((a) => !NON_STATE.has(a)), targets: [...targets, ...group], suspected };
  }
  if (actors.some((a) => NON_STATE.has(a)) && !targets.some((t) => NON_STATE.has(t))) {
    // a named armed group is the perpetrator; state forces in the same clause are its target
    const state = actors.filter((a) => !NON_STATE.has(a));
    return { actors: actors.filter((a) => NON_STATE.has(a)), targets: [...targets, ...state], suspected };
  }
  return { actors, targets, suspected };
}
