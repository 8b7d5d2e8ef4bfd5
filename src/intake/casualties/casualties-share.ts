// "…, with most of the casualties in the neighbourhoods of Al-Furqan and New Aleppo": the casualties
// named back as the dead and wounded the clause counted, a share of them placed; no unsplit toll.
import { L } from '../reading/word-pattern.js';

/** "most of the", "the bulk of", "half of these": a share of a group told before. */
const SHARE_OF = new RegExp(
  `(?<!${L})(?:most|many|some|half|all|the\\s+bulk|the\\s+majority)\\s+of\\s+(?:the\\s+|these\\s+|those\\s+)?$`,
  'u',
);

/**
 * Whether the joint casualty word at `index` of the clause (English, matching form) names back the
 * dead and wounded counted beside it, by a share of them ("most of the casualties").
 */
export function casualtiesShared(text: string, index: number): boolean {
  return (
    /^\s*casualties/u.test(text.slice(index)) && SHARE_OF.test(text.slice(Math.max(0, index - 40), index))
  );
}
