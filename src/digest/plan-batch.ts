import type { Briefing, Language } from '../content/schema.js';
import type { NewDelivery, Recipient } from '../store/store.js';
import { briefingFilterKeys, filtersAllow } from './filters.js';
import { planChatDigest } from './plan.js';

/** What a digest plan needs besides the chats: computed once per slot, shared by every batch. */
export interface DigestPlanContext {
  /** Published briefings, newest first. */
  briefings: readonly Briefing[];
  /** Each briefing's filter keys, by briefing id (the costly part of a filter check, done once). */
  filterKeys: ReadonlyMap<string, ReadonlySet<string>>;
  maxItems: number;
  defaultLanguage: Language;
}

export function digestPlanContext(
  briefings: readonly Briefing[],
  maxItems: number,
  defaultLanguage: Language,
): DigestPlanContext {
  return {
    briefings,
    filterKeys: new Map(briefings.map((b) => [b.id, briefingFilterKeys(b)])),
    maxItems,
    defaultLanguage,
  };
}

const NOTHING: ReadonlySet<string> = new Set();
const ANY = () => true;

/**
 * The deliveries of one batch of subscribers: each chat's digest (see planChatDigest) with the
 * briefings it carries, in the chats' order; a chat with nothing new gets none. `history` holds,
 * per chat id, the briefings it was ever planned among `context.briefings` (absent: none).
 */
export function planDigestBatch(
  chats: readonly Recipient[],
  history: ReadonlyMap<number, ReadonlySet<string>>,
  context: DigestPlanContext,
): NewDelivery[] {
  const deliveries: NewDelivery[] = [];
  // Chats given the same digest share one payload and id list, which the store then encodes once.
  const shared = new Map<string, Pick<NewDelivery, 'payload' | 'briefingIds'>>();
  // The briefings each chat's filters let through, worked out once per filters array: chats with
  // the same filters share one (see the store's recipients), so a batch filters a few dozen times.
  const passing = new Map<readonly string[], readonly Briefing[]>();
  for (const chat of chats) {
    const had = history.get(chat.id);
    let briefings = passing.get(chat.filters);
    if (briefings === undefined)
      passing.set(
        chat.filters,
        (briefings = context.briefings.filter((b) =>
          filtersAllow(context.filterKeys.get(b.id)!, chat.filters),
        )),
      );
    const briefingIds = planChatDigest({
      briefings,
      delivered: had ?? NOTHING,
      hasHistory: had !== undefined,
      matches: ANY,
      maxItems: context.maxItems,
    });
    if (briefingIds.length === 0) continue;
    const lang = chat.language ?? context.defaultLanguage;
    const key = `${chat.type} ${lang} ${briefingIds.join(' ')}`;
    let digest = shared.get(key);
    if (digest === undefined)
      shared.set(key, (digest = { payload: { chatType: chat.type, lang, briefingIds }, briefingIds }));
    deliveries.push({ chatId: chat.id, threadId: chat.threadId, ...digest });
  }
  return deliveries;
}
