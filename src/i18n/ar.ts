import type { DigestTarget, Messages } from './messages.js';
import { adminAr } from './admin-ar.js';
import { picturesAr } from './pictures-ar.js';
import { AR_MONTHS, scheduleAr } from './schedule-ar.js';
import { isolate, RLM, stripBidiControls } from './bidi.js';
import { countText, plural, type CountForms, type PluralForms } from './plural.js';

/** Commands and codes are Latin: isolated so that their slash and arguments stay in place. */
const cmd = (text: string) => isolate(text);

/**
 * A line that opens with a command: the RLM makes it right-to-left even for a client whose
 * first-strong guess does not skip isolates.
 */
const commandLine = (command: string, rest: string) => `${RLM}${cmd(command)} ${rest}`;

/**
 * An Arabic counted noun in its forms: 3–10 take the plural (3 قتلى), 11–99 the singular
 * accusative (11 قتيلاً), 100, 101, 102 the singular genitive (100 قتيل).
 */
interface ArabicNoun {
  zero: string;
  one: string;
  two: string;
  /** The dual after a preposition: حتى قتيلين. */
  twoOblique: string;
  plural: string;
  accusative: string;
  singular: string;
}

function arabicCountForms(noun: ArabicNoun): CountForms {
  const numbered = (n: string) => ({
    few: `${n} ${noun.plural}`,
    many: `${n} ${noun.accusative}`,
    other: `${n} ${noun.singular}`,
  });
  return {
    exact: { zero: noun.zero, one: noun.one, two: noun.two, ...numbered('{n}') },
    // low ≥ 1 here, so a high end of 2 can only be "one or two"
    range: {
      zero: noun.zero,
      one: noun.one,
      two: `${noun.one} أو ${noun.two}`,
      ...numbered('بين {low} و{high}'),
    },
    upTo: {
      zero: noun.zero,
      one: `حتى ${noun.one}`,
      two: `حتى ${noun.twoOblique}`,
      ...numbered('حتى {high}'),
    },
  };
}

const killedForms = arabicCountForms({
  zero: 'لا قتلى',
  one: 'قتيل واحد',
  two: 'قتيلان',
  twoOblique: 'قتيلين',
  plural: 'قتلى',
  accusative: 'قتيلاً',
  singular: 'قتيل',
});
const woundedForms = arabicCountForms({
  zero: 'لا جرحى',
  one: 'جريح واحد',
  two: 'جريحان',
  twoOblique: 'جريحين',
  plural: 'جرحى',
  accusative: 'جريحاً',
  singular: 'جريح',
});
/** Attackers killed: the killed noun in its form for the number, then "of the attackers". */
const attackersKilledForms = arabicCountForms({
  zero: 'لا قتلى من المهاجمين',
  one: 'قتيل واحد من المهاجمين',
  two: 'قتيلان من المهاجمين',
  twoOblique: 'قتيلين من المهاجمين',
  plural: 'قتلى من المهاجمين',
  accusative: 'قتيلاً من المهاجمين',
  singular: 'قتيل من المهاجمين',
});
/** Attackers among the dead: "of the attackers" after the number, the subject of "بين القتلى". */
const attackersAmongForms = arabicCountForms({
  zero: 'لا أحد من المهاجمين',
  one: 'واحد من المهاجمين',
  two: 'اثنان من المهاجمين',
  twoOblique: 'اثنين من المهاجمين',
  plural: 'من المهاجمين',
  accusative: 'من المهاجمين',
  singular: 'من المهاجمين',
});
const incidentForms: PluralForms = {
  zero: 'لا حوادث',
  one: 'حادثة واحدة',
  two: 'حادثتان',
  few: '{n} حوادث',
  many: '{n} حادثة',
  other: '{n} حادثة',
};
const articleForms: PluralForms = {
  zero: 'لا مقالات',
  one: 'مقال واحد',
  two: 'مقالان',
  few: '{n} مقالات',
  many: '{n} مقالاً',
  other: '{n} مقال',
};

/** Names in running text, each isolated: a Latin tag or a slot time keeps its place in the Arabic line. */
const names = (list: readonly string[]) => list.map((name) => isolate(stripBidiControls(name))).join('، ');
const name = (text: string) => isolate(stripBidiControls(text));
const followingNow = (following: readonly string[]) =>
  following.length === 0 ? 'صار الموجز يشمل كل شيء.' : `صار الموجز مقتصراً على: ${names(following)}.`;
const where = (target: DigestTarget) => (target === 'topic' ? 'في هذا الموضوع' : 'هنا');

const moreFigureForms: PluralForms = {
  zero: 'لا أرقام أخرى',
  one: 'ورقم آخر',
  two: 'ورقمان آخران',
  few: 'و{n} أرقام أخرى',
  many: 'و{n} رقماً آخر',
  other: 'و{n} رقم آخر',
};

const incidentsCount = (n: number) => plural('ar', n, incidentForms);
const noIncidents = 'لا حوادث مرصودة في هذا المقال.';

export const ar: Messages = {
  admin: adminAr,
  pictures: picturesAr,
  languageName: 'العربية',
  start: [
    'أهلاً بك في موجز!',
    'أحوّل المقالات الإخبارية إلى موجزات قصيرة بالعربية والإنكليزية: ملخص في نقاط، والحوادث المرصودة (التاريخ والمكان والجهة المنفذة والضحايا)، والأرقام الرئيسية، والمصدر.',
    `أرسل ${cmd('/articles')} لتصفح المقالات، أو ${cmd('/help')} لقائمة الأوامر.`,
  ].join('\n\n'),
  help: [
    'أوامر موجز:',
    commandLine('/articles', '[رقم الصفحة] — المقالات، الأحدث أولاً'),
    commandLine('/summary', '[المعرّف] — ملخص المقال'),
    commandLine('/incidents', '[المعرّف] — الحوادث: التاريخ والمكان والجهة المنفذة والضحايا'),
    commandLine('/figures', '[المعرّف] — الأرقام الرئيسية'),
    commandLine('/source', '[المعرّف] — المصدر والرابط وتاريخ النشر'),
    commandLine('/map', '[المعرّف] — خريطة الحوادث'),
    commandLine('/chart', '[المحافظة] — رسم بياني للقتلى والجرحى عبر الزمن'),
    commandLine('/lang ar|en', `— لغة الرسائل: ${cmd('ar')} للعربية، ${cmd('en')} للإنكليزية`),
    commandLine(
      '/subscribe',
      '— استلام الموجز الدوري هنا، أو في الموضوع الذي يُرسل فيه الأمر (في المجموعات: للمشرفين فقط)',
    ),
    commandLine('/unsubscribe', '— إيقاف الموجز الدوري'),
    commandLine('/settings', '— الإعدادات: اللغة والاشتراك ومواعيد الموجز والمتابعة، بأزرار'),
    commandLine('/follow', `[الاسم] — حصر الموجز في محافظة أو وسم: ${cmd('/follow')} كركوك`),
    commandLine('/unfollow', '[الاسم] — إلغاء متابعتها'),
    commandLine('/start', '— رسالة الترحيب'),
    commandLine('/help', '— هذه القائمة'),
    '',
    `معرّف كل مقال يظهر في ${cmd('/articles')}، ومن دونه تعرض الأوامر أحدث مقال.`,
  ].join('\n'),
  commandDescriptions: {
    start: 'رسالة الترحيب',
    help: 'قائمة الأوامر',
    summary: 'ملخص مقال',
    incidents: 'الحوادث المرصودة في مقال',
    figures: 'الأرقام الرئيسية في مقال',
    source: 'مصدر مقال',
    articles: 'المقالات، الأحدث أولاً',
    lang: 'اختيار اللغة: العربية أو الإنكليزية',
    subscribe: 'استلام الموجز الدوري هنا',
    unsubscribe: 'إيقاف الموجز الدوري',
    settings: 'اللغة والاشتراك والمواعيد والمتابعة',
    follow: 'حصر الموجز في محافظة أو وسم',
    unfollow: 'إلغاء متابعة محافظة أو وسم',
    map: 'خريطة حوادث مقال',
    chart: 'القتلى والجرحى عبر الزمن',
  },
  unknownCommand: `عذراً، لا أعرف هذا الأمر. أرسل ${cmd('/help')} لقائمة الأوامر.`,
  privateHint: `أرسل ${cmd('/articles')} لتصفح المقالات، أو ${cmd('/help')} لقائمة الأوامر.`,
  langUsage: `لاختيار اللغة أرسل ${cmd('/lang ar')} للعربية أو ${cmd('/lang en')} للإنكليزية.`,
  langSet: 'تم ضبط اللغة على العربية.',
  articleNotFound: (id) =>
    `لم أجد مقالاً بالمعرّف «${isolate(stripBidiControls(id))}». أرسل ${cmd('/articles')} لعرض المقالات المتاحة.`,
  noArticles: 'لا مقالات بعد.',
  notStated: 'غير مذكور',
  groupBusy:
    'طلبات كثيرة هنا في وقت واحد: يسمح تيليغرام لي بنشر 20 رسالة فقط في الدقيقة داخل المجموعة. أعد الطلب بعد دقيقة، أو أرسل الأمر إليّ في محادثة خاصة.',
  somethingWentWrong: 'حدث خطأ ما. حاول مرة أخرى بعد قليل.',
  buttonExpired: 'انتهت صلاحية هذا الزر. أرسل الأمر من جديد.',
  buttons: {
    summary: 'الملخص',
    incidents: 'الحوادث',
    figures: 'الأرقام',
    source: 'المصدر',
    otherLanguage: 'English',
    // Same logical arrows as English: right-to-left layout mirrors ‹ › (Bidi_Mirrored), so "previous"
    // points right and "next" left. The RLM pins the arrow to the Arabic run whatever the label's
    // paragraph direction.
    previous: `${RLM}‹ السابق`,
    next: `التالي ›${RLM}`,
  },
  page: (page, pages) => `${page} من ${pages}`,
  noIncidents,
  noFigures: 'لا أرقام رئيسية في هذا المقال.',
  moreFigures: (n) => `…${plural('ar', n, moreFigureForms)}: اضغط «الأرقام» لعرضها كلها.`,
  onlyAvailableIn: (available) => (available === 'ar' ? '(متوفر بالعربية فقط)' : '(متوفر بالإنكليزية فقط)'),
  datePrecision: { day: 'يوم محدد', week: 'أسبوع', month: 'شهر', approximate: 'تاريخ تقريبي' },
  placePrecision: {
    locality: 'بلدة أو موقع',
    district: 'قضاء أو منطقة',
    governorate: 'محافظة',
    country: 'دولة',
  },
  placePrecisionNote: (precision) => `(دقة الموقع: ${ar.placePrecision[precision]})`,
  datePrecisionNote: (precision) => `(دقة التاريخ: ${ar.datePrecision[precision]})`,
  eventTypes: {
    battles: 'معارك',
    explosions_remote_violence: 'تفجيرات وعنف عن بُعد',
    violence_against_civilians: 'عنف ضد المدنيين',
    protests: 'احتجاجات',
    riots: 'أعمال شغب',
    strategic_developments: 'تطورات استراتيجية',
  },
  eventSubTypes: {
    armed_clash: 'اشتباك مسلح',
    government_regains_territory: 'استعادة الحكومة السيطرة على أراضٍ',
    non_state_actor_overtakes_territory: 'سيطرة جهة غير حكومية على أراضٍ',
    chemical_weapon: 'سلاح كيميائي',
    air_drone_strike: 'غارة جوية أو بطائرة مسيّرة',
    suicide_bomb: 'تفجير انتحاري',
    shelling_artillery_missile_attack: 'قصف مدفعي أو صاروخي',
    remote_explosive_landmine_ied: 'عبوة ناسفة أو لغم أو تفجير عن بُعد',
    grenade: 'قنبلة يدوية',
    sexual_violence: 'عنف جنسي',
    attack: 'اعتداء',
    abduction_forced_disappearance: 'اختطاف أو إخفاء قسري',
    peaceful_protest: 'احتجاج سلمي',
    protest_with_intervention: 'احتجاج تدخلت فيه القوات',
    excessive_force_against_protesters: 'قوة مفرطة ضد المحتجين',
    violent_demonstration: 'تظاهرة عنيفة',
    mob_violence: 'عنف جماعي',
    agreement: 'اتفاق',
    arrests: 'اعتقالات',
    change_to_group_activity: 'تغيّر في جماعة أو نشاطها',
    disrupted_weapons_use: 'إحباط استخدام أسلحة',
    headquarters_or_base_established: 'إنشاء مقر أو قاعدة',
    looting_property_destruction: 'نهب أو تدمير ممتلكات',
    non_violent_transfer_of_territory: 'انتقال السيطرة على أراضٍ دون قتال',
    other: 'أخرى',
  },
  labels: {
    date: 'التاريخ',
    place: 'المكان',
    who: 'الجهة المنفذة',
    what: 'ماذا حدث',
    target: 'المستهدف',
    killed: 'القتلى',
    wounded: 'الجرحى',
    casualties: 'الضحايا',
    source: 'المصدر',
    link: 'الرابط',
    published: 'تاريخ النشر',
    articleId: 'معرّف المقال',
    figures: 'أرقام رئيسية',
    incidents: 'الحوادث',
    articles: 'المقالات',
  },
  killed: (count) => countText('ar', count, killedForms),
  wounded: (count) => countText('ar', count, woundedForms),
  casualties: (killed, wounded) =>
    killed === null && wounded === null
      ? 'غير مذكور'
      : [
          killed === null ? 'عدد القتلى غير مذكور' : countText('ar', killed, killedForms),
          wounded === null ? 'عدد الجرحى غير مذكور' : countText('ar', wounded, woundedForms),
        ].join('، '),
  attackersKilled: (count) => countText('ar', count, attackersKilledForms),
  withAttackers: (casualties, attackersKilled) => `${casualties}؛ ${attackersKilled}`,
  attackersAmong: (count) => countText('ar', count, attackersAmongForms),
  withAttackersAmong: (casualties, attackers) => `${casualties} (بين القتلى ${attackers})`,
  incidentsCount,
  articlesCount: (n) => plural('ar', n, articleForms),
  incidentsInArticle: (n) => (n === 0 ? noIncidents : `الحوادث المرصودة في المقال: ${incidentsCount(n)}`),
  intake: {
    received: 'استُلم المقال؛ تصلك المسودة بعد لحظات.',
    draftHeading: 'مسودة موجز — راجعها قبل النشر',
    checkNote: 'راجع بخاصة ما وُسم «غير مذكور» أو بدقة تقريبية، والنصوص المتاحة بلغة واحدة فقط.',
    publish: 'نشر',
    discard: 'حذف المسودة',
    published: (id) =>
      `نُشر الموجز. يُعرض الآن بالأمر ${cmd(`/summary ${id}`)} ويُرسل في الموجز المجدول التالي.`,
    discarded: 'حُذفت المسودة.',
    alreadyPublished: (id) => `يوجد موجز منشور بالمعرّف ${isolate(stripBidiControls(id))}؛ لم يُستبدل.`,
    draftGone: 'لم تعد هذه المسودة موجودة.',
    newVersion: (id, existing) =>
      `توجد مسودة ${isolate(stripBidiControls(existing))} وقد بقيت كما هي؛ وهذه نسخة جديدة بجانبها: ${isolate(stripBidiControls(id))}.`,
    failed: (reason) =>
      `تعذّر إعداد مسودة: ${isolate(stripBidiControls(reason))}\nأرسل المقال نصاً: سطر العنوان، ثم سطر فارغ، ثم المتن؛ وإن لم يذكر المقال تاريخه فاكتب التاريخ (${cmd('YYYY-MM-DD')}) في السطر الأول.`,
    notText: `أرسل المقال نصاً أو ملفاً نصياً (${cmd('.txt')}).`,
    tooLarge: 'الملف أكبر من أن يكون مقالاً (الحد 1 ميغابايت).',
    checksHeading: 'للمراجعة قبل النشر',
    checkReason: {
      'date-guessed': 'لا يذكر المقال تاريخاً: أُخذ يوم النشر أو اليوم السابق له',
      'date-approximate': 'التاريخ تقريبي',
      'place-unresolved': 'المكان غير موجود في المعجم الجغرافي: تحقق من المحافظة',
      'casualties-conflict': 'يذكر المقال أرقاماً مختلفة للضحايا أنفسهم',
      'casualties-unsplit': 'رقم واحد للقتلى والجرحى معاً: لم يُقسَم',
      'casualties-approximate': 'عدد الضحايا تقريبي',
      'headline-disagrees': 'مجموع العنوان لا يوافق المتن',
      'actor-suspected': 'المقال يشتبه في الفاعل ولا يجزم',
      'figure-approximate': 'يذكر المقال هذا الرقم تقريبياً',
      'review-suggested':
        'كثيراً ما تخطئ المسودات من هذا النوع في المقالات التي لم تُضبط عليها أداة الاستقبال: تحقق من تاريخ الحادثة ومكانها وعدد ضحاياها',
    },
    incidentItem: (n) => `الحادثة ${n}`,
    figureItem: (value) => `الرقم ${isolate(value)}`,
  },
  digest: {
    heading: 'موجز: الجديد لديك',
    incidentTotals: (n, killed, wounded) =>
      n === 0 ? noIncidents : `${incidentsCount(n)}: ${ar.casualties(killed, wounded)}`,
    readMore: 'للمزيد',
  },
  subscriptions: {
    adminsOnly: 'عذراً، تغيير هذا متاح لمشرفي المجموعة فقط.',
    subscribed: (target, schedule) =>
      `تم الاشتراك: سيصل الموجز الدوري ${where(target)} ${schedule}.` +
      ` أرسل ${cmd('/settings')} لتغيير المواعيد، أو ${cmd('/follow')} لحصره في محافظة أو وسم.`,
    alreadySubscribed: (target) => `الاشتراك مفعّل بالفعل: يصل الموجز ${where(target)}.`,
    moved: (target) => `تم: سيصل الموجز من الآن ${where(target)}.`,
    unsubscribed: `تم إلغاء الاشتراك ولن يصل الموجز بعد الآن. أرسل ${cmd('/subscribe')} للاشتراك من جديد.`,
    notSubscribed: `الاشتراك غير مفعّل هنا. أرسل ${cmd('/subscribe')} لاستلام الموجز.`,
    followUsage: (following) =>
      [
        `لاستلام ما يخص محافظة أو وسماً فقط، أرسل ${cmd('/follow')} مع الاسم بالعربية أو الإنكليزية: ${cmd('/follow')} كركوك، ${cmd('/follow Kirkuk')}، ${cmd('/follow isis')}.`,
        following.length === 0 ? 'تتابع الآن كل شيء.' : `تتابع الآن: ${names(following)}.`,
      ].join('\n'),
    unfollowUsage: (following) =>
      following.length === 0
        ? 'تتابع كل شيء، فلا شيء لإلغاء متابعته.'
        : `أرسل ${cmd('/unfollow')} مع الاسم لإلغاء متابعته. تتابع الآن: ${names(following)}.`,
    nowFollowing: (target, following) => `تمت متابعة ${name(target)}. ${followingNow(following)}`,
    alreadyFollowing: (target) => `أنت تتابع ${name(target)} بالفعل.`,
    unfollowed: (target, following) => `تم إلغاء متابعة ${name(target)}. ${followingNow(following)}`,
    notFollowing: (target) => `أنت لا تتابع ${name(target)}.`,
    unknownTarget: (input, governorates, tags) =>
      [
        `لا أعرف «${name(input)}». يمكنك متابعة محافظة في العراق أو سوريا باسمها العربي أو الإنكليزي (مثل ${names(governorates)})،`,
        tags.length > 0
          ? `أو وسم من وسوم الموجزات: ${names(tags)}.`
          : 'أو وسم من وسوم الموجزات (لا وسوم بعد).',
      ].join(' '),
    tooManyFilters: (max) =>
      `يمكنك متابعة ${max} من المحافظات والوسوم على الأكثر. أرسل ${cmd('/unfollow')} لإلغاء واحدة أولاً.`,
    subscribeHint: `لا يصل الموجز إلى هذه المحادثة بعد: أرسل ${cmd('/subscribe')} للاشتراك.`,
  },
  settings: {
    heading: 'الإعدادات',
    language: (languageName) => `اللغة: ${languageName}`,
    subscription: (target) =>
      target === null
        ? 'الموجز الدوري: متوقف'
        : target === 'topic'
          ? 'الموجز الدوري: مفعّل، في موضوع من هذه المجموعة'
          : 'الموجز الدوري: مفعّل',
    slots: (schedule) => `مواعيد الموجز: ${schedule}`,
    filters: (following) => (following.length === 0 ? 'المتابعة: كل شيء' : `المتابعة: ${names(following)}`),
    buttons: {
      subscribe: 'اشترك',
      unsubscribe: 'إلغاء الاشتراك',
      clearFilters: 'متابعة كل شيء',
      slot: (slot, on) => `${on ? '✅' : '⬜'} ${isolate(slot)}`,
    },
    lastSlot: 'أبقِ موعداً واحداً على الأقل. لإيقاف الموجز ألغِ الاشتراك.',
  },
  schedule: scheduleAr,
  approximately: (value) => `نحو ${value}`,
  listSeparator: '، ',
  dates: {
    months: AR_MONTHS,
    range: (from, to) => `${from} – ${to}`,
    week: (from, to) => `الأسبوع من ${from} إلى ${to}`,
    approximate: (date) => `نحو ${date}`,
  },
};
