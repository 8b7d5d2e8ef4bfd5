// "أن الشاب أحمد العلي (17 عاماً) قتل": the one a singular verb tells of, his name and his age
// told between him and the verb.
import { normalizeForMatch } from '../../text/normalize.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import { pastAgeAside } from './age-aside.js';

/** How many words a person's name may take ("محمد خلف العلي"). */
const NAME_REACH = 4;
/** Words that open a description or a place, never a name ("الشاب الذي كان", "الطفل في القرية"). */
const NO_NAME = new Set(
  [
    'الذي',
    'التي',
    'من',
    'في',
    'على',
    'إلى',
    'عن',
    'مع',
    'كان',
    'كانت',
    'قد',
    'أثناء',
    'خلال',
    'بعد',
    'قبل',
  ].map(normalizeForMatch),
);

/**
 * Whether only a name (after a definite person noun: "الشاب ياسر الحمد"), an age aside ("(17
 * عاماً)"), or both, stand between the person noun at `person` and the verb at `verb`: the verb's
 * subject is that one person, as where nothing stands between.
 */
export function nameAndAgeBetween(
  tokens: readonly Token[],
  numbers: Numbers,
  person: number,
  verb: number,
): boolean {
  let at = person + 1;
  if (tokens[person]?.word.startsWith('ال')) {
    const name = at;
    while (
      at < verb &&
      at - name < NAME_REACH &&
      /^\p{L}/u.test(tokens[at]!.word) &&
      !tokens[at]!.word.startsWith('و') &&
      !NO_NAME.has(tokens[at]!.word)
    )
      at++;
  }
  const pastAge = pastAgeAside(tokens, numbers, at);
  return pastAge === verb && verb > person + 1;
}
