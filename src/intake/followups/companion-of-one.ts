// "قُتل القيادي …" then "كما قُتل مرافقه": the one victim's companion, one more beside him.
import type { Casualties } from '../casualties/casualties.js';
import { arabicNounCount } from '../casualties/casualty-phrase.js';
import type { Building } from '../incidents/incident-types.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** "كما قتل مرافقه", "كما أصيب سائقها": "also", a passive verb, then one person of someone's. */
const ALSO_HIS = new RegExp(
  `(?<!${L})${anyOf(['كما'])}\\s+(?:${anyOf(['قتل', 'استشهد', 'توفي', 'لقي', 'أصيب', 'أصيبت', 'جرح'])})\\s+(\\p{L}+(?:ه|ها))(?!${L})`,
  'u',
);

/**
 * The clause (in matching form) tells someone of the one victim the event counts also hit ("قُتل
 * القيادي السابق … فأردوه قتيلاً على الفور، كما قُتل مرافقه"): his companion, driver or kin is another
 * person than he is, one more of that kind beside him. Only where the event counts one of that
 * kind: beside several ("قتل طفلان وامرأة", then "كما توفيت والدتهما") the one named may be one of them.
 */
export function companionOfTheOne(
  current: Building | undefined,
  matchText: string,
  told: Casualties,
): boolean {
  if (!current) return false;
  const kind =
    told.killed === 1 && told.wounded === null
      ? 'killed'
      : told.wounded === 1 && told.killed === null
        ? 'wounded'
        : null;
  if (kind === null || current[kind] !== 1) return false;
  const noun = ALSO_HIS.exec(matchText)?.[1];
  return noun !== undefined && arabicNounCount(noun) === 1;
}
