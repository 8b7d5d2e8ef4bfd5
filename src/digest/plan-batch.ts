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
  // A chat's digest depends only on the briefings its filters let through and on what it had: chats
  // with the same filters share one array (see the store's recipients), and chats planned the same
  // lists share one history set (the store's plan read), so a batch works out a few dozen digests
  // and each chat looks its own up. Chats given the same digest in the same language and chat type
  // share one payload and id list too, which the store then encodes once.
  const byFilters = new Map<
    readonly string[],
    { briefings: readonly Briefing[]; digests: Map<ReadonlySet<string> | undefined, string[]> }
  >();
  const shared = new Map<readonly string[], Map<string, Pick<NewDelivery, 'payload' | 'briefingIds'>>>();
  for (const chat of chats) {
    const had = history.get(chat.id);
    let filtered = byFilters.get(chat.filters);
    if (filtered === undefined) {
      const briefings = context.briefings.filter((b) =>
        filtersAllow(context.filterKeys.get(b.id)!, chat.filters),
      );
      byFilters.set(chat.filters, (filtered = { briefings, digests: new Map() }));
    }
    const { briefings, digests } = filtered;
    let briefingIds = digests.get(had);
    if (briefingIds === undefined) {
      briefingIds = planChatDigest({
        briefings,
        delivered: had ?? NOTHING,
        hasHistory: had !== undefined,
        matches: ANY,
        maxItems: context.maxItems,
      });
      digests.set(had, briefingIds);
    }
    if (briefingIds.length === 0) continue;
    const lang = chat.language ?? context.defaultLanguage;
    let payloads = shared.get(briefingIds);
    if (payloads === undefined) shared.set(briefingIds, (payloads = new Map()));
    const key = chat.type === 'private' ? lang : `${chat.type} ${lang}`;
    let digest = payloads.get(key);
    if (digest === undefined)
      payloads.set(key, (digest = { payload: { chatType: chat.type, lang, briefingIds }, briefingIds }));
    deliveries.push({ chatId: chat.id, threadId: chat.threadId, payload: digest.payload, briefingIds });
  }
  return deliveries;
}
