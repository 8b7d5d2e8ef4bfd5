// The ACLED type of an event from its cue words: one table, read in order, most specific row first.
import type { EventSubType, EventType } from '../../content/schema.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { ar, en } from './cue-pattern.js';
import { CAME_UNDER_FIRE_EN } from './came-under-fire.js';

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
/**
 * The words after which a participle stands before its noun as an adjective ("the destroyed
 * homes", "the city's destroyed homes", "past destroyed buildings", "a partly burned car"; the
 * possessive reads "city s" in matching form).
 */
const ATTRIBUTIVE =
  '(?<![\\p{L}])(?:the|a|an|its|their|his|her|of|past|in|from|with|among|s)\\s+(?:[\\p{L}]+ly\\s+)?';
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
      // two suicide blasts told as one attack, as "twin bombings" below: "twin suicide bombings in
      // June that killed 14" is one event of that month, not a month's count
      '(?:twin|double) suicide (?:bombings|blasts|attacks)',
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
      // the dotted abbreviation some roundups print: "An I.E.D. wounded several civilians"
      'i\\.e\\.d',
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
      // two blasts told as one attack (earlier-events.ts): "twin bombings there killed …"
      'twin bombings',
      'twin blasts',
      'twin explosions',
      'bomb',
      'detonated',
    ],
  ],
  [
    'explosions_remote_violence',
    'air_drone_strike',
    [
      'غارة',
      // the dual: "لغارتين مماثلتين", "نفذت الطائرات ضربتين جويتين"
      'غارتين',
      'غارتان',
      'ضربتين',
      'ضربتان',
      'غارة جوية',
      'ضربة جوية',
      'ضربة',
      'قصف جوي',
      'طائرة مسيرة',
      'مسيرة',
      'طائرة مسيّرة',
      // the dual: "طائرتان مسيرتان استهدفتا القاعدة", "أسقطت الدفاعات مسيرتين"
      'مسيرتين',
      'مسيرتان',
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
      'برميلين متفجرين',
      'برميلا متفجرا',
      'قصف مروحي',
      'مروحيات قتالية',
      // "جراء ضربات نفذتها طائرات التحالف": strikes told as carried out by aircraft are from the air
      'ضربات نفذتها طائرات',
      'ضربات شنتها طائرات',
      'ضربة نفذتها طائرة',
      'ضربة شنتها طائرة',
      // "أعلن طيران الجيش قتل خمسة مسلحين", "طيران التحالف قصف مواقع": the aviation as the doer of a
      // past blow (masculine, so not "بإسناد من طيران الجيش قتلت القوات", the troops it supported) is a
      // strike from the air. (Written with \x20: the list's spaced phrases also take the article.)
      `طيران(?:\\x20[^\\x20،,.]+){1,3}?\\x20(?:${['قتل', 'قصف', 'استهدف', 'دمر'].join('|')})`,
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
      // one strike told by what it did, as "ضربة": "a second strike hit a weapons depot", "the strike
      // killed two" (not a strike of workers: "a general strike", "a hunger strike")
      '(?<!(?:general|hunger|labou?r|workers) )strike(?= (?:hit|struck|targeted|killed|destroyed))',
      // and one told by what it fell on, "the strike on the bakery came late on Wednesday": a strike
      // "on", "near" or "against" a thing named is a blow, no strike of workers (those of shells and
      // rockets are their own kind, "an artillery strike on a hill")
      '(?<!(?:general|hunger|labou?r|workers|artillery|missile|rocket) )strike(?= (?:on|near|against) (?:a|an|the) )',
    ],
  ],
  [
    'explosions_remote_violence',
    'air_drone_strike',
    ['غارات', 'ضربات جوية'],
    // strikes with no other word, as "غارات": "the strikes hit the district, killing 12" (not strikes
    // of workers: "general strikes", "hunger strikes")
    ['airstrikes', 'air strikes', 'drone strikes', '(?<!(?:general|hunger|labou?r|workers) )strikes'],
    true,
  ],
  [
    'explosions_remote_violence',
    'shelling_artillery_missile_attack',
    ['قصف', 'قصفا', 'قصفت', 'قذيفة', 'قذائف', 'صاروخ', 'صواريخ', 'هاون', 'كاتيوشا', 'قصف مدفعي'],
    [
      'shelling',
      'shelled',
      // (not "shell casings", the spent cases scavengers collect: no blow)
      'shell(?! casings?)',
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
      // ("نصبت كميناً": the ambush set, in the accusative)
      'كمين',
      'كمينا',
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
      // a siege broken is fought through: "وتمكن المقاتلون من فك الحصار عن البلدة"
      'كسر الحصار',
      'فك الحصار',
      // an infiltration tried against a side's posts is met by its defenders: "أحبطت محاولة تسلل"
      'محاولة تسلل',
      'محاولة التسلل',
      'محاولتي تسلل',
      'محاولات تسلل',
    ],
    [
      'clash',
      'clashes',
      'clashed',
      'firefight',
      'gunfight',
      'exchange of fire',
      'exchanged fire',
      // ("a patrol came under fire from a farmhouse": a fight opened, came-under-fire.ts)
      CAME_UNDER_FIRE_EN,
      'tribal feud',
      'tribal dispute',
      'gun battle',
      // ("troops and rebels fought fierce battles": both sides, told together as the subject, fighting,
      // whatever words tell how — not a doer that "entered … and fought battles", one more deed of the
      // event told)
      'and (?:[a-z-]+ ){1,3}?fought (?:[a-z-]+ ){0,2}battles?',
      // (so "rebels and army troops fought in olive groves near the town": both sides the subject,
      // then where they fought)
      'and (?:[a-z-]+ ){1,3}?fought (?:in|near|around|outside|inside|along|across|over|for)',
      // not the attribute of what it names ("destroying IS fighting positions"), nor the verb with
      // its object that tells whom a force fights ("strikes by the coalition fighting the Islamic State group")
      'fighting(?! (?:positions?|vehicles?|units?|age|the)(?![\\p{L}]))',
      'ambush',
      'ambushed',
      'security operation',
      'military operation',
      'counter terrorism operation',
      'raid',
      'raided',
      'offensive',
      '(?:repelled|repulsed|repelling|repulsing|fought off) (?:an|the) attack',
      '(?:broke|breaking) (?:the|a) (?:[a-z-]+ )?siege',
      // ("troops seized two villages", "rebels seized the border town": ground taken, a battle in
      // ACLED's terms — not an abduction, the seized cue's exclusions)
      'seized (?:[^ ,;]+ ){0,4}?(?:villages?|towns?|areas?|hills?|districts?|neighbourhoods?|territory|crossing)(?![a-z])',
      // ("regime forces have been trying since Saturday to advance on the town of X", "troops advanced
      // into the village": a push on ground held by the other side, a battle as a storming is — not an
      // advance of prices or talks, the town or village it went on named right after)
      '(?:advance|advanced|advancing) (?:on|into|towards?) (?:the )?(?:[a-z-]+ )?(?:villages?|towns?|city|district|neighbourhoods?)(?![a-z])',
    ],
  ],
  [
    'violence_against_civilians',
    'abduction_forced_disappearance',
    ['خطف', 'اختطاف', 'اختطف', 'اختطفت', 'خطفت', 'اختطفوا', 'خطفوا'],
    // ("seized" takes people, not goods or ground: "seized two tonnes of drugs", "seized a weapons
    // cache", "seized control of the town", "seized two villages", "seized large areas" are a seizure
    // or a capture, no one abducted)
    [
      'kidnapped',
      'abducted',
      'abduction',
      'kidnapping',
      'seized(?! (?:[^ ,;]+ ){0,4}?(?:tonnes|tons|kilograms|kilos|kg|pills|tablets|drugs|hashish|captagon|weapons|arms|ammunition|explosives|cache|caches|rifles|contraband|control|villages?|towns?|areas?|hills?|districts?|neighbourhoods?|territory|crossing)(?![a-z]))',
    ],
  ],
  [
    'violence_against_civilians',
    'attack',
    [
      'هجوم',
      'هجوما',
      // the dual: "بعد يومين من هجومين على قاعدتين"
      'هجومين',
      'هجومان',
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
      // "survived an attempt on her life": an assassination attempt, told by the life it aimed at
      'attempts? on (?:his|her|their) li(?:fe|ves)',
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
    // not the participle before its noun, after an article, a possessive or a preposition ("the
    // city's destroyed homes", "walks past destroyed buildings", "a partly burned car"): what a
    // place looks like now, not a blow told
    [`(?<!${ATTRIBUTIVE})(?:burned|torched|destroyed|looted)`],
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
