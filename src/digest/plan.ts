import type { Briefing } from '../content/schema.js';

export interface DigestCandidate {
  briefing: Briefing;
}

export interface PlanInput {
  /** Published briefings, newest first. */
  briefings: readonly Briefing[];
  /** Briefings this chat was ever planned. */
  delivered: ReadonlySet<string>;
  /** Whether the chat has ever been planned anything: a new subscriber starts with the latest only. */
  hasHistory: boolean;
  matches: (briefing: Briefing) => boolean;
  maxItems: number;
}

/**
 * The briefings one chat gets in a digest: those it has not had and that pass its filters, newest
 * first, at most maxItems. A new subscriber gets just the latest one rather than the whole archive.
 * Empty: the chat gets no digest at all.
 */
export function planChatDigest(input: PlanInput): string[] {
  const limit = input.hasHistory ? input.maxItems : Math.min(1, input.maxItems);
  // One loop and one array: a digest plan runs this for every subscriber.
  const ids: string[] = [];
  for (const b of input.briefings) {
    if (ids.length >= limit) break;
    if (!input.delivered.has(b.id) && input.matches(b)) ids.push(b.id);
  }
  return ids;
}
