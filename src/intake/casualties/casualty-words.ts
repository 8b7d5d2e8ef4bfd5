/** The words and patterns casualty counting reads: person nouns, attackers, qualifiers and breaks, in English and Arabic. */
import { normalizeForMatch } from '../../text/normalize.js';
import { EN_ORDINALS } from '../reading/number-words.js';

const f = normalizeForMatch;

/** Person nouns whose plural is broken, so that a final ين/ان marks a dual ("جنديين" = 2). */
export const AR_PERSON_STEMS = [
  'جندي',
  // "والعريف سعد": a soldier named by his rank
  'عريف',
  'رقيب',
  // "استشهاد العميد واثنين من حراسه", "مقتل عقيد في الشرطة": an officer named by his rank alone,
  // as reports of attacks on commanders' convoys name him (both plurals broken: عمداء، عقداء)
  'عميد',
  'عقيد',
  // "اغتيال قاضي محكمة البداءة وشقيقه", "قتلوا قاضياً": a judge, as reports of assassinations name
  // him (written with its ي or without, "قاضٍ"; the plural قضاة is broken)
  'قاض',
  'قاضي',
  'طفل',
  'شخص',
  'عنصر',
  'ضابط',
  'رجل',
  'شرطي',
  'مختار',
  // "استشهد الشيخ فلان ومرافقه": a notable (tribal or religious), one person by his title
  'شيخ',
  // "قُتل وجيه عشائري ونجله": a tribal notable, as Deir ez-Zor copy names the one assassinated
  // (the word's own و is not "and": the whole word is the stem)
  'وجيه',
  'راع',
  'راعي',
  'طبيب',
  // "قتلوا صيدلانياً داخل صيدليته": one person, named by the trade of the shop he was killed in
  'صيدلاني',
  'شقيق',
  'ابن',
  'صياد',
  'معلم',
  'مدرس',
  'مهندس',
  // "باستشهاد مهندس وفنيين اثنين": a technician, as reports of attacks on repair crews name him
  'فني',
  'تاجر',
  // "قتل صائغ وابنه داخل محله": a goldsmith, as reports of robberies of gold shops name him (the
  // plural صاغة is broken)
  'صائغ',
  // "قتل صراف وابنه برصاص مسلحين": a money changer, as reports of robberies of exchange shops name him
  'صراف',
  // "صاحب متجر", "بائع خضار": one person, named by trade (not إمام: folded, it is أمام, "in front of")
  'صاحب',
  'بائع',
  'صحفي',
  'ناشط',
  'مسعف',
  // "وأصيب مترجم عراقي": the interpreter of a foreign patrol, as war-years Iraq copy names him
  'مترجم',
  'صبي',
  'شاب',
  'طالب',
  'سائق',
  'قيادي',
  'فلاح',
  'امرأ',
  'امرأة',
  // "قتلت سيدة", "مواطن وسيدة": a woman, as Levantine copy names her
  'سيدة',
  'طفلة',
  'فتاة',
  'مدني',
  'منتسب',
  'مقاتل',
  'مسلح',
  'عسكري',
  'مواطن',
  'مزارع',
  // "أصيب قرويان بجروح": a villager, as border reports name those the shelling hit
  'قروي',
  // "وكان مسن قد استشهد": an old man, as reports name the one killed by his age
  'مسن',
  'عامل',
  'متطوع',
  'إرهابي',
  'آمر',
  'مسؤول',
  'موظف',
  'حارس',
  'أمير',
  'قائد',
  // "مقتل متزعم الخلية", "مقتل زعيمها": a cell's or a gang's leader, as ministry statements on raids name him
  'متزعم',
  'زعيم',
  // "اغتيل رئيس مجلس البلدية": one person, named by the office they head
  'رئيس',
  // "قتل مدير ناحية سيد دخيل وسائقه": one person, named by the office he runs
  'مدير',
  'متظاهر',
  'محتج',
  'مرافق',
  // "قتل عضو في المجلس المحلي": one person, named by the body he sits on
  'عضو',
  'والد',
  'والدة',
  'زوج',
  'زوجة',
  'نجل',
  // "راعٍ وولداه", "ولديه": someone's child as Levantine copy names him (the verb "وُلد" has no ending)
  'ولد',
  'ابنة',
  'شقيقة',
  // "استشهد مواطن وحفيده", "وحفيدتها": a grandchild, one more of the dead (plural أحفاد is broken)
  'حفيد',
  'حفيدة',
  'راكب',
  'محام',
  'محامي',
  'ممرض',
  // "قتل ممرض ومريض", "وإصابة ثلاثة من الكادر ومريضين": a patient, as reports of strikes on hospitals
  // count them beside the staff (the plural مرضى is broken, so "مريضين" is the dual)
  'مريض',
  'بائع',
  // "أقدم مسلحون على قتل لاجئة عراقية": a refugee, as camp reports name the one killed
  'لاجئ',
  // "كما أصيب جار العائلة الذي هرع لإسعافهم": the neighbour, hit with the family next door
  'جار',
  // "قتل مطلوب خلال مداهمة": a wanted man, as raid reports name the one they hunted
  'مطلوب',
  // "مقتل أربعة جنود ومنشقَّين اثنين": a defector, as 2011–2012 Syrian copy counts the army's deserters
  'منشق',
  // "قتل عتال برصاص حرس الحدود": a porter (kolbar), as reports from the Iran–Iraq border name the
  // one the guards shot
  'عتال',
].map(f);
/**
 * Kin too short to stand alone as person nouns ("عم" is also "about", "عمان" a city), counted only
 * with the pronoun of whose they are: "وأصيب عمه" (his uncle), "خالها" (her uncle), "عمته" (his aunt).
 */
export const AR_KIN_OWNED = ['عم', 'خال', 'عمت', 'خالت'].map(f);
/**
 * "وإصابة الأم بجروح", "مقتل الأب": the parent of the family the story tells of, one person, by the
 * article alone (too short a word for the article to be taken off it; bare "أم", "أب" are no
 * person: the "or" of a question, the month "آب").
 */
export const DEFINITE_PARENTS = new Set(['الأب', 'الأم'].map(f));
/**
 * Those who were with someone, counted only by the dual ("رفيق" and "صديق" are also given names):
 * "رفيقاه" (his two companions), "زميليها" (her two colleagues), "أصيبت صديقتان" (two women friends).
 */
export const AR_COMPANIONS = ['رفيق', 'رفيقة', 'صديق', 'صديقة', 'زميل', 'زميلة'].map(f);
/** Pronoun suffixes on a singular noun: "سائقها" (her driver), "والدتهما" (their mother), "مرافقه". */
export const POSSESSED = ['ه', 'ها', 'هما', 'هم'].map(f);
/** Of those, the ones whose sound plural also ends in ين (مدنيين) are duals only with ان. */
export const SOUND_PLURAL = new Set(
  [
    'مدني',
    'منتسب',
    'مقاتل',
    'مسلح',
    'عسكري',
    'مواطن',
    'مزارع',
    'قروي',
    'مسن',
    'عامل',
    'متطوع',
    'إرهابي',
    'مسؤول',
    'موظف',
    'قيادي',
    'فلاح',
    'صياد',
    'معلم',
    'صحفي',
    'ناشط',
    'مسعف',
    'مترجم',
    'مرافق',
    'عتال',
    'صراف',
    'متظاهر',
    'محتج',
    'لاجئ',
    'مطلوب',
    'فني',
    // "أربعة جنود ومنشقين اثنين": a defector, as 2011–2012 Syrian copy counts the army's deserters
    'منشق',
  ].map(f),
);
export const EN_PERSONS = new Set([
  'man',
  'woman',
  'child',
  'boy',
  'girl',
  'soldier',
  'civilian',
  'policeman',
  'officer',
  'fighter',
  'member',
  'person',
  'shepherd',
  'farmer',
  'driver',
  'mukhtar',
  'teenager',
  'militant',
  'commander',
  'worker',
  'student',
  'resident',
  'guard',
  // "wounding him and a bodyguard": the one guarding the man hit, hit beside him
  'bodyguard',
  'journalist',
  'doctor',
  'employee',
  'official',
  'teacher',
  'engineer',
  'volunteer',
  'cleric',
  'sheikh',
  'lawyer',
  'nurse',
  'gunman',
  // "Soldiers returned fire, killing the terrorist": the one who opened fire, named back, one person
  // (not "attacker": "17 … were killed along with the three attackers" keeps the attackers apart)
  'terrorist',
  'insurgent',
  'assailant',
  // "killing one militiaman and two civilians": a member of a militia, one person (plural in casualty-phrase.ts)
  'militiaman',
  'bomber',
  'pilgrim',
  'trader',
  'merchant',
  'shopkeeper',
  'owner',
  'pharmacist',
  'passenger',
  'occupant',
  'barber',
  'activist',
  'paramedic',
  'contractor',
  'judge',
  'imam',
  'operative',
  'aide',
  'leader',
  'emir',
  'villager',
  'protester',
  // people named by what they did in public life: "gunmen killed a former protest organiser"
  'organiser',
  'organizer',
  'politician',
  'lawmaker',
  'mayor',
  'businessman',
  'herder',
  'fisherman',
  'refugee',
  'labourer',
  'passer-by',
  'passerby',
  'bystander',
  'pedestrian',
  'mother',
  'father',
  'wife',
  'husband',
  'son',
  'daughter',
  'brother',
  'sister',
  // more trades and standings a roundup names its one victim by: "a sticky bomb wounded a civil
  // servant", "gunmen killed a tribal elder", "a blast wounded a street vendor"
  'servant',
  'elder',
  'vendor',
  'peddler',
  'mechanic',
  'tailor',
  'baker',
  'butcher',
  'grocer',
  'changer',
  'jeweller',
  'jeweler',
  'goldsmith',
  'electrician',
  'laborer',
  'professor',
  'lecturer',
  'cameraman',
  'photographer',
  'reporter',
  'policewoman',
  'priest',
  // those a strike on a hospital, a mosque or a market hits: "a strike on a hospital killed a patient"
  'patient',
  'worshipper',
  'customer',
  'shopper',
  'inmate',
  'detainee',
  // those named by how they stand to the victims, hit beside them: "A neighbour was also injured"
  'neighbour',
  'neighbor',
  'cousin',
  'friend',
  // "two soldiers and their interpreter were killed": the local interpreter of a foreign patrol, as
  // war-years Iraq copy counts him beside the troops
  'interpreter',
  'translator',
  // "killed a farmer and a police captain", "a National Guardsman was wounded": one of a force named
  // by his rank or his corps ("major", "general" are as often adjectives; "a first lieutenant was
  // martyred" reads apart from the dead told after it: not here)
  'captain',
  'sergeant',
  'colonel',
  'corporal',
  'guardsman',
]);
/**
 * "وأصيب ثالث", "مقتل الانتحاري ومهاجم آخر": one more, by rank; the accusative too, the object of an
 * active verb ("قتلوا أربعة مزارعين وأصابوا خامساً", "وجرحوا ثالثاً"; not "ثانياً", as often "secondly").
 */
export const ONE_MORE_AR = new Set(
  ['آخر', 'ثالث', 'ثالثة', 'رابع', 'رابعة', 'خامس', 'ثالثا', 'رابعا', 'خامسا', 'سادسا'].map(f),
);
/** "فقتل أحدهما" (one of the two was killed): one person of a group named before, told by a pronoun. */
export const ONE_OF_THEM_AR = new Set(['أحدهما', 'إحداهما', 'أحدهم', 'إحداهن'].map(f));
/**
 * "فقتل أحدهما وأصيب الآخر": "the other" is one more only right after "one of them"; alone ("فيما
 * توفي الآخر متأثراً بجروحه") it is one of those already counted.
 */
export const THE_OTHER_AR = new Set(['الآخر', 'الأخرى'].map(f));
export const VAGUE_AR = new Set(['عدد', 'وعدد', 'بعدد'].map(f));
/** "a third", "another fourth": one more victim, counted by rank. */
export const ONE_MORE_EN: ReadonlySet<string> = new Set(Object.keys(EN_ORDINALS));
/** Words that end a count phrase's reach: a count before them does not count the casualties after. */
export const BREAKS = new Set([
  'among',
  'including',
  'said',
  'says',
  'saying',
  'adding',
  'that',
  'after',
  'when',
  'as',
  'while',
  'but',
  'than',
  'of',
  'in',
  'on',
  'at',
  'by',
  'since',
]);

export const VERB_AFTER_ANOTHER = new Set(['wounded', 'injured', 'hurt', 'killed', 'died']);
/** "No one was killed", "not one": a negation before "one" counts nobody. */
export const NONE_BEFORE = new Set(['no', 'not']);
/** "His brother was not hurt", "were never found wounded": the verb of harm denied, said of no one it counts. */
export const DENIED_BEFORE_CUE = new Set(['not', 'never']);
export const BE = new Set(['was', 'were', 'had', 'has', 'have', 'been']);
/**
 * "suffered light injuries", "sustained wounds": verbs whose object is the wounds, so their subject is
 * the one wounded, as a passive's is.
 */
export const TOOK_WOUNDS = new Set(['suffered', 'sustained', 'suffers', 'sustains']);
export const HOW_BADLY = new Set([
  'lightly',
  'slightly',
  'seriously',
  'critically',
  'badly',
  'severely',
  'moderately',
  'gravely',
  'fatally',
  'also',
]);
/** "suffered minor injuries", "sustained serious wounds": how bad the wounds were, said of the wounds. */
export const WOUNDS_DEGREE = new Set([
  'minor',
  'light',
  'slight',
  'superficial',
  'moderate',
  'serious',
  'severe',
  'critical',
]);
/**
 * "in the car", "inside the house", "in a neighbouring house", "in a nearby field", "in the street":
 * where the counted people were, between them and their verb (a describing word may stand before the
 * place).
 */
export const WHERE_THEY_WERE =
  /(?<![\p{L}])(?:in|inside)\s+(?:the|a|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:car|vehicle|bus|truck|house|home|building|shop|field|farm|orchard|tent|street|market|mosque)(?![\p{L}])/gu;
/** "a shepherd about 200 metres away", "a boy some 50 yards from the blast": how far, where they were. */
export const HOW_FAR =
  /(?<![\p{L}\d])(?:(?:about|some|around|nearly|roughly|only)\s+)?\d[\d,.]*\s*(?:km|kilometres|kilometers|metres|meters|m|yards|feet|miles)(?:\s+(?:away|from\s+[^,]*?(?=\s(?:was|were)(?![\p{L}]))))?(?![\p{L}])/gu;
/** "including a child", "among them two women": who was among the counted, up to their verb. */
export const AMONG_THEM =
  /(?<![\p{L}])(?:including|among them|among whom)\s+[^,]*?(?=\s(?:was|were|had|have)(?![\p{L}]))/gu;
/** Who carried out an attack, as a count names them: their deaths are not the victims'. */
export const ATTACKERS = new Set(
  [
    'attacker',
    'attackers',
    'militant',
    'militants',
    'gunman',
    'gunmen',
    'assailant',
    'assailants',
    'insurgent',
    'insurgents',
    'terrorist',
    'terrorists',
    'bomber',
    'bombers',
    'jihadist',
    'jihadists',
    // the armed side of a police raid: "Three gang members were also killed", "مقتل ثلاثة من أفراد العصابة"
    'gang',
    'smugglers',
    'traffickers',
    'kidnappers',
    'العصابة',
    'عصابة',
    'المهربين',
    'مهربين',
    'الخاطفين',
    'المهاجمين',
    'مهاجمين',
    // "قتلوا 26 من المرتزقة": the attackers, as Kurdish and Syrian official copy names the militants
    'المرتزقة',
    'مرتزقة',
    'مرتزقا',
    // (one of them: "مقتل الانتحاري ومهاجم آخر", the bomber and another attacker)
    'مهاجم',
    'المهاجم',
    'الانتحاري',
    'المسلحين',
    'مسلحين',
    // (the singular a count of eleven and more takes: "أكثر من 50 مسلحا قتلوا", as "إرهابيا" below)
    'مسلحا',
    // (the nominative dual: "قتل مهاجمان اثنان أيضاً")
    'مهاجمان',
    'الإرهابيين',
    'إرهابيين',
    'إرهابيا',
    'انتحاري',
    'انتحاريين',
    'الانتحاريين',
    // (the nominative plurals: "بينهم الانتحاريون الثلاثة", "وفرّ المهاجمون")
    'الانتحاريون',
    'المهاجمون',
    'الدواعش',
    // the wanted men a raid hunted: "قتل مطلوب خلال مداهمة", "مقتل اثنين من المطلوبين"
    'مطلوب',
    'المطلوب',
    'مطلوبان',
    'مطلوبين',
    'المطلوبين',
  ].map(f),
);

export const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);
/**
 * Family members and companions counted after a possessive: "his wife", "her two sons", "its driver", "his
 * friend", "their interpreter" (a patrol's).
 */
export const KIN =
  /^(wife|husband|sons?|daughters?|child|children|brothers?|sisters?|mother|father|grandsons?|granddaughters?|relatives?|cousins?|nephews?|nieces?|uncles?|driver|drivers|aides?|companions?|friends?|colleagues?|bodyguards?|guards?|passengers?|owner|interpreters?|translators?)$/;

export const QUALIFIER_START = new Set(['في', 'من'].map(f));
/** "ضابط برتبة ملازم أول": a rank after the person noun. */
export const RANK = f('برتبة');

/** "أحد مقاتلي الجيش أصيب": one of a group, with the verb in the singular. */
export const ONE_OF = new Set(['أحد', 'إحدى'].map(f));
export const QAD = f('قد');
export const ONE_WORDS = new Set(['واحد', 'واحدة', 'واحدا'].map(f));
export const THAT = new Set(['أن', 'بأن', 'وأن'].map(f));
/** Which one more a singular noun names ("عنصراً ثانياً", "جندي آخر"): still one person. */
export const ONE_MORE = new Set(
  ['ثانيا', 'ثان', 'ثاني', 'ثالثا', 'ثالث', 'رابعا', 'رابع', 'خامسا', 'خامس', 'آخر', 'آخرا'].map(f),
);
export const MIN = f('من');
/**
 * Armed men counted by their own noun, in the counted forms ("28 مقاتلاً", "9 مسلحين", "31 جهادياً"):
 * a side of a fight named by what its fighters are. Readers of a second side add the forms they also
 * take (other-side-count.ts the bare singular, hedged-side-count.ts "عنصراً").
 */
export const FIGHTERS_COUNTED_AR: readonly string[] = [
  'جهاديا',
  'جهاديين',
  'مسلحا',
  'مسلحين',
  'إرهابيا',
  'إرهابيين',
  'مقاتلا',
  'مقاتلين',
].map(f);
/** "بينهم طفلان", "منهم امرأة": who was among the counted; "ثلاثة مدنيين هم رجل وطفلاه": who they were. */
export const AMONG_AR = new Set(
  ['بينهم', 'بينها', 'بينهما', 'بينهن', 'منهم', 'منهن', 'وبينهم', 'ومنهم', 'هم', 'وهم', 'هما', 'وهما'].map(f),
);

export const PRONOUN_CASUALTY = {
  // (and the verb with its object: "وجيه من العشيرة، اغتاله مسلحان", "هاجموا منزله وقتلوه مع ولديه")
  killed: [
    'مقتل',
    'استشهاد',
    'اغتيال',
    'وفات',
    'إعدام',
    'تصفيت',
    'اغتال',
    'اغتالو',
    'اغتالت',
    'قتلو',
    'قتلت',
  ],
  wounded: ['إصابت', 'جرح'],
} as const;
/**
 * The pronouns a casualty noun takes for whom it counts: him, the two of them; and her ("ما أدى إلى
 * مقتلها"), though a wounding noun's "ها" is as often a thing hit ("إصابتها بأضرار", a building
 * damaged): she counts there only with wounds told after her (pronounCount in casualties-ar.ts).
 */
const PRONOUNS = { killed: 'هما|ه|ها', wounded: 'هما|ه|ها' } as const;
/** "محاولة اغتياله", "نجا من محاولة لقتله": an attempt, nobody killed. */
export const ATTEMPT = f('محاولة');
/** "لإحياء ذكرى استشهاده": the anniversary of one's death long ago, no one killed now. */
export const ANNIVERSARY = f('ذكرى');
export const DIED_OF = f('متأثر');
export const pronounPatterns = Object.fromEntries(
  Object.entries(PRONOUN_CASUALTY).map(([kind, nouns]) => [
    kind,
    new RegExp(
      `(?<![\\p{L}])([\\p{L}]+\\s+)?[وفبل]?(?:${nouns.map(f).join('|')})(${PRONOUNS[kind as 'killed' | 'wounded']})(?![\\p{L}])`,
      'gu',
    ),
  ]),
) as Record<'killed' | 'wounded', RegExp>;

/**
 * Who did it, told right after an Arabic verb: "اغتال مسلحون مجهولون يستقلون دراجة نارية رجلا", two of
 * them in the dual ("اغتال مسلحان مجهولان شاباً").
 */
export const AR_SUBJECTS = new Set(
  ['مسلحون', 'مسلحين', 'مجهولون', 'مجهولين', 'عناصر', 'مسلحو', 'ملثمون', 'مسلحان', 'مجهولان', 'ملثمان'].map(
    f,
  ),
);

/**
 * Words a verb of the blow may have between it and its count: qualifiers ("killing at least 13"), and
 * "all" ("killing all three people inside": the ones in what was hit, counted here for the first
 * time; "All four were killed", before its verb, counts again a group told before: all-of-them.ts).
 */
export const EN_BEFORE_COUNT =
  /^(at|least|some|about|around|nearly|more|than|over|up|to|between|from|another|all)$/;
export const TOLL = /toll/;
export const TOLL_VERBS = /^(rose|risen|has|had|reached|climbed|stood|stands|is|was|now|increased|jumped)$/;
/** Casualty words that take no object: the count is before them ("3 dead", "two died"). */
export const INTRANSITIVE = /^(?:dead|died|lost their lives)$/;
export const PASSIVE_BE = new Set(['was', 'were', 'been', 'being', 'is', 'are']);
/** Between a cue and the count that is its object, only qualifiers ("killing at least 13"). */
export const ONLY_QUALIFIERS =
  /^(?:\s+(?:at|least|some|about|around|nearly|more|than|over|up|to|between|from))*\s+$/u;

/** The Arabic qualifiers a count may open with, as word lists ("ما لا يقل عن" → ما، لا، يقل، عن). */
export const AR_QUALIFIERS = [
  'ما لا يقل عن',
  'ما يزيد عن',
  'ما يزيد على',
  'ما يقارب',
  'أكثر من',
  'ما يناهز',
  'قرابة',
  'نحو',
  'حوالي',
  'زهاء',
].map((q) => f(q).split(' '));
