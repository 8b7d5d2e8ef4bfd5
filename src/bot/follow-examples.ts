import type { Briefing, Language } from '../content/schema.js';
import { briefingFilterKeys, filterLabel } from '../digest/filters.js';
import { placeIndex } from '../places/find.js';
import { nameIn } from './filter-names.js';

const GOVERNORATE_EXAMPLES = 6;
const TAG_EXAMPLES = 12;

/**
 * What an unknown /follow name is answered with: governorates the briefings mention first, topped
 * up from the gazetteer, and the briefings' tags (the most used first).
 */
export function followExamples(
  briefings: readonly Briefing[],
  lang: Language,
): { governorates: string[]; tags: string[] } {
  const tagUse = new Map<string, number>();
  const governorateKeys = new Set<string>();
  for (const briefing of briefings) {
    for (const key of briefingFilterKeys(briefing)) {
      if (key.startsWith('gov:')) governorateKeys.add(key);
      else tagUse.set(key, (tagUse.get(key) ?? 0) + 1);
    }
  }
  for (const entry of placeIndex().entries) {
    if (governorateKeys.size >= GOVERNORATE_EXAMPLES) break;
    if (entry.kind === 'governorate') governorateKeys.add(`gov:${entry.id}`);
  }
  const tags = [...tagUse].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)).slice(0, TAG_EXAMPLES);
  return {
    governorates: [...governorateKeys]
      .slice(0, GOVERNORATE_EXAMPLES)
      .map((key) => nameIn(filterLabel(key), lang)),
    tags: tags.map(([key]) => nameIn(filterLabel(key), lang)),
  };
}
