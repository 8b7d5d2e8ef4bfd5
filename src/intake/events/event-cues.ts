// The cue words a clause is read by: casualties, reporting, carrying out, denial, remains,
// aggregates, disease, quantities, and where a new event begins.
import { ANOTHER_NOUNS_AR, ANOTHER_NOUNS_EN } from './another-nouns.js';
import { ar, en } from './cue-pattern.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { HE_TOO } from './he-too.js';
import { BOMBER_STRUCK } from './second-bomber.js';
import { TIME_LATER } from '../reading/time-later.js';
import { ADMITTED_WITH_SYMPTOMS } from './admitted-with-symptoms.js';
import { LOST_LIMB } from './lost-limb.js';
import { SUFFOCATION_CASES_AR } from '../casualties/suffocation-cases.js';
import { FELL_VICTIM_AR } from './fell-victim.js';

/**
 * "300,000 barrels per day", "20 megawatts a day": a quantity of goods at a rate, an oil line's or a
 * plant's output, not people killed at one (the "per day" of a rate of deaths follows its dead or
 * its verb, never a unit).
 */
const GOODS_UNIT = '(?:barrels|tonnes|tons|litres|liters|gallons|megawatts|cubic (?:metres|meters|feet)) ';

/** "ثانية", "ثالث": an ordinal without the article, a new one of its kind ("عبوة ثانية", a second bomb). */
const A_SECOND_AR = `(?<!${L})(?:${anyOf(['ثان', 'ثانية', 'ثالثة', 'ثالث'])})(?!${L})`;

/**
 * Casualty cue words, in matching form. To assassinate is to kill, in both languages ("اغتال مسلحون
 * مختاراً", "gunmen assassinated a mukhtar"); an attempt at it ("محاولة اغتيال") is read by its own rule.
 * A roundup's items and headlines tell the blow in the present ("- مسلحون مجهولون يغتالون مختار قرية",
 * "مسيرة تركية تقتل ثلاثة"): the same killing, its object the count. Official Syrian and Kurdish
 * statements tell a killing in English as in Arabic ("استشهد", "were martyred", "martyring three").
 * To execute is to kill, told by the verb as by its noun ("أعدم المسلحون ثلاثة رعاة", "إعدام ثلاثة رعاة").
 * A source that "put the toll at 17" counts the dead, as one that gives the death toll does. A killing
 * told by how it was done is one too ("were found beheaded", "with their throats cut", "stabbed to death").
 * Women harmed take the feminine plural ("ثلاث نساء قتلن", "امرأتين أصبن"), two of them the feminine dual
 * ("امرأتان قد قتلتا"). The ones who "fell victim" to the event are its dead ("راح ضحيتها 20 مدنياً", fell-victim.ts).
 */
export const CUES = {
  killed: new RegExp(
    `${ar(['قتل', 'قتلوا', 'قتلا', 'قتلت', 'قتلتا', 'قتلن', 'مقتل', 'مصرع', 'لقي', 'لقوا', 'لقيت', 'لقيا', 'لقيتا', 'لقين', 'استشهد', 'استشهاد', 'استشهدوا', 'استشهدن', 'ارتقى', 'ارتقوا', 'ارتقاء', 'وفاة', 'توفي', 'قضى', 'قضوا', 'اغتيال', 'اغتال', 'اغتالت', 'اغتالوا', 'اغتيل', 'اغتيلت', 'يغتال', 'تغتال', 'يغتالون', 'يقتل', 'تقتل', 'يقتلون', 'إعدام', 'أعدم', 'أعدمت', 'أعدموا', 'حصيلة الضحايا', 'حصيلة القتلى', 'عدد الضحايا', 'عدد القتلى', ...FELL_VICTIM_AR])}|${en(['death toll', '(?:put|puts|putting) the toll at', 'killed', 'killing', 'kills', 'kill', 'dead', 'died', 'shot dead', 'lost their lives', 'death of', 'deaths of', 'executed', 'gunned down', 'assassinated', 'assassinating', 'martyred', 'martyring', 'beheaded', 'stabbed to death', '(?:throats?|necks?) (?:cut|slit)'])}`,
    'gu',
  ),
  // ("70 people suffered breathing difficulties after the strike": a gas attack's wounds, told of the
  // blow that caused them; "activists said three suffered breathing problems" alone is only a claim)
  // ("94 people had been admitted to hospitals with symptoms of suffocation": admitted-with-symptoms.ts)
  // ("one more fighter was being treated for burns": burns are wounds; the active "وأصابوا نجله بجروح",
  // "قتلت شخصاً وأصابت آخرين" wounds its object as "قتلوا" kills it)
  // ("a shepherd lost both legs": maimed, wounded, lost-limb.ts)
  wounded: new RegExp(
    `${ar(['أصيب', 'أصيبوا', 'أصيبا', 'أصيبت', 'أصبن', 'إصابة', 'جرح', 'جرحوا', 'جرحت', 'جرحن', 'إصابات', 'أصاب', 'أصابوا', 'أصابا', 'أصابت'])}|${en(['wounded', 'wounding', 'injured', 'injuring', 'injuries', 'hurt', 'wounds', 'burns', '(?:breathing|respiratory) (?:difficulties|problems)(?=\\s+(?:after|from|following|when|to)(?!\\p{L}))', ADMITTED_WITH_SYMPTOMS, LOST_LIMB])}`,
    'gu',
  ),
  /** Nouns that are the casualty itself, after a number: "5 قتلى", "three dead". */
  killedNoun: new RegExp(
    // a body found ("عثر على جثة راع مقتولا") is someone killed
    `${ar(['قتيل', 'قتيلا', 'قتلى', 'قتيلين', 'قتيلان', 'شهيد', 'شهداء', 'شهيدا', 'شهيدين', 'شهيدان', 'ضحايا', 'ضحية', 'جثة', 'جثث', 'جثتي', 'جثتين', 'جثتان', 'جثتا'])}|${en(['dead', 'fatalities', 'deaths', 'bodies', 'body of'])}`,
    'gu',
  ),
  woundedNoun: new RegExp(
    // ("نحو 30 حالة اختناق": the cases of suffocation counted, suffocation-cases.ts)
    `${ar(['جريح', 'جريحا', 'جرحى', 'جريحين', 'جريحان', 'مصاب', 'مصابا', 'مصابين', 'مصابون', ...SUFFOCATION_CASES_AR])}|${en(['wounded', 'injured', 'casualties'])}`,
    'gu',
  ),
  /**
   * "مقتل وإصابة 7", "killed or wounded": one number for both, so neither is known. So in the verbs
   * joined by "or" ("قتل أو جرح سبعة"), the nouns in the accusative ("سقوط 12 قتيلاً وجريحاً"), the
   * martyrs of official and local copy ("استشهاد وإصابة خمسة", "بين شهيد وجريح"), and the wounded
   * told first ("wounded or killed").
   */
  combined: new RegExp(
    `${ar(['مقتل وإصابة', 'مقتل وجرح', 'قتل وجرح', 'قتل وأصيب', 'قتلى وجرحى', 'قتلى ومصابين', 'قتلى وإصابات', 'قتيل وجريح', 'بين قتيل وجريح', 'قتيل ومصاب', 'بين قتيل ومصاب', 'مقتل أو إصابة', 'مقتل أو جرح', 'قتل أو جرح', 'قتل أو أصيب', 'قتلوا أو جرحوا', 'قتلوا أو أصيبوا', 'قتيلا وجريحا', 'قتيلا ومصابا', 'مصرع وإصابة', 'استشهاد وإصابة', 'استشهاد وجرح', 'شهداء وجرحى', 'شهيد وجريح', 'شهيدا وجريحا'])}|${en(['killed or wounded', 'killed and wounded', 'dead or wounded', 'dead and wounded', 'killed or injured', 'killed and injured', 'dead or injured', 'dead and injured', 'killed or hurt', 'killing and wounding', 'killing or wounding', 'killing and injuring', 'killing or injuring', 'wounded or killed', 'injured or killed', 'casualties'])}`,
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
    // in the plural too, and the blow's own verb: "said the strikes hit the village late on Monday
    // night", "قال إن الغارات استهدفت القرية فجر اليوم"; so does the deed's own verb in a report told
    // with no "that": "the agency said gunmen fired rockets on Saturday at the town"
    `${ar(['نفذ', 'نفذت', 'نفذوا', 'شن', 'شنت', 'شنوا', 'وقع', 'وقعت', 'حدث', 'انفجار', 'انفجارات', 'تفجير', 'تفجيرات', 'هجوم', 'هجمات', 'قصف', 'غارة', 'غارات', 'ضربة', 'ضربات', 'اشتباك', 'اشتباكات', 'استهدف', 'استهدفت'])}|${en(['carried out', 'launched', 'occurred', 'happened', 'took place', 'explosions?', 'blasts?', 'attacks?', 'strikes?', 'air ?strikes?', 'bombings?', 'shelling', 'clash', 'clashes', 'hit', 'struck', 'targeted', 'fired', 'opened fire', 'shelled', 'ambushed', 'stormed'])}`,
    'gu',
  ),
  denial: new RegExp(
    `${ar(['نفى', 'نفت', 'ينفي', 'تنفي', 'نفوا', 'مزاعم', 'ادعاءات', 'لا صحة', 'عار عن الصحة', 'عارية عن الصحة', 'كذب', 'لم تتعرض', 'لم يتعرض', 'لم تسجل أي', 'لم يسجل أي'])}|${en(['denied', 'denies', 'deny', 'denial', 'false claims', 'dismissed claims', 'rejected claims', 'no truth', 'no attack had', 'no attack has', 'no attack took place', 'had not taken place', 'did not take place', 'never took place', 'fabricated'])}`,
    'gu',
  ),
  /** Mass graves, bodies in a shallow grave and exhumed remains: earlier victims found now, not an event of the news. */
  remains: new RegExp(
    `${ar(['مقبرة جماعية', 'مقابر جماعية', 'المقبرة الجماعية', 'المقابر الجماعية', 'رفات', 'رفاة', 'الرفات', 'مقبرة', 'مقابر'])}|${en(['mass graves?', 'shallow graves?', 'remains of', 'exhumed', 'exhumation', 'exhuming'])}`,
    'u',
  ),
  /**
   * Aggregates and statistics: never a single incident (so are counts over weeks, "خلال الأسبوع
   * الماضي", "in the past two weeks", and counts over the places told before, "في المناطق
   * المذكورة", "in the areas mentioned": the sum of the events told, or of more; and rates, "more
   * than 100 people are killed every day", "يقتل يومياً": how often, not what happened once).
   */
  aggregate: new RegExp(
    `${ar(['منذ اندلاع', 'منذ اندلاعها', 'منذ اندلاعه', 'منذ بدئها', 'منذ بدئه', 'منذ بداية الحرب', 'منذ بدء', 'منذ مطلع', 'منذ بداية', 'منذ طرد', 'منذ تحرير', 'منذ دحر', 'منذ هزيمة', 'منذ استعادة', 'منذ انسحاب', 'النصف الأول من العام', 'خلال السنوات', 'خلال سنوات', 'على مدى السنوات', 'خلال العام', 'خلال الأشهر', 'على مدى الأشهر', 'على مدى الأسبوع', 'خلال الأسبوع الماضي', 'في المناطق المذكورة', 'في المناطق آنفة الذكر', 'في المناطق سالفة الذكر', 'خلال الأسبوعين الماضيين', 'خلال الأسابيع', 'على مدار الأسبوع', 'طيلة الأسبوع', 'خلال الفترة نفسها', 'خلال الفترة ذاتها', 'في الفترة نفسها', 'إصابة مؤكدة', 'إصابات مؤكدة', 'حالة وفاة بالمرض', 'حالات وفاة بالمرض', 'وفاة بالمرض', 'وثق مقتل', 'وثقت مقتل', 'إحصائية', 'إحصاءات', 'سنويا', 'شبه يومي', 'شبه يومية', 'بشكل يومي', 'يوميا', 'تصاعدا في', 'تصاعدا ملحوظا في', 'ارتفاعا في', 'ازديادا في'])}|${en(['since the start', 'since the beginning', 'since the expulsion', 'since the liberation', 'since the recapture', 'since the defeat', 'months of the year', 'in the first half of', 'since the war began', 'since the conflict began', 'since the fighting began', 'since the clashes began', 'since they began', 'since it began', 'over the years', 'over the past years', 'over the same period', 'during the same period', 'in the same period', 'over the past year', 'in the past year', 'over the past months', 'over the past week', 'in the past week', 'in the (?:areas|places|towns|villages) mentioned', 'in the (?:above-mentioned|aforementioned) (?:areas|places|towns|villages)', 'in the last week', '(?:in|over|during) the (?:past|last) (?:two|three|four|few|several) weeks', 'over the last week', 'during the past week', 'over the past few days', 'over the past month', 'documented the deaths', 'death toll since', 'so far this year', 'this year alone', 'statistics', 'annually', 'almost daily', 'near-daily', 'nearly every day', 'every day', 'each day', `(?<!${GOODS_UNIT})per day`, 'a rise in', 'a surge in', 'an upsurge in', 'an increase in'])}`,
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
  /**
   * A new, separate event starts here ("وفي حادث منفصل", "وفي هجوم آخر", "Separately"); so does a
   * deed told from the time after the one before ("Hours later, gunmen opened fire on a bus", "About
   * two hours later, gunmen … opened fire on a police checkpoint").
   */
  separate: new RegExp(
    `^(?:["«“]?\\s*)(?:${ar(['وفي حادث منفصل', 'في حادث منفصل', 'في حادث آخر', 'في حادثة أخرى', 'في حادثة منفصلة', 'في هجوم آخر', 'في هجوم منفصل', 'من جهة أخرى', 'من جهة ثانية', 'في غضون ذلك', 'إلى ذلك', 'كما', 'وكما', 'في سياق منفصل', 'في سياق متصل', 'في سياق آخر', 'في السياق ذاته', 'في السياق نفسه', 'على صعيد آخر', 'على صعيد متصل'])}|${en(['separately', 'in a separate incident', 'in another incident', 'in a separate attack', 'in another attack', 'elsewhere', 'meanwhile', 'also on', 'earlier', 'later', TIME_LATER])})`,
    'u',
  ),
  /**
   * A second event of its kind, anywhere in the clause: "هجوم آخر", "نقطة ثانية", "عبوة ناسفة ثانية",
   * "another attack", "a second checkpoint"; so is one told apart ("قتلوا بهجوم منفصل", "in a separate
   * attack"). Only after a word for an event or a position: "وأصيب آخر", "another soldier was
   * wounded" are more victims of the same event; so is "أصيب هو الآخر" (he too was wounded), where a
   * pronoun makes the ordinal "too". An ordinal with the article, "العبوة الثانية", is one of a set
   * already told ("the second bomb" of twin bombs), as in English, where only "a second" is another.
   */
  another: new RegExp(
    `${ar(ANOTHER_NOUNS_AR)}(?:\\s+${L}+){0,2}?\\s+${HE_TOO}(?:${ar(['آخر', 'أخرى', 'منفصل', 'منفصلة'])}|${A_SECOND_AR})|(?<!${L})(?:another|a second|a third|a separate)\\s+(?:${L}+\\s+)?${en(ANOTHER_NOUNS_EN)}|${BOMBER_STRUCK}`,
    'u',
  ),
} as const;
