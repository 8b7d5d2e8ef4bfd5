// A clause that only dates the event just told, by its definite name.
import { L, anyOf as f } from '../reading/word-pattern.js';

const NOUNS_AR = [
  'العملية',
  'الهجوم',
  'الغارة',
  'الضربة',
  'الانفجار',
  'التفجير',
  'الاشتباك',
  'الاشتباكات',
  'الكمين',
  'القصف',
  'المداهمة',
  'الغارات',
  'الضربات',
  'الهجمات',
  'التفجيرات',
  // the deed named by what the law or the news calls it: "أشار إلى أن الجريمة وقعت في تشرين الأول
  // من عام 2006" of the killing a ruling punished
  // (not "الحادث", which copy also writes after a deed of its own in the same sentence: "…ما أدى
  // إلى إصابته، لافتاً إلى أن الحادث وقع مساء أمس")
  'الجريمة',
  'المجزرة',
  'الاعتداء',
];
// the blow's own verb names it again as much as "took place" does: "قال إن الغارات استهدفت القرية
// فجر الاثنين", "said the strikes hit the village late on Monday night"
const VERBS_AR = [
  'وقعت',
  'وقع',
  'جرت',
  'جرى',
  'حدثت',
  'حدث',
  'نفذت',
  'نفذ',
  'استهدفت',
  'استهدف',
  'طالت',
  'طال',
];

/**
 * "Many of the attacks took place in districts where…", "معظم الهجمات وقعت في…": a share
 * of many events is a summary of them, not the event just told named again.
 */
const SHARE_OF_MANY = 'many|most|some|several|all|few|none|half|much';
const SHARE_OF_MANY_AR = ['معظم', 'أغلب', 'غالبية', 'بعض', 'أكثر', 'كل', 'نصف'];

/**
 * "The operation took place on Monday", "the attack happened late Sunday", "the killings took place
 * Thursday" (the deed named by what it did to its victims), "وجرت العملية يوم الاثنين", "وكان الهجوم
 * قد وقع فجر الأحد": the day of the event told just before, when the sentence that told it gave only
 * the day it was announced.
 */
const DATES_TOLD = new RegExp(
  `(?<!${L})(?<!(?:${SHARE_OF_MANY})\\s+of\\s+)the (?:operation|raids?|attacks?|strikes?|air ?strikes?|blasts?|explosions?|bombings?|ambush|clash|clashes|shelling|assault|killings?|massacre|executions?|shootings?|crimes?|murders?|assassination) (?:took place|happened|occurred|was carried out|were carried out|was launched|hit|struck|targeted)(?!${L})|(?<!${L})(?<!(?:${f(SHARE_OF_MANY_AR)})\\s+)(?:${f(NOUNS_AR)})\\s+(?:${f(['قد'])}\\s+)?(?:${f(VERBS_AR)})(?!${L})|(?<!${L})و?(?:${f(VERBS_AR)})\\s+(?:${f(NOUNS_AR)})(?!${L})`,
  'u',
);

/**
 * "…مقتل راعٍ ونجله على يد مسلحين، وذلك في بادية البلدة مساء أمس", "…were shot dead. It happened
 * late on Monday": a clause opened by a word pointing back at the killing just told says where and
 * when that was.
 */
const THAT_WAS = new RegExp(
  `^\\s*(?:${f(['وذلك', 'ذلك'])}|(?:it|this) (?:took place|happened|occurred))(?!${L})`,
  'u',
);

/**
 * "The patrol was attacked on Wednesday near the village", "وكانت الدورية قد تعرضت لكمين مساء
 * الأربعاء": the target of the blow just told, named again as hit, says when that was — the
 * sentence that told the toll gave only the day the ministry spoke.
 */
const TARGET_WAS_HIT = new RegExp(
  `(?<!${L})the (?:patrol|convoy|checkpoint|post|base|vehicle|car|bus|camp|position|outpost|station|headquarters|house|office) (?:was|were) (?:attacked|ambushed|targeted|hit|struck|shelled|bombed)(?!${L})|(?<!${L})(?:${f(['الدورية', 'القافلة', 'النقطة', 'السيارة', 'الحافلة', 'القاعدة', 'المقر'])})\\s+(?:${f(['قد'])}\\s+)?(?:${f(['تعرضت'])})\\s+(?:${f(['لهجوم', 'لكمين', 'لاستهداف', 'لقصف'])})(?!${L})|(?<!${L})(?:${f(['تعرضت'])})\\s+(?:${f(['الدورية', 'القافلة', 'النقطة', 'السيارة', 'الحافلة', 'القاعدة', 'المقر'])})\\s+(?:${f(['لهجوم', 'لكمين', 'لاستهداف', 'لقصف'])})(?!${L})`,
  'u',
);

/**
 * "…أعادت وحدات الجيش الأمن إلى المدينة", then "أن الوحدات أحكمت سيطرتها على المدينة مساء أمس",
 * "…the army retook the town", then "troops took full control of the town late on Monday": the taking
 * just told, made complete, says when that was — copy tells the end of a capture in these words.
 * Not "بسطت سيطرتها", "فرض سيطرته على": a take-over, most often an earlier one of another place
 * ("وكان التنظيم قد فرض سيطرته على البلدة في آب الماضي").
 */
const CONTROL_MADE_COMPLETE = new RegExp(
  `(?<!${L})(?:${f(['أحكمت', 'أحكم', 'أحكموا', 'وأحكمت', 'وأحكم'])})\\s+(?:${f(['سيطرتها', 'سيطرته', 'سيطرتهم'])})\\s+(?:${f(['الكاملة', 'التامة'])}\\s+)?(?:${f(['على'])})(?!${L})|(?<!${L})(?:took|taken|established|gained) (?:full|complete|total) control of(?!${L})`,
  'u',
);

/** The clause (in matching form) gives the day of the event just told. */
export function datesEventTold(matchText: string): boolean {
  return (
    DATES_TOLD.test(matchText) ||
    THAT_WAS.test(matchText) ||
    TARGET_WAS_HIT.test(matchText) ||
    CONTROL_MADE_COMPLETE.test(matchText)
  );
}
