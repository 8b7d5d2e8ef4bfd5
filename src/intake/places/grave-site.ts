// "…بانفجار عبوة قديمة على طريق يؤدي إلى موقع المقبرة": the grave as where (or when) a new blow fell.
import { CUES } from '../events/event-cues.js';
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * The grave named as a place ("موقع المقبرة", "قرب المقبرة الجماعية", "the grave site", "near the
 * mass grave"), or a part of it ("قرب مدخل المقبرة الرئيسة", "بالقرب من بوابة المقبرة": remains
 * are dug up inside a grave, not at its gate), in matching form: it tells where, not remains found. So does the cemetery a funeral
 * heads to ("وصولاً إلى المقبرة الشرقية", "سقطت قذيفتان على الطريق المؤدي إلى المقبرة").
 */
const GRAVE_AS_PLACE = new RegExp(
  `(?<!${L})(?:${f(['موقع', 'مكان', 'محيط', 'قرب', 'بالقرب من'])})\\s+(?:(?:${f(['مدخل', 'مداخل', 'باب', 'بوابة', 'سور', 'أسوار'])})\\s+)?(?:${f(['المقبرة', 'المقابر'])})(?:\\s+${f(['الجماعية'])})?(?!${L})|(?<!${L})${f(['إلى'])}\\s+(?:${f(['المقبرة', 'المقابر'])})(?!\\s+${f(['الجماعية'])}(?!${L}))(?!${L})|(?<!${L})(?:(?:the\\s+)?(?:mass\\s+)?grave\\s+site|(?:at|near|to|around)\\s+the\\s+(?:mass\\s+)?grave)(?!${L})`,
  'gu',
);

/**
 * "في أرض زراعية ملاصقة للمقبرة", "في الحقول المجاورة للمقابر الجماعية": ground next to the grave, named
 * by how it lies beside it, is where a new blow fell, as "قرب المقبرة" is (in matching form).
 */
const BESIDE_GRAVE = new RegExp(
  `(?<!${L})(?:${f(['ملاصق', 'ملاصقة', 'الملاصق', 'الملاصقة', 'مجاور', 'مجاورة', 'المجاور', 'المجاورة', 'محاذي', 'محاذية', 'المحاذي', 'المحاذية'])})\\s+(?:${f(['للمقبرة', 'للمقابر'])})(?:\\s+${f(['الجماعية'])})?(?!${L})`,
  'gu',
);

/**
 * "أصيب فيه خمسة أشخاص قرب مقبرة الغرباء", "عند مقابر الشهداء": a cemetery named by its name, in a
 * clause that counts casualties of its own, is where the blow fell (in matching form). Without a toll,
 * "استهدفت الغارات تجمعاً قرب مقبرة البلدة" may retell a blow counted before, and stays as it was read.
 * So is the cemetery a funeral was heading to: "كانوا في طريقهم إلى مقبرة الكتيب عندما فتح مسلحون
 * النار … ما أدى إلى استشهاد تسعة" — a blow on the mourners, not remains found.
 */
const NAMED_CEMETERY = new RegExp(
  `(?<!${L})(?:${f(['قرب', 'بالقرب من', 'عند', 'أمام', 'محيط', 'إلى'])})\\s+(?:${f(['مقبرة', 'مقابر'])})\\s+(?!${f(['الجماعية'])}(?!${L}))${f(['ال'])}\\p{L}+(?!${L})`,
  'gu',
);

/**
 * "انفجرت عبوة على فريق الدفاع المدني خلال عمليات انتشال الرفات، ما أسفر عن إصابة اثنين", "a bomb
 * wounded two rescuers while they were exhuming the remains": the recovery of remains as when a blow
 * with a toll of its own fell (in matching form). Without a toll, the clause may tell the recovery
 * itself, and stays as it was read.
 */
const DURING_RECOVERY = new RegExp(
  `(?<!${L})(?:${f(['خلال', 'أثناء', 'في أثناء'])})\\s+(?:(?:${f(['عمليات', 'عملية'])})\\s+)?(?:${f(['انتشال', 'استخراج', 'نبش'])})\\s+(?:${f(['الرفات', 'الجثث', 'الجثامين', 'رفات', 'جثث'])})(?!${L})|(?<!${L})(?:while|during) (?:the |they were |it was )?(?:exhum\\p{L}*|recover(?:ing|y of) (?:the )?(?:remains|bodies))(?: (?:of )?(?:the )?(?:remains|bodies))?(?!${L})`,
  'gu',
);

/**
 * The clause tells of a mass grave or exhumed remains (victims of long ago, found now). A grave
 * named only as where something else happened ("two deminers were wounded by an old bomb on the road
 * to the grave site", a blow with its own toll near a named cemetery or during the recovery of the
 * remains) is not: that is a blow of its own.
 */
export function tellsRemains(matchText: string, countsToll = false): boolean {
  const where = matchText.replace(GRAVE_AS_PLACE, ' ').replace(BESIDE_GRAVE, ' ');
  return CUES.remains.test(
    countsToll ? where.replace(NAMED_CEMETERY, ' ').replace(DURING_RECOVERY, ' ') : where,
  );
}
