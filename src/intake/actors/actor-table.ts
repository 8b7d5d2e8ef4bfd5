// The armed actors the intake knows, and where a clause names them (actors.ts reads their roles).
import { normalizeForMatch } from '../../text/normalize.js';
import { AR_PREFIX } from '../reading/view.js';
import type { MatchView } from '../reading/view.js';
import { L } from '../reading/word-pattern.js';
import { mayMatch } from '../reading/literal-screen.js';
import { memoByObject } from '../../text/memo.js';

export const ACTOR_IDS = [
  'isis',
  'unknown_gunmen',
  'pkk',
  'hts',
  'iraqi_army',
  'iraqi_police',
  'iraqi_security_forces',
  'syrian_police',
  'syrian_security_forces',
  'cts',
  'pmf',
  'tribal_mobilisation',
  'peshmerga',
  'sdf',
  'coalition',
  'us_forces',
  'turkey',
  'syrian_army',
  'russia',
  'iran_backed_militias',
  'sna',
  'israel',
  'syrian_opposition',
  'iran',
] as const;
export type ActorId = (typeof ACTOR_IDS)[number];

/** Non-state armed groups: when one is named, it is the perpetrator and state forces are the target. */
export const NON_STATE: ReadonlySet<ActorId> = new Set([
  'isis',
  'unknown_gunmen',
  'pkk',
  'hts',
  'iran_backed_militias',
]);

/**
 * Forces with no ground presence in a country: what they carry out there is a strike from afar.
 * Iran fires into Iraq across the border (artillery on the Kurdistan region's border villages,
 * drones and missiles on Erbil), while in Syria its forces fight on the ground.
 */
const REMOTE_IN: Readonly<Partial<Record<string, ReadonlySet<ActorId>>>> = {
  IQ: new Set(['israel', 'iran']),
};
const REMOTE_ANYWHERE: ReadonlySet<ActorId> = new Set(['israel']);

export function strikesFromAfar(id: ActorId, country: string): boolean {
  return (REMOTE_IN[country] ?? REMOTE_ANYWHERE).has(id);
}

/**
 * The unqualified names of a state's forces ("الشرطة", "جندي", "security forces") are read as
 * Iraq's by the finder; the country of the event's place decides whose they are: a policeman
 * killed in Daraa is Syria's.
 */
const FORCES_IN: Readonly<Partial<Record<string, Partial<Record<ActorId, ActorId>>>>> = {
  SY: {
    iraqi_army: 'syrian_army',
    iraqi_police: 'syrian_police',
    iraqi_security_forces: 'syrian_security_forces',
  },
};

export function stateForceOf(id: ActorId, country: string): ActorId {
  return FORCES_IN[country]?.[id] ?? id;
}

const f = normalizeForMatch;
/** An actor, its Arabic and English names, and optionally a cheap screen: words one of which its names need. */
type Row = [ActorId, readonly string[], readonly string[], (readonly string[])?];

/** Most specific first: "مسلحي داعش" is ISIS, not unknown gunmen. */
const ROWS: readonly Row[] = [
  [
    'isis',
    [
      'داعش',
      'تنظيم الدولة',
      'الدولة الإسلامية',
      'تنظيم الدولة الإسلامية',
      'مسلحي داعش',
      'عناصر داعش',
      'فلول داعش',
      'خلايا داعش',
      // "التنظيم" alone, in security news of Iraq and Syria, is the one named before: ISIS
      'مسلحو داعش',
      'مسلحو التنظيم',
      'مسلحي التنظيم',
      'عناصر التنظيم',
      'خلايا التنظيم',
      'فلول التنظيم',
    ],
    [
      'isis',
      'isil',
      'islamic state',
      'daesh',
      'is militants',
      'is cells',
      'is sleeper cells',
      'is gunmen',
      'is fighters',
      'is jihadists',
    ],
  ],
  [
    'cts',
    ['جهاز مكافحة الإرهاب', 'قوات مكافحة الإرهاب'],
    ['counter terrorism service', 'counter terrorism forces', 'cts'],
  ],
  [
    'tribal_mobilisation',
    ['الحشد العشائري', 'حشد عشائري', 'حشد العشائر'],
    // not "tribal fighters": the men of a tribe, who are no state-backed force
    ['tribal mobilization', 'tribal mobilisation', 'tribal hashd'],
  ],
  [
    'pmf',
    ['الحشد الشعبي', 'الحشد', 'هيئة الحشد'],
    [
      'popular mobilization forces',
      'popular mobilisation forces',
      'popular mobilization units',
      'pmf',
      'pmu',
      'hashd al shaabi',
    ],
  ],
  ['peshmerga', ['البيشمركة', 'بيشمركة', 'البيشمركه'], ['peshmerga']],
  ['sdf', ['قسد', 'قوات سوريا الديمقراطية'], ['sdf', 'syrian democratic forces']],
  [
    'coalition',
    ['التحالف الدولي', 'التحالف', 'قوات التحالف'],
    ['coalition', 'us led coalition', 'international coalition'],
  ],
  [
    'us_forces',
    ['القوات الأمريكية', 'القوات الأميركية', 'الجيش الأمريكي', 'الجيش الأميركي'],
    // "American troops", "American soldiers": the US forces by the country's adjective
    ['us forces', 'us troops', 'us military', 'american (?:forces|troops|soldiers)'],
  ],
  // Kurdish outlets spell Kurdistan "كوردستان"
  [
    'pkk',
    [
      'حزب العمال الكردستاني',
      'العمال الكردستاني',
      'حزب العمال الكوردستاني',
      'العمال الكوردستاني',
      'بي كا كا',
    ],
    // "Kurdish rebels", "PKK rebels": the PKK, not the Syrian opposition
    ['(?:pkk|kurdish) rebels', 'pkk', 'kurdistan workers party'],
  ],
  // before Turkey: "Turkish-backed factions" are the SNA, not Turkey; "Kurdish-led fighters" the SDF
  [
    'sna',
    [
      'الفصائل الموالية لتركيا',
      'فصائل موالية لتركيا',
      'الفصائل المدعومة من تركيا',
      'فصائل مدعومة من تركيا',
      'فصائل المعارضة الموالية لتركيا',
      'فصائل المعارضة المدعومة من تركيا',
    ],
    [
      'turkish backed syrian opposition factions',
      'turkish backed factions',
      'turkish backed fighters',
      'turkish backed rebels',
      // "Turkish-backed opposition fighters": the SNA, not the opposition the bare name means
      'turkish backed (?:syrian )?opposition (?:fighters|factions|forces)',
      'turkish backed syrian rebels',
      'turkey backed factions',
    ],
  ],
  ['sdf', ['القوات الكردية'], ['kurdish led fighters', 'kurdish led forces']],
  // the armed opposition by the names the press gives it; before the Syrian army ("الجيش السوري
  // الحر", "Free Syrian Army" are not the army) and the Iraqi factions ("الفصائل المسلحة المعارضة");
  // not "rebel-held", "rebel stronghold": a place's holder is named by the adjective, no side
  [
    'syrian_opposition',
    [
      'فصائل المعارضة السورية',
      'فصائل المعارضة',
      'الفصائل المعارضة',
      'فصائل معارضة',
      'الفصائل المسلحة المعارضة',
      'فصائل مسلحة معارضة',
      'المعارضة السورية المسلحة',
      'المعارضة المسلحة',
      'مقاتلي المعارضة',
      'مقاتلو المعارضة',
      'مسلحي المعارضة',
      'قوات المعارضة',
      'الجيش السوري الحر',
      'الجيش الحر',
      'الفصائل المقاتلة',
      'الجبهة الوطنية للتحرير',
    ],
    [
      'syrian opposition factions',
      'syrian rebels',
      'rebels',
      'rebel (?:fighters|factions|groups|forces|shelling|shells|rockets?|fire)',
      'opposition (?:fighters|factions|forces)',
      'armed opposition(?: groups| factions)?',
      'free syrian army',
      'fsa',
      'national liberation front',
      'national front for liberation',
    ],
  ],
  [
    'turkey',
    [
      'تركيا',
      'الجيش التركي',
      'القوات التركية',
      'الطيران التركي',
      'طائرة تركية',
      'مسيرة تركية',
      // "قصف مدفعي تركي", "غارة جوية تركية": the blow named by its country's adjective is its own
      'قصف مدفعي تركي',
      'قصف تركي',
      'غارة جوية تركية',
      'غارة تركية',
      'تركية',
      'تركي',
    ],
    [
      'turkey',
      'turkish army',
      'turkish forces',
      'turkish military',
      'turkish drone',
      'turkish warplanes',
      'turkish',
    ],
  ],
  ['hts', ['هيئة تحرير الشام', 'تحرير الشام'], ['hayat tahrir al sham', 'hts']],
  ['sna', ['الجيش الوطني السوري', 'الجيش الوطني'], ['syrian national army', 'sna']],
  [
    'syrian_army',
    [
      'الجيش السوري',
      // the army's own name: "قوات الجيش العربي السوري"
      'الجيش العربي السوري',
      'قوات الجيش العربي السوري',
      'قوات النظام',
      'قوات الحكومة السورية',
      'جيش النظام',
      'النظام السوري',
      // "طائرات حربية تابعة للنظام": the regime's own aircraft and guns
      'تابعة للنظام',
      'التابعة للنظام',
      // "الطيران المروحي التابع للنظام": its aircraft, named with the masculine (not "فرع الأمن
      // العسكري التابع للنظام", a branch whose men may be the ones hit)
      '(?<=طيران |طيران (?:المروحي|الحربي) )التابع للنظام',
      'طيران النظام',
      'طائرات النظام',
      'مدفعية النظام',
      // "بقصف جوي للنظام", "غارات النظام": strikes named as the regime's are by its forces
      'قصف النظام',
      'غارات النظام',
      'قصف جوي للنظام',
      'قصف مدفعي للنظام',
      'قصف صاروخي للنظام',
      'قصف للنظام',
      'غارة للنظام',
      'غارات للنظام',
      'غارة جوية للنظام',
      'غارات جوية للنظام',
      // a blow told as the regime's: "بغارة لطائرة حربية يرجح أنها للنظام" (suspected by the words before)
      '(?<=أنها |أنه )للنظام',
      // the state's aircraft named by the country: "الطيران الحربي السوري", "طائرات حربية سورية"
      'الطيران الحربي السوري',
      'الطيران السوري',
      'الطائرات الحربية السورية',
      'الطائرات السورية',
      'طائرات حربية سورية',
      'طائرة حربية سورية',
      'المروحيات السورية',
    ],
    [
      'syrian army',
      'syrian government forces',
      'regime forces',
      'government forces',
      'syrian regime',
      'syrian troops',
      // "Syrian government air strikes", "regime rocket fire", "a government helicopter dropped barrel
      // bombs": the state's own guns and aircraft, singular or plural (in Syria; the event's country
      // decides whose)
      '(?:government|regime) (?:shelling|rocket fire|rockets?|artillery|air ?strikes?|warplanes?|helicopters?|aircraft|jets?|barrel bombs)',
      // "Syrian warplanes bombed…", "Syrian army helicopters": rebels have no aircraft, so Syria's are the army's
      'syrian (?:army )?(?:war ?planes?|fighter jets?|jets?|aircraft|helicopters?|air force)',
    ],
  ],
  [
    'russia',
    ['روسيا', 'القوات الروسية', 'الطيران الروسي', 'طائرات روسية', 'روسية', 'روسي'],
    ['russia', 'russian forces', 'russian warplanes', 'russian jets', 'russian'],
  ],
  [
    'iran_backed_militias',
    [
      'الفصائل المسلحة',
      'فصائل مسلحة',
      'الميليشيات الإيرانية',
      'الفصائل الموالية لإيران',
      'الجماعات الخارجة عن القانون',
    ],
    ['iran backed militias', 'iran backed militia', 'pro iranian militias', 'armed factions'],
  ],
  // Iran's own forces, after the factions it backs ("الميليشيات الإيرانية", "Iran-backed militias");
  // not the bare country, named in trade, borders and diplomacy
  [
    'iran',
    [
      'الحرس الثوري الإيراني',
      'الحرس الثوري',
      'حرس الثورة',
      'القوات الإيرانية',
      'الجيش الإيراني',
      'المدفعية الإيرانية',
      'القصف الإيراني',
      'قصف مدفعي إيراني',
      'قصف صاروخي إيراني',
      'قصف إيراني',
      'الطائرات المسيرة الإيرانية',
      'طائرة مسيرة إيرانية',
      'مسيرة إيرانية',
      'الصواريخ الإيرانية',
      'صواريخ إيرانية',
    ],
    [
      'irgc',
      'islamic revolutionary guard corps',
      '(?:iran s |iranian )?revolutionary guards?(?: corps)?',
      'iranian (?:forces|troops|army|artillery|shelling|drones?|missiles?|air ?strikes?|strikes?)',
    ],
  ],
  [
    'israel',
    [
      'إسرائيل',
      'الطيران الإسرائيلي',
      'غارات إسرائيلية',
      'إسرائيلي',
      'إسرائيلية',
      'الإسرائيلي',
      'الإسرائيلية',
    ],
    ['israel', 'israeli'],
  ],
  [
    'iraqi_army',
    [
      'الجيش العراقي',
      'قوات الجيش',
      'الجيش',
      'جنود',
      'جندي',
      'جنديين',
      'طيران الجيش',
      // the air force is the armed forces' own: ACLED codes its strikes as the military's
      'القوة الجوية العراقية',
      'القوة الجوية',
      'الطيران العراقي',
      'طائرات القوة الجوية',
      'قيادة العمليات المشتركة',
      // "طائرات F-16 العراقية"
      'طائرات f 16 العراقية',
      'طائرات اف 16 العراقية',
      'مقاتلات f 16 العراقية',
    ],
    [
      'iraqi army',
      'iraqi soldiers',
      'iraqi troops',
      'iraqi air force',
      'iraqi warplanes',
      'iraqi jets',
      'iraqi f ?16s?(?: jets)?',
      'army',
      'soldiers',
    ],
  ],
  // named as Syria's before the unqualified names below: "قوات الأمن السورية" is not "قوات الأمن"
  ['syrian_police', ['الشرطة السورية', 'شرطة النظام'], ['syrian police']],
  [
    'syrian_security_forces',
    ['قوات الأمن السورية', 'الأمن السوري', 'قوات الأمن العام', 'الأمن العام'],
    ['syrian security forces', 'general security forces', 'general security'],
  ],
  // riot police are a unit of the security forces, not the police of a station (before "police")
  [
    'iraqi_security_forces',
    ['قوات مكافحة الشغب', 'مكافحة الشغب'],
    ['riot police', 'anti riot police', 'anti riot forces'],
    [f('شغب'), 'riot'],
  ],
  [
    'iraqi_police',
    ['الشرطة', 'الشرطة العراقية', 'رجال الشرطة', 'الشرطة الاتحادية', 'شرطي', 'مركز للشرطة'],
    ['police', 'iraqi police', 'federal police', 'policemen', 'police station'],
  ],
  [
    'iraqi_security_forces',
    [
      'القوات الأمنية',
      'قوات الأمن',
      'القوات العراقية',
      'الأجهزة الأمنية',
      // the anti-narcotics police are a branch of the state's security forces
      'مديرية مكافحة المخدرات',
      'قوة من مكافحة المخدرات',
      'مكافحة المخدرات',
      'مديرية شؤون المخدرات',
      'شؤون المخدرات',
    ],
    [
      'security forces',
      'iraqi forces',
      'iraqi security forces',
      // "an Iraqi air strike", "Iraqi F-16 jets": the Iraqi state's own aircraft and guns
      'iraqi (?:air ?strikes?|warplanes?|jets?|aircraft|f ?16s?|helicopters?|artillery|shelling)',
      'anti narcotics directorate',
      'anti narcotics police',
      'anti narcotics',
      'counter narcotics',
    ],
  ],
  [
    'unknown_gunmen',
    [
      'مسلحون مجهولون',
      'مسلحين مجهولين',
      'مسلحان مجهولان',
      'مجهولون',
      'مسلحون',
      'مسلحين',
      'مسلحان',
      'مجهولين',
      'مجهولان',
    ],
    ['unknown gunmen', 'unidentified gunmen', 'gunmen', 'armed men', 'assailants'],
  ],
];

/** "الجيش" also appears as "للجيش" (ل + ال contracted). */
const withContraction = (names: readonly string[]): string[] =>
  names.map(f).flatMap((n) => (n.startsWith('ال') ? [n, `لل${n.slice(2)}`] : [n]));

const PATTERNS = ROWS.map(([id, ar, en, requires]) => ({
  id,
  requires,
  pattern: new RegExp(
    `(?<!${L})${AR_PREFIX}(?:${withContraction(ar).join('|')})(?!${L})|(?<!${L})(?:${en.join('|')})(?!${L})`,
    'gu',
  ),
}));

export interface ActorMention {
  id: ActorId;
  start: number;
  end: number;
}

/** Armed actors named in a clause, in order, each once; a longer name hides a shorter one inside it. */
export function findActors(view: MatchView): ActorMention[] {
  const seen = new Set<ActorId>();
  return findActorMentions(view).filter((a) => (seen.has(a.id) ? false : (seen.add(a.id), true)));
}

// a clause's actors are asked for by its roles and by its figures' owners: read once per view
// (views are made once per text: view.ts), and never changed
/**
 * Every mention of an armed actor in a clause, in order: one actor may be named twice in two roles
 * ("أعلنت قيادة العمليات المشتركة … نفذتها قطعات الجيش": who tells the news, then who did it).
 */
export const findActorMentions: (view: MatchView) => readonly ActorMention[] = memoByObject(mentionsOf);

function mentionsOf(view: MatchView): ActorMention[] {
  const found: ActorMention[] = [];
  for (const { id, pattern, requires } of PATTERNS) {
    if (requires && !requires.some((w) => view.text.includes(w))) continue;
    // (most clauses name few actors: literal-screen.ts)
    if (!mayMatch(pattern, view.text)) continue;
    for (const m of view.text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((a) => start < a.end && a.start < end)) continue;
      found.push({ id, start, end });
    }
  }
  const named = found.some((a) => a.id !== 'unknown_gunmen' && NON_STATE.has(a.id));
  return (
    found
      .sort((a, b) => a.start - b.start)
      // "مسلحون من تنظيم داعش": the gunmen are the named group's
      .filter((a) => !(named && a.id === 'unknown_gunmen'))
  );
}
