import type { EventSubType, EventType } from '../content/schema.js';
import { normalizeForMatch } from '../text/normalize.js';
import { AR_PREFIX } from './view.js';
import { L } from './word-pattern.js';

export interface EventCue {
  type: EventType;
  subType: EventSubType;
  /** Regex sources over the matched (normalised) text. */
  pattern: RegExp;
  /** Plural forms ("هجمات", "attacks"): an event only when no number or quantifier counts them. */
  plural: boolean;
  /** A cheap screen: the cue can match only where one of these words is in the text. */
  requires?: readonly string[];
}

const f = normalizeForMatch;
/** Events and the positions they hit, as counted by "another"/"آخر" (see CUES.another). */
const ANOTHER_NOUNS_AR = [
  'هجوم',
  'هجمة',
  'انفجار',
  'تفجير',
  'عبوة',
  'غارة',
  'ضربة',
  'قصف',
  'حادث',
  'حادثة',
  'كمين',
  'اشتباك',
  'مفخخة',
  'نقطة',
  'حاجز',
  'موقع',
  'مقر',
];
const ANOTHER_NOUNS_EN = [
  'attacks?',
  'bombs?',
  'blasts?',
  'explosions?',
  'strikes?',
  'airstrikes?',
  'air strikes?',
  'raids?',
  'incidents?',
  'ambush',
  'clash',
  'checkpoints?',
  'posts?',
  'outposts?',
  'positions?',
];
// (an adjective agrees with its noun: "طائرات حربية" is also "الطائرات الحربية", not "إطلاق النار")
const ar = (words: readonly string[]): string =>
  `(?<!${L})${AR_PREFIX}(?:${words.map((w) => (w.includes(' ') ? `${f(w)}|(?<=ال|لل)${f(w).replaceAll(' ', ' ال')}` : f(w))).join('|')})(?!${L})`;
const en = (words: readonly string[]): string => `(?<!${L})(?:${words.join('|')})(?!${L})`;

type Row = [EventType, EventSubType, readonly string[], readonly string[], boolean?];

/**
 * ACLED event types from cue words, most specific first (a suicide bomb before a bomb, a bomb
 * before an attack). Only past-tense verbs and nouns: present-tense "يهاجمون"/"attack" in a claim is no event.
 */
const ROWS: readonly Row[] = [
  // force against protesters: "لتفريق المحتجين", "opened fire on protesters" (ACLED: a protest met
  // with excessive force — not a battle, not an attack on civilians)
  [
    'protests',
    'excessive_force_against_protesters',
    [
      'لتفريق المحتجين',
      'لتفريق المتظاهرين',
      'النار على المتظاهرين',
      'النار على المحتجين',
      'مواجهات بين متظاهرين',
      'مواجهات بين المتظاهرين',
      'ضد المتظاهرين',
    ],
    [
      '(?:fired|opened fire) on (?:the )?(?:protesters|demonstrators)',
      'to disperse (?:the )?(?:protesters|demonstrators)',
      'against (?:the )?(?:protesters|demonstrators)',
    ],
  ],
  [
    'explosions_remote_violence',
    'suicide_bomb',
    ['انتحاري', 'انتحارية', 'حزام ناسف', 'حزاما ناسفا', 'سيارة مفخخة يقودها'],
    [
      'suicide bomber',
      'suicide bombers',
      'suicide bombing',
      'suicide attack',
      'suicide car bomb',
      'suicide car bomber',
      'suicide car bombers',
      'suicide vest',
    ],
  ],
  ['explosions_remote_violence', 'grenade', ['قنبلة يدوية', 'رمانة يدوية'], ['hand grenade', 'grenade']],
  [
    'explosions_remote_violence',
    'remote_explosive_landmine_ied',
    [
      'عبوة ناسفة',
      'عبوة',
      'عبوات ناسفة',
      'لغم',
      'لغم أرضي',
      'مخلفات حربية',
      'جسم غريب',
      'مقذوف',
      'ذخيرة غير منفجرة',
      'ذخائر غير منفجرة',
      'سيارة مفخخة',
      'دراجة مفخخة',
      'انفجار',
      'انفجرت',
      'انفجر',
      'تفجير',
      'تفجيرا',
      'قنبلة',
      'مفخخة',
      // twin blasts, told in the dual: one event of two bombs ("لتفجيرين بسيارتين مفخختين")
      'تفجيرين',
      'تفجيران',
      'انفجارين',
      'انفجاران',
      'مفخختين',
      'مفخختان',
    ],
    [
      'roadside bomb',
      'car bomb',
      'improvised explosive device',
      'explosive device',
      'ied',
      'landmine',
      'land mine',
      'mine',
      'unexploded ordnance',
      'ordnance',
      'blew up',
      'exploded',
      'explosion',
      'blast',
      'bombing',
      'bomb',
      'detonated',
    ],
  ],
  [
    'explosions_remote_violence',
    'air_drone_strike',
    [
      'غارة',
      // the dual: "لغارتين مماثلتين"
      'غارتين',
      'غارتان',
      'غارة جوية',
      'ضربة جوية',
      'ضربة',
      'قصف جوي',
      'طائرة مسيرة',
      'مسيرة',
      'طائرة مسيّرة',
      'من دون طيار',
      'بدون طيار',
      'طائرة تركية',
      'طائرات حربية',
      'طائرة حربية',
      'قصفت طائرات',
      'قصف طيران',
      'قصفت مروحيات',
      'براميل متفجرة',
      'البراميل المتفجرة',
      'برميل متفجر',
      'قصف مروحي',
      'مروحيات قتالية',
      // "جراء ضربات نفذتها طائرات التحالف": strikes told as carried out by aircraft are from the air
      'ضربات نفذتها طائرات',
      'ضربات شنتها طائرات',
      'ضربة نفذتها طائرة',
      'ضربة شنتها طائرة',
    ],
    // "Iraqi F-16 jets struck…": the aircraft named is the strike
    [
      'airstrike',
      'air strike',
      'air raid',
      'drone strike',
      'drone attack',
      'drone',
      'drones',
      'warplanes',
      'fighter jets',
      'jets',
      // "army helicopters killed six militants": the aircraft's fire is a strike from the air (not
      // "helicopters landed troops": a raid)
      'helicopters? (?:gunships? )?(?:killed|struck|fired on|fired at|bombed|shelled|targeted|attacked|pounded|dropped)',
      // "Iraqi army aircraft bombed an IS hideout": aircraft that bomb strike from the air
      '(?:aircraft|planes) (?:bombed|struck|pounded|targeted|hit)',
      // "Iraqi F-16s struck a tunnel", "the strike, carried out by coalition aircraft": the aircraft named strike
      'f ?16s? (?:jets )?(?:bombed|struck|pounded|targeted|hit)',
      'strikes?,? (?:was |were )?carried out by (?:[\\p{L}-]+ ){0,3}?(?:aircraft|planes|jets|warplanes|drones?)',
      // barrel bombs are dropped from the air
      'barrel bombs?',
    ],
  ],
  [
    'explosions_remote_violence',
    'air_drone_strike',
    ['غارات', 'ضربات جوية'],
    ['airstrikes', 'air strikes', 'drone strikes'],
    true,
  ],
  [
    'explosions_remote_violence',
    'shelling_artillery_missile_attack',
    ['قصف', 'قصفا', 'قصفت', 'قذيفة', 'قذائف', 'صاروخ', 'صواريخ', 'هاون', 'كاتيوشا', 'قصف مدفعي'],
    [
      'shelling',
      'shelled',
      'shell',
      'shells',
      'rocket',
      'rockets',
      'mortar',
      'mortars',
      'missile',
      'missiles',
      'artillery',
    ],
  ],
  [
    'strategic_developments',
    'arrests',
    ['اعتقال', 'اعتقل', 'اعتقلت', 'القبض', 'ألقت القبض', 'احتجاز'],
    ['arrested', 'arrest', 'detained', 'captured'],
  ],
  [
    'strategic_developments',
    'disrupted_weapons_use',
    ['تفكيك', 'فككت', 'أبطلت', 'إبطال', 'ضبط', 'ضبطت'],
    ['defused', 'dismantled', 'seized weapons'],
  ],
  [
    'battles',
    'armed_clash',
    [
      'اشتباك',
      'اشتباكات',
      'اشتبك',
      'اشتبكت',
      'اشتبكوا',
      'معركة',
      'معارك',
      'مواجهات',
      'تبادل لإطلاق النار',
      // armed feuds between tribes or families: ACLED counts them as battles between communal militias
      'تراشق',
      'تراشقا',
      // "شجار مسلح بين عائلتين": an armed quarrel is a fight between armed sides
      'شجار مسلح',
      'شجارا مسلحا',
      'نزاع مسلح',
      'نزاع عشائري مسلح',
      'نزاع عشائري',
      'نزاعا عشائريا',
      'النزاع العشائري',
      'نزاع مماثل',
      'اقتتال',
      'مواجهة مسلحة',
      'مواجهات مسلحة',
      'كمين',
      'عملية أمنية',
      'عملية عسكرية',
      'عملية نوعية',
      'عملية إنزال',
      'إنزال جوي',
      'عملية دهم',
      'مداهمة',
      'داهمت',
      // an attack met by armed defenders is a fight between two sides: "خلال التصدي لهجوم شنه…"
      'التصدي لهجوم',
      'تصدت لهجوم',
      'تصدى لهجوم',
      'صد هجوم',
      'صد هجوما',
      'صدت هجوما',
    ],
    [
      'clash',
      'clashes',
      'clashed',
      'firefight',
      'gunfight',
      'exchange of fire',
      'exchanged fire',
      'tribal feud',
      'tribal dispute',
      'gun battle',
      'fighting',
      'ambush',
      'ambushed',
      'security operation',
      'military operation',
      'counter terrorism operation',
      'raid',
      'raided',
      'offensive',
      '(?:repelled|repulsed|repelling|repulsing|fought off) (?:an|the) attack',
    ],
  ],
  [
    'violence_against_civilians',
    'abduction_forced_disappearance',
    ['خطف', 'اختطاف', 'اختطف', 'اختطفت', 'خطفت', 'اختطفوا', 'خطفوا'],
    ['kidnapped', 'abducted', 'abduction', 'kidnapping', 'seized'],
  ],
  [
    'violence_against_civilians',
    'attack',
    [
      'هجوم',
      'هجوما',
      'هاجم',
      'هاجمت',
      'هاجموا',
      'استهدف',
      'استهدفت',
      'استهداف',
      'اعتداء',
      'إطلاق نار',
      'أطلق النار',
      'أطلقوا النار',
      'اغتيال',
      'اغتال',
      'اغتالت',
      'اغتالوا',
      'أعدم',
      'إعدام',
      'أحرقوا',
      'قتل',
      'قتلوا',
      'مقتل',
    ],
    [
      'attack',
      'attacked',
      'attacking',
      'opened fire',
      'shot',
      'shot dead',
      'gunned down',
      'assassinated',
      'assassination',
      'executed',
      'killed',
      'killing',
      'stabbed',
    ],
  ],
  ['violence_against_civilians', 'attack', ['هجمات', 'اعتداءات'], ['attacks'], true],
  [
    'strategic_developments',
    'looting_property_destruction',
    ['أحرق', 'أحرقت', 'إحراق', 'دمرت', 'تدمير', 'نهب'],
    ['burned', 'torched', 'destroyed', 'looted'],
  ],
  ['riots', 'violent_demonstration', ['أعمال شغب', 'شغب'], ['riot', 'riots', 'rioters']],
  [
    'protests',
    'peaceful_protest',
    ['تظاهرة', 'تظاهر', 'تظاهرات', 'احتجاج', 'احتجاجات', 'مظاهرة', 'اعتصام', 'وقفة احتجاجية'],
    ['protest', 'protests', 'protesters', 'demonstration', 'demonstrators', 'rally'],
  ],
];

/** Screens for rows that are rarely met: force against protesters needs protesters. */
const REQUIRES: Partial<Record<EventSubType, readonly string[]>> = {
  excessive_force_against_protesters: [f('متظاهر'), f('محتج'), 'protester', 'demonstrator'],
};

export function eventCues(): EventCue[] {
  return ROWS.map(([type, subType, arWords, enWords, plural]) => ({
    type,
    subType,
    plural: plural ?? false,
    pattern: new RegExp(`${ar(arWords)}|${en(enWords)}`, 'gu'),
    ...(REQUIRES[subType] ? { requires: REQUIRES[subType] } : {}),
  }));
}

/** Casualty cue words, in matching form. */
export const CUES = {
  killed: new RegExp(
    `${ar(['قتل', 'قتلوا', 'قتلا', 'قتلت', 'مقتل', 'مصرع', 'لقي', 'لقوا', 'لقيت', 'استشهد', 'استشهاد', 'استشهدوا', 'وفاة', 'توفي', 'قضى', 'قضوا', 'اغتيال', 'اغتال', 'اغتالت', 'اغتالوا', 'اغتيل', 'اغتيلت', 'إعدام', 'حصيلة الضحايا', 'حصيلة القتلى', 'عدد الضحايا', 'عدد القتلى'])}|${en(['death toll', 'killed', 'killing', 'kills', 'kill', 'dead', 'died', 'shot dead', 'lost their lives', 'death of', 'deaths of', 'executed', 'gunned down'])}`,
    'gu',
  ),
  wounded: new RegExp(
    `${ar(['أصيب', 'أصيبوا', 'أصيبا', 'أصيبت', 'إصابة', 'جرح', 'جرحوا', 'جرحت', 'إصابات'])}|${en(['wounded', 'wounding', 'injured', 'injuring', 'injuries', 'hurt', 'wounds'])}`,
    'gu',
  ),
  /** Nouns that are the casualty itself, after a number: "5 قتلى", "three dead". */
  killedNoun: new RegExp(
    // a body found ("عثر على جثة راع مقتولا") is someone killed
    `${ar(['قتيل', 'قتيلا', 'قتلى', 'قتيلين', 'قتيلان', 'شهيد', 'شهداء', 'شهيدا', 'شهيدين', 'شهيدان', 'ضحايا', 'ضحية', 'جثة', 'جثث', 'جثتي', 'جثتين', 'جثتان', 'جثتا'])}|${en(['dead', 'fatalities', 'deaths', 'bodies', 'body of'])}`,
    'gu',
  ),
  woundedNoun: new RegExp(
    `${ar(['جريح', 'جريحا', 'جرحى', 'جريحين', 'جريحان', 'مصاب', 'مصابا', 'مصابين', 'مصابون'])}|${en(['wounded', 'injured', 'casualties'])}`,
    'gu',
  ),
  /** "مقتل وإصابة 7", "killed or wounded": one number for both, so neither is known. */
  combined: new RegExp(
    `${ar(['مقتل وإصابة', 'مقتل وجرح', 'قتل وجرح', 'قتل وأصيب', 'قتلى وجرحى', 'قتلى ومصابين', 'قتلى وإصابات', 'قتيل وجريح', 'بين قتيل وجريح', 'قتيل ومصاب', 'بين قتيل ومصاب', 'مقتل أو إصابة'])}|${en(['killed or wounded', 'killed and wounded', 'dead or wounded', 'dead and wounded', 'killed or injured', 'killed and injured', 'dead or injured', 'dead and injured', 'killed or hurt', 'casualties'])}`,
    'gu',
  ),
  /** Reporting verbs: a date right after one is when the news was told, not when the event happened. */
  reporting: new RegExp(
    `${ar(['أعلن', 'أعلنت', 'قال', 'قالت', 'أكد', 'أكدت', 'ذكر', 'ذكرت', 'أفاد', 'أفادت', 'كشف', 'كشفت', 'صرح', 'صرحت', 'أوضح', 'أوضحت', 'أضاف', 'أضافت', 'نقل', 'نقلت', 'أشار', 'أشارت', 'نشر', 'نشرت', 'بينت', 'أورد', 'أوردت'])}|${en(['said', 'says', 'announced', 'reported', 'told', 'stated', 'added', 'confirmed', 'published', 'tweeted', 'wrote'])}`,
    'gu',
  ),
  /** Verbs of carrying out: between a reporting verb and a date they make it the event's date. */
  action: new RegExp(
    // or the event itself named between the reporting verb and the date: "said a blast on Monday killed…"
    `${ar(['نفذ', 'نفذت', 'نفذوا', 'شن', 'شنت', 'شنوا', 'وقع', 'وقعت', 'حدث', 'انفجار', 'تفجير', 'هجوم', 'قصف', 'غارة', 'اشتباك', 'اشتباكات'])}|${en(['carried out', 'launched', 'occurred', 'happened', 'took place', 'explosion', 'blast', 'attack', 'strike', 'airstrike', 'bombing', 'shelling', 'clash', 'clashes'])}`,
    'gu',
  ),
  denial: new RegExp(
    `${ar(['نفى', 'نفت', 'ينفي', 'تنفي', 'نفوا', 'مزاعم', 'ادعاءات', 'لا صحة', 'عار عن الصحة', 'عارية عن الصحة', 'كذب', 'لم تتعرض', 'لم يتعرض', 'لم تسجل أي', 'لم يسجل أي'])}|${en(['denied', 'denies', 'deny', 'denial', 'false claims', 'dismissed claims', 'rejected claims', 'no truth', 'no attack had', 'no attack has', 'no attack took place', 'had not taken place', 'did not take place', 'never took place', 'fabricated'])}`,
    'gu',
  ),
  /** Aggregates and statistics: never a single incident. */
  /** Mass graves and exhumed remains: earlier victims found now, not an event of the news. */
  remains: new RegExp(
    `${ar(['مقبرة جماعية', 'مقابر جماعية', 'المقبرة الجماعية', 'المقابر الجماعية', 'رفات', 'رفاة', 'الرفات', 'مقبرة', 'مقابر'])}|${en(['mass graves?', 'remains of', 'exhumed', 'exhumation', 'exhuming'])}`,
    'u',
  ),
  aggregate: new RegExp(
    `${ar(['منذ اندلاع', 'منذ اندلاعها', 'منذ اندلاعه', 'منذ بدئها', 'منذ بدئه', 'منذ بداية الحرب', 'منذ بدء', 'منذ مطلع', 'منذ بداية', 'منذ طرد', 'منذ تحرير', 'منذ دحر', 'منذ هزيمة', 'منذ استعادة', 'منذ انسحاب', 'النصف الأول من العام', 'خلال السنوات', 'على مدى السنوات', 'خلال العام', 'خلال الأشهر', 'على مدى الأشهر', 'على مدى الأسبوع', 'على مدار الأسبوع', 'طيلة الأسبوع', 'خلال الفترة نفسها', 'خلال الفترة ذاتها', 'في الفترة نفسها', 'إصابة مؤكدة', 'إصابات مؤكدة', 'حالة وفاة بالمرض', 'حالات وفاة بالمرض', 'وفاة بالمرض', 'وثق مقتل', 'وثقت مقتل', 'إحصائية', 'إحصاءات', 'سنويا', 'شبه يومي', 'شبه يومية', 'بشكل يومي', 'تصاعدا في', 'تصاعدا ملحوظا في', 'ارتفاعا في', 'ازديادا في'])}|${en(['since the start', 'since the beginning', 'since the expulsion', 'since the liberation', 'since the recapture', 'since the defeat', 'months of the year', 'in the first half of', 'since the war began', 'since the conflict began', 'since the fighting began', 'since the clashes began', 'since they began', 'since it began', 'over the years', 'over the past years', 'over the same period', 'during the same period', 'in the same period', 'over the past year', 'in the past year', 'over the past months', 'over the past week', 'over the last week', 'during the past week', 'over the past few days', 'over the past month', 'documented the deaths', 'death toll since', 'so far this year', 'this year alone', 'statistics', 'annually', 'almost daily', 'near-daily', 'nearly every day', 'a rise in', 'a surge in', 'an upsurge in', 'an increase in'])}`,
    'gu',
  ),
  /**
   * Diseases: in an article about an epidemic, "121 إصابة" counts infections and "حالات وفاة" its
   * deaths, with no word for violence — no incident.
   */
  disease: new RegExp(
    `${ar(['الكوليرا', 'كوليرا', 'كورونا', 'كوفيد', 'الحصبة', 'حصبة', 'الإنفلونزا', 'انفلونزا', 'التيفوئيد', 'الملاريا', 'شلل الأطفال', 'الجدري', 'الوباء', 'وباء', 'اللشمانيا'])}|${en(['cholera', 'coronavirus', 'covid-19', 'covid', 'measles', 'influenza', 'typhoid', 'malaria', 'polio', 'epidemic', 'outbreak of', 'leishmaniasis'])}`,
    'iu',
  ),
  /** "عدة هجمات", "several attacks", "27 هجوماً": a count of events is a statistic. */
  quantifier: new RegExp(
    `${ar(['عدة', 'عشرات', 'مئات', 'سلسلة', 'سلسلة من', 'جملة', 'العديد من', 'بعض'])}|${en(['several', 'dozens of', 'hundreds of', 'a series of', 'many', 'numerous', 'multiple', 'some'])}`,
    'gu',
  ),
  /** A new, separate event starts here ("وفي حادث منفصل", "وفي هجوم آخر", "Separately"). */
  separate: new RegExp(
    `^(?:["«“]?\\s*)(?:${ar(['وفي حادث منفصل', 'في حادث منفصل', 'في حادث آخر', 'في حادثة أخرى', 'في حادثة منفصلة', 'في هجوم آخر', 'في هجوم منفصل', 'من جهة أخرى', 'من جهة ثانية', 'في غضون ذلك', 'إلى ذلك', 'كما', 'وكما', 'في سياق منفصل', 'في سياق متصل', 'في سياق آخر', 'على صعيد آخر', 'على صعيد متصل'])}|${en(['separately', 'in a separate incident', 'in another incident', 'in a separate attack', 'in another attack', 'elsewhere', 'meanwhile', 'also on', 'earlier', 'later'])})`,
    'u',
  ),
  /**
   * A second event of its kind, anywhere in the clause: "هجوم آخر", "نقطة ثانية", "عبوة ناسفة ثانية",
   * "another attack", "a second checkpoint". Only after a word for an event or a position: "وأصيب
   * آخر", "another soldier was wounded" are more victims of the same event.
   */
  another: new RegExp(
    `${ar(ANOTHER_NOUNS_AR)}(?:\\s+${L}+){0,2}?\\s+${ar(['آخر', 'أخرى', 'ثان', 'ثانية', 'ثالثة', 'ثالث'])}|(?<!${L})(?:another|a second|a third)\\s+(?:${L}+\\s+)?${en(ANOTHER_NOUNS_EN)}`,
    'u',
  ),
} as const;
