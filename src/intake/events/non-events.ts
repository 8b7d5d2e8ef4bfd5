// Clauses that tell no violent event of the news, whatever their numbers or event words say.
import type { IncidentEvent } from '../../content/schema.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { standingDamage } from './standing-damage.js';
import { tellsMarksOnBody } from './marks-on-body.js';
import { describesPlace } from './place-described.js';
import { toldForOutcome } from './told-for-outcome.js';
import { AR_PREFIX } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { campaignBackground } from './campaign-onset.js';
import { tellsMineClearance } from './mine-clearance.js';
import { tellsDefusedDevice } from './defused-device.js';
import { tellsTrend } from './trend-told.js';
import { tellsLull } from './lull-told.js';
import { tellsMeasuresAfter } from './measures-after.js';
import { countsWeaponsOfBlow } from './weapons-of-told-blow.js';
import { tellsPreparation } from './preparations.js';
import { honoursTheHurt } from './honoured-hurt.js';
import { tellsCaptiveExchange } from './captive-exchange.js';
import { tellsGroupFinancing } from './group-financing.js';
import { tellsRiteAmidFire } from './rite-amid-fire.js';
import { tellsResourcesPlundered } from './resources-plundered.js';
import { tellsDealAgreed } from './deal-agreed.js';
import { tellsWarning } from './warning-told.js';
import { displacementDriven } from './displacement-driven.js';

const words = (ar: readonly string[], en: readonly string[]): RegExp =>
  new RegExp(
    `(?<!${L})${AR_PREFIX}(?:${ar.map(normalizeForMatch).join('|')})(?!${L})|(?<!${L})(?:${en.join('|')})(?!${L})`,
    'u',
  );

/**
 * A road accident ("حادث سير", "a collision between a car and a truck"): its dead are no conflict
 * casualties, and ACLED codes no event.
 */
const ACCIDENT_AR = [
  'حادث سير',
  'حادث مروري',
  'حادث مرور',
  'حوادث السير',
  'حادث اصطدام',
  'اصطدام سيارة',
  'انقلاب سيارة',
  'تصادم',
  'غرقا',
  'غرق',
  'صعقا كهربائيا',
  'صعق كهربائي',
];
const ACCIDENT_EN = [
  'traffic accident',
  'road accident',
  'car accident',
  'car crash',
  'road crash',
  'collision between',
  'head-on collision',
  'collided',
  'overturned',
  'drowned',
  'electrocuted',
];
const ACCIDENT = words(ACCIDENT_AR, ACCIDENT_EN);

/**
 * An accident told as what a quarrel was about ("shot dead in a dispute over a car accident", "قتل
 * إثر خلاف على حادث سير"): the shooting is the event, the accident only its motive.
 */
const QUARREL_AR = ['خلاف', 'نزاع', 'شجار', 'مشاجرة', 'مشادة'];
const OVER_AR = ['على', 'حول', 'بسبب', 'بشأن', 'إثر'];
const QUARREL_EN = ['dispute', 'quarrel', 'row', 'argument', 'feud', 'disagreement', 'fight'];
const ACCIDENT_AS_MOTIVE = words(
  [
    ...QUARREL_AR.flatMap((quarrel) =>
      OVER_AR.flatMap((over) => ACCIDENT_AR.map((accident) => `${quarrel} ${over} ${accident}`)),
    ),
    ...ACCIDENT_AR.map((accident) => `على خلفية ${accident}`),
  ],
  [`(?:${QUARREL_EN.join('|')})s? (?:over|about|after|following) (?:an? |the )?(?:${ACCIDENT_EN.join('|')})`],
);

/**
 * An anniversary of an attack ("أحيا الأهالي الذكرى الثالثة لتفجير…", "الذكرى السنوية العاشرة لقصف
 * البلدة", "marked the anniversary of a bombing that killed 30", "…of the shelling"), its ordinal
 * told in up to three words: the remembrance of an old event, not an event of the news (an attack
 * on a gathering marking some other anniversary is one).
 */
export const ANNIVERSARY = new RegExp(
  `(?<!${L})و?(?:${['الذكرى', 'ذكرى'].map(normalizeForMatch).join('|')})(?:\\s+[^\\s،,.]+){0,3}?\\s+(?:${['لتفجير', 'للتفجير', 'لهجوم', 'للهجوم', 'لمجزرة', 'للمجزرة', 'لمجازر', 'لانفجار', 'للانفجار', 'لمقتل', 'لقصف', 'للقصف', 'لاغتيال'].map(normalizeForMatch).join('|')})(?!${L})|(?<!${L})anniversary of (?:an?|the) (?:[\\p{L}\\d-]+ ){0,3}?(?:bombing|attack|massacre|blast|explosion|killing|shelling|gassing|assassination)s?(?!${L})`,
  'u',
);

/**
 * A fire ("اندلع حريق في مستودع", "a blaze at a market") with no word for an attack: an accident.
 */
const FIRE = words(['حريق', 'حرائق', 'الحريق'], ['fire broke out', 'blaze', 'fire at', 'fire in']);
/**
 * "وتمكنت فرق الإطفاء من إخماد النيران", "firefighters put out the blaze": the fires the event
 * told before set, put out after it — the rescue, not a fire of its own; the clause is read without it.
 */
const FIRE_PUT_OUT = new RegExp(
  `(?<!${L})${AR_PREFIX}(?:${['إخماد', 'أخمد', 'أخمدت', 'إطفاء', 'أطفأ', 'أطفأت'].map(normalizeForMatch).join('|')})\\s+(?:${['الحرائق', 'الحريق', 'النيران'].map(normalizeForMatch).join('|')})(?!${L})|(?<!${L})(?:put out|putting out|extinguish(?:ed|ing)?)\\s+the\\s+(?:fires?|blazes?|flames)(?!${L})`,
  'gu',
);

/**
 * A court's sentence ("حكماً بالإعدام بحق ثلاثة مدانين", "أصدرت محكمة أمن الدولة أحكاماً بالسجن",
 * "sentenced five men to death"): a ruling,
 * not a killing; the attack it judges is told, with its own date, where the article tells it.
 */
const SENTENCE = words(
  [
    'تنفيذ حكم',
    'تنفيذ أحكام',
    'حكم الإعدام',
    'حكم بالإعدام',
    'حكما بالإعدام',
    'أحكام بالإعدام',
    'أحكاما بالإعدام',
    'الحكم بالإعدام',
    'أحكام الإعدام',
    'المحكوم بالإعدام',
    'المحكومين بالإعدام',
    'حكمت المحكمة',
    'قضت المحكمة',
    'أصدرت المحكمة',
    'أصدرت محكمة',
    'حكما بالسجن',
    'أحكاما بالسجن',
    'أحكام بالسجن',
    'الحكم بالسجن',
    'بالسجن المؤبد',
  ],
  ['sentenced', 'sentencing', 'death sentences?', 'convicted'],
);

/** The convicted, named as persons ("ثلاثة مدانين", "المدانين الثلاثة", "المحكومين"). */
const CONVICTED = new RegExp(
  `(?<!${L})${AR_PREFIX}(?:${['مدانا', 'مدانين', 'المدانين', 'المحكومين'].map(normalizeForMatch).join('|')})(?!${L})`,
  'u',
);
/** "…، ما أسفر عن استشهاد تسعة", "وأدى إلى مقتل", "أودى بحياة": the toll a blow left. */
const BLOW_RESULT = new RegExp(
  `(?<!${L})(?:${['أسفر', 'أسفرت', 'أدى إلى', 'أدت إلى', 'أودى بحياة', 'أودت بحياة'].map(normalizeForMatch).join('|')})(?!${L})`,
  'u',
);

/**
 * The convicted named with no ruling: what they were convicted of or did in prison is no event; but
 * the court's findings telling their deed with the toll it left ("إن المدانين الثلاثة اعترفوا بتفخيخ
 * سيارة وتفجيرها … صباح يوم الجمعة التاسع عشر من حزيران 2009، ما أسفر عن استشهاد تسعة") tell the
 * old blow a court story retells, dated and counted there.
 */
const convictedOnly = (text: string, casualties: boolean): boolean =>
  CONVICTED.test(text) && !(casualties && BLOW_RESULT.test(text));

/**
 * What was planned or threatened, not done: "كانوا يخططون لاستهداف الطريق", "were planning to
 * attack" (beside clause.ts's threats).
 */
const PLANNED = words(
  ['يخطط', 'يخططون', 'تخطط', 'خططوا', 'يعتزمون', 'ينوون', 'محاولة لاستهداف'],
  ['planning to', 'plotting to', 'plotted to', 'planned to'],
);

/**
 * What may come if something goes on, not what happened: "if fighting around the city continues",
 * "في حال استمرار المعارك" (beside the plans above); so is what people fear may come back ("خشية
 * تجدد الاشتباكات", "for fear of renewed clashes") or what troops and elders act to forestall
 * ("انتشار أمني لمنع تجدد الاشتباك", "elders sought a truce to prevent revenge attacks").
 */
const CONDITIONAL = words(
  [
    'في حال استمرار',
    'في حال تجدد',
    'إذا استمر',
    'إذا استمرت',
    'اذا استمرت',
    'اذا استمر',
    'إذا تجددت',
    'خشية تجدد',
    'خوفا من تجدد',
    'خوفاً من تجدد',
    'تحسبا لتجدد',
    'لمنع تجدد',
    'منعا لتجدد',
    'لمنع توسع',
  ],
  [
    'for fear of (?:renewed|new|more|further)',
    'fearing (?:renewed|new|more|further)',
    'to prevent (?:renewed|new|more|further|fresh|revenge|retaliatory) (?:clashes|fighting|attacks|violence|killings)',
    'if (?:the )?(?:fighting|clashes|violence|attacks|shelling|strikes)(?: [\\p{L}-]+){0,6}? (?:continues?|goes on|persists?|escalates?|resumes?|spreads?)',
  ],
);

/**
 * "فيما نزحت أكثر من 1500 عائلة من البلدات التي شهدت الاشتباكات", "thousands of families have fled":
 * people leaving their homes, told with the fighting that drove them (named again, or in a relative
 * clause), no violent event of its own. Only the verb of fleeing with the families or people as its
 * subject: "القصف دفع 200 عائلة إلى النزوح" still tells the shelling; so are "some 9,000 people who
 * left the district before the battle", those who left named in a relative clause. So is a state
 * that lasts: "about 200,000 people remain displaced, most of them in camps in X", "لا يزال آلاف
 * السكان نازحين": where they live now is no place of an event.
 */
const DISPLACED = new RegExp(
  `(?<!${L})${AR_PREFIX}(?:${['نزحت', 'نزح', 'نزحوا', 'فرت', 'فروا'].map(normalizeForMatch).join('|')})\\s+(?:[^\\s،,.]+\\s+){0,3}?(?:ال)?(?:${['عائلة', 'عائلات', 'أسرة', 'أهالي', 'سكان', 'مدنيين', 'آلاف'].map(normalizeForMatch).join('|')})(?!${L})|(?<!${L})(?:ال)?(?:${['عائلة', 'عائلات', 'أسرة'].map(normalizeForMatch).join('|')})(?:\\s+[^\\s،,.]+){0,4}?\\s+(?:${['نزحت', 'نزحوا', 'فرت', 'فروا'].map(normalizeForMatch).join('|')})(?!${L})|(?<!${L})(?:families|people|residents|civilians)\\s+(?:who\\s+)?(?:have\\s+|had\\s+)?(?:fled|left|been\\s+displaced|were\\s+displaced)(?!${L})|(?<!${L})(?:remain|remains|remained|are\\s+still|were\\s+still|still\\s+live)\\s+(?:displaced|homeless|in\\s+(?:displacement\\s+)?camps)(?!${L})|(?<!${L})(?:${['لا يزال', 'لا يزالون', 'ما زال', 'ما زالوا', 'لا تزال'].map(normalizeForMatch).join('|')})(?:\\s+[^\\s،,.]+){0,4}?\\s+(?:${['نازحين', 'نازحون', 'نازحة', 'مهجرين', 'في المخيمات'].map(normalizeForMatch).join('|')})(?!${L})`,
  'u',
);

/** Leaving home: "نزحت", "نزوح", "فرّت", "fled", "were displaced", "forced to flee". */
const LEAVING = `(?:${anyOf(['نزح', 'نزحت', 'نزحوا', 'ونزحت', 'ونزح', 'نزوح', 'فرت', 'فر', 'فروا', 'هربت', 'هرب', 'هربوا', 'اضطرت', 'اضطر'])}|fled|flee|fleeing|(?:were|been|was) displaced|forced to (?:flee|leave))`;

/** The fighting by its definite name: "الاشتباكات", "المعارك", "the clashes", "the fighting". */
const THE_FIGHTING = `(?:${anyOf(['الاشتباكات', 'الاشتباك', 'المعارك', 'المواجهات', 'القتال', 'القصف'])}|the (?:clashes|fighting|battles?|shelling|violence))`;

/**
 * "نزحت أكثر من 700 عائلة … خشية تجدد الاشتباكات", "فيما نزحت مئات العائلات من البلدات التي شهدت
 * الاشتباكات", "hundreds of families fled the fighting": people leaving, and after it the fighting
 * by its definite name (the one told, as their cause or where they left) — where they went (a
 * camp, a city) is no place of an event, and the clause tells none of its own. Not "اندلعت اشتباكات
 * أدت إلى نزوح…": there the fighting is told first, as what happened.
 */
const FLED_FIGHTING = new RegExp(`(?<!${L})${LEAVING}(?!${L}).*?(?<!${L})${THE_FIGHTING}(?!${L})`, 'u');

/**
 * "رصد المرصد تحليقاً مكثفاً لطائرات مسيرة تركية في أجواء ريف القامشلي", "Turkish drones were seen
 * flying over the villages": aircraft seen in the sky; with no strike told and no one hit, no event.
 */
const OVERFLIGHT = words(
  ['تحليق', 'تحليقا', 'تحليقاً', 'حلقت', 'حلّقت', 'يحلق', 'تحلق'],
  ['flying over', 'flew over', 'overflights?', 'circling over', 'circled over'],
);
const STRIKE = words(
  ['قصف', 'قصفت', 'غارة', 'غارات', 'استهدفت', 'استهدف', 'ضربة', 'ضربات', 'صاروخ', 'صواريخ'],
  ['struck', 'strikes?', 'fired', 'bombed', 'shelled', 'hit'],
);

/**
 * "The US embassy in Baghdad condemned the attack", "وأدانت وزارة الخارجية الهجوم" ("دانت", the
 * bare verb; the condemners, named before the event in Arabic, may take several words): a reaction to
 * the event told, whose place is the seat of whoever condemns; with no one hit in the clause it
 * tells no event (the event it names is the one before). So is the reaction withheld, in the bare
 * form after a negation ("did not condemn the attack").
 */
const CONDEMNED = new RegExp(
  `(?<!${L})(?:condemn|condemned|condemns|denounce|denounced|denounces|deplored)\\s+(?:the|this|that|these|thursday's|wednesday's|tuesday's|monday's|sunday's|saturday's|friday's)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:attacks?|strikes?|bombings?|shelling|assault|killings?|blasts?|raids?)(?!${L})|(?<!${L})${AR_PREFIX}(?:${['أدان', 'أدانت', 'دان', 'دانت', 'شجب', 'شجبت', 'استنكر', 'استنكرت', 'ندد', 'نددت', 'تدين', 'يدين'].map(normalizeForMatch).join('|')})\\s+(?:[^\\s،,.]+\\s+){0,6}?(?:${['الهجوم', 'الاعتداء', 'القصف', 'التفجير', 'الاستهداف', 'الضربة', 'الهجمات', 'الاعتداءات'].map(normalizeForMatch).join('|')})(?!${L})`,
  'u',
);

/**
 * A photo caption ("صورة أرشيفية لآثار قصف سابق", "a file photo of a bombed market"): an old picture,
 * not news of an event.
 */
const CAPTION = words(
  ['صورة أرشيفية', 'صورة من الأرشيف', 'صور أرشيفية'],
  ['file photo', 'file picture', 'archive photo', 'archive picture', 'file image'],
);

/**
 * The launch of an offensive to take a place ("launched the offensive to retake Mosul on Oct. 17",
 * "أطلقت القوات عملية لتحرير المدينة في 17 تشرين الأول"): the start of a campaign of many events, told
 * as background; with no one killed or wounded in the clause it is no incident itself.
 */
const CAMPAIGN_LAUNCHED = new RegExp(
  `(?<!${L})(?:launched|began|started)\\s+(?:an?|the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:offensive|campaign|operation|battle)\\s+to\\s+(?:retake|recapture|liberate|capture|take|drive|clear|oust|dislodge)(?!${L})|(?<!${L})${AR_PREFIX}(?:${['أطلقت', 'أطلق', 'بدأت', 'بدأ', 'انطلقت', 'انطلاق'].map(normalizeForMatch).join('|')})\\s+(?:[^\\s،,.]+\\s+){0,3}?(?:${['عملية', 'عمليات', 'معركة', 'معارك', 'حملة'].map(normalizeForMatch).join('|')})(?:\\s+[^\\s،,.]+){0,2}?\\s+(?:${['تحرير', 'لتحرير', 'استعادة', 'لاستعادة', 'طرد', 'لطرد'].map(normalizeForMatch).join('|')})(?!${L})`,
  'u',
);

/**
 * "Two infants have died from causes related to malnutrition", "died of hunger", "توفي طفلان بسبب سوء
 * التغذية", "وفاة مسن جراء البرد": deaths from want (hunger, cold, disease, no medicine), as under a
 * siege; with no word for a blow they are no violent event, and ACLED codes none.
 */
const DIED_OF_WANT = new RegExp(
  `(?<!${L})(?:died|dying|deaths?|dead)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:of|from)\\s+(?:(?:causes|complications)\\s+(?:related|linked|due)\\s+to\\s+)?(?:malnutrition|hunger|starvation|cold|hypothermia|disease|illness|(?:a\\s+)?lack\\s+of\\s+(?:food|medicine|medical\\s+care|treatment))(?!${L})|(?<!${L})${AR_PREFIX}(?:${anyOf(['توفي', 'توفيت', 'توفوا', 'وفاة', 'فارق الحياة', 'فارقت الحياة', 'مات', 'ماتوا', 'ماتت'])})(?!${L})[^.]{0,60}?(?<!${L})(?:${anyOf(['بسبب', 'جراء', 'نتيجة', 'من'])})\\s+(?:${anyOf(['سوء التغذية', 'الجوع', 'البرد', 'المرض', 'نقص الغذاء', 'نقص الدواء', 'نقص الأدوية', 'انعدام الرعاية الطبية', 'نقص الرعاية الطبية'])})(?!${L})`,
  'u',
);

/** "Police later arrested two suspects over the bombing": an arrest, whatever event it is about. */
const ARREST = words(
  ['اعتقال', 'اعتقل', 'اعتقلت', 'اعتقلوا', 'القبض', 'ألقت القبض', 'ألقى القبض', 'احتجاز', 'احتجزت'],
  ['arrested', 'detained', 'apprehended', 'rounded up'],
);

/**
 * Arrests, seizures and defused bombs with no one killed or wounded: ACLED's strategic
 * developments, which a briefing of violent incidents does not count (the raid that kills is kept).
 */
const isArrestOnly = (event: IncidentEvent | null, casualties: boolean): boolean =>
  !casualties &&
  event?.type === 'strategic_developments' &&
  (event.subType === 'arrests' || event.subType === 'disrupted_weapons_use');

/**
 * The clause (in matching form) tells no violent event of its own; `event` is the kind its words
 * name (null: none, only casualties).
 */
export function tellsNoViolentEvent(text: string, event: IncidentEvent | null, casualties: boolean): boolean {
  return (
    (FIRE.test(text.replace(FIRE_PUT_OUT, '')) && event === null) ||
    (DIED_OF_WANT.test(text) && event === null) ||
    ANNIVERSARY.test(text) ||
    ACCIDENT.test(text.replace(ACCIDENT_AS_MOTIVE, '')) ||
    SENTENCE.test(text) ||
    convictedOnly(text, casualties) ||
    // "killed three militants who were planning an attack": the raid that killed them is an event
    (PLANNED.test(text) && !casualties) ||
    (tellsPreparation(text) && !casualties) ||
    (CONDITIONAL.test(text) && !casualties) ||
    (CONDEMNED.test(text) && !casualties) ||
    (DISPLACED.test(text) && !casualties) ||
    (FLED_FIGHTING.test(text) && !casualties) ||
    // ("fleeing an army offensive", "as fighting … drives a new wave of displacement": displacement-driven.ts)
    (displacementDriven(text) && !casualties) ||
    (OVERFLIGHT.test(text) && !STRIKE.test(text) && !casualties) ||
    (CAMPAIGN_LAUNCHED.test(text) && !casualties) ||
    (campaignBackground(text) && !casualties) ||
    (tellsMineClearance(text) && !casualties) ||
    (tellsDefusedDevice(text) && !casualties) ||
    (tellsTrend(text) && !casualties) ||
    (tellsLull(text) && !casualties) ||
    // ("funerals were held amid the sound of artillery": rite-amid-fire.ts)
    (tellsRiteAmidFire(text) && !casualties) ||
    // ("تقوم بتهريب الصهاريج المحملة بالنفط المسروق": resources-plundered.ts)
    (tellsResourcesPlundered(text) && !casualties) ||
    (tellsCaptiveExchange(text) && !casualties) ||
    // ("Rebels agreed to hand over their weapons": deal-agreed.ts)
    (tellsDealAgreed(text) && !casualties) ||
    // ("warned that those responsible would pay": warning-told.ts)
    (tellsWarning(text) && !casualties) ||
    (tellsGroupFinancing(text) && !casualties) ||
    (tellsMeasuresAfter(text) && !casualties) ||
    (countsWeaponsOfBlow(text) && !casualties) ||
    CAPTION.test(text) ||
    // ("تكريم 40 جريحاً", "honoured 30 wounded fighters": honoured-hurt.ts)
    honoursTheHurt(text) ||
    (standingDamage(text) && !casualties) ||
    (tellsMarksOnBody(text) && !casualties) ||
    (describesPlace(text) && !casualties) ||
    (toldForOutcome(text) && !casualties) ||
    isArrestOnly(event, casualties) ||
    (ARREST.test(text) && !casualties)
  );
}
