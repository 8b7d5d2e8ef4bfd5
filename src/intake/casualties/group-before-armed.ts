// "seven YPG/PKK terrorists": the armed men counted, with their group's name before the noun.
import type { Token } from '../reading/tokens.js';
import { ATTACKERS } from './casualty-words.js';
import type { CountPhrase } from './casualty-phrase.js';

/**
 * Names of armed groups English copy puts between a count and its noun ("neutralized seven YPG/PKK
 * terrorists", "12 PKK militants", "five Daesh fighters"), as the words are tokenised.
 */
const GROUP_NAMES: ReadonlySet<string> = new Set([
  'ypg',
  'pkk',
  'pyd',
  'sdf',
  'isis',
  'isil',
  'daesh',
  'hts',
  'nusra',
]);

/**
 * The count of a "neutralised" toll names armed men past one or two group names ("neutralized seven
 * YPG/PKK terrorists"): armed men counted all the same, so the dead a ministry says it neutralised
 * (neutralised.ts), not things put out of use ("neutralised 12 explosive devices").
 */
export function armedPastGroupName(tokens: readonly Token[], phrase: CountPhrase): boolean {
  let at = phrase.next;
  let names = 0;
  while (names < 2 && GROUP_NAMES.has(tokens[at]?.word ?? '')) {
    at++;
    names++;
  }
  const noun = tokens[at]?.word ?? '';
  return names > 0 && (ATTACKERS.has(noun) || (noun.endsWith('s') && ATTACKERS.has(noun.slice(0, -1))));
}
