// Protests told as a movement that goes on (its start, its return, its count of days), not a day's event.
import { AR_PREFIX } from '../reading/view.js';
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';

/** The protests by their definite name, the movement the article already told of. */
const THE_PROTESTS_EN = `the\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:protests|demonstrations|rallies|sit-ins|protest\\s+movement)`;
const THE_PROTESTS_AR = `(?:${anyOf(['الاحتجاجات', 'التظاهرات', 'المظاهرات', 'الاعتصامات', 'الحراك'])})`;

/**
 * "The protests began on March 2 after the price of bread doubled", "the demonstrations resumed on
 * Sunday", "as the protests entered their third week", "انطلقت الاحتجاجات في آذار الماضي",
 * "واستؤنفت الاحتجاجات صباح اليوم في الساحة", "وتجددت التظاهرات اليوم", "وتدخل الاحتجاجات يومها
 * العشرين": the movement named as the subject of its beginning, its return or its age, where the
 * clause tells no one hurt — the setting of the news, not a violent event of its own.
 */
const GOES_ON = new RegExp(
  `(?<!${L})${THE_PROTESTS_EN}\\s+(?:(?:first|had|have|has)\\s+)?(?:began|begun|started|erupted|broke\\s+out|resumed|entered|kicked\\s+off)(?!${L})|(?<!${L})${AR_PREFIX}(?:${anyOf(['بدأت', 'انطلقت', 'اندلعت', 'استؤنفت', 'استئناف', 'تجددت', 'عادت', 'تدخل', 'دخلت'])})\\s+${THE_PROTESTS_AR}(?!${L})`,
  'u',
);

/**
 * "Mass protests erupted in Baghdad and the south on Oct. 1 over corruption", "Protests erupted in
 * Sweida in mid-August after…": the movement's outbreak told at the head of its sentence with no
 * article, the background of the day's news (not "protests were held", a day's gathering).
 */
const BROKE_OUT_EN = new RegExp(
  `${CLAUSE_HEAD}(?:[\\p{L}-]+\\s+){0,2}?(?:protests|demonstrations)\\s+(?:first\\s+)?(?:erupted|broke\\s+out)(?!${L})`,
  'u',
);

/** The clause (in matching form) tells the protest movement going on, with no one hurt in it. */
export function protestsGoOn(matchText: string, casualties: boolean): boolean {
  return !casualties && (GOES_ON.test(matchText) || BROKE_OUT_EN.test(matchText));
}
