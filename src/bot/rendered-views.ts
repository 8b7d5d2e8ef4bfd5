import type { ContentRepository } from '../content/repository.js';
import type { Article, Language } from '../content/schema.js';
import type { View } from './callback-data.js';
import { createVersionedCache } from './view-cache.js';
import { viewMessage, viewPages, type ViewMessage } from './views.js';

/** (article, view, language) triples kept rendered: every article × 4 views × 2 languages of a large archive. */
const DEFAULT_MAX_ENTRIES = 4_000;

/** A view's pages, each page's message (with its buttons) built on first use. */
type Rendered = { pages: string[]; messages: (ViewMessage | undefined)[] };

export type RenderView = (view: View, article: Article, lang: Language, requestedPage: number) => ViewMessage;

/**
 * viewMessage, paid once per (content version, article, view, language, page) instead of per update:
 * rendering, validating and splitting an article's HTML costs more than the rest of an update.
 * A reload (content.version) drops everything; the messages are frozen because every reply shares them.
 */
export function renderedViews(
  content: Pick<ContentRepository, 'version'>,
  maxEntries = DEFAULT_MAX_ENTRIES,
): RenderView {
  const cache = createVersionedCache<Rendered>(maxEntries);
  return (view, article, lang, requestedPage) => {
    const key = `${article.briefing.id}\u0000${view}\u0000${lang}`;
    const rendered = cache.get(content.version, key, () => {
      const pages = viewPages(view, article, lang);
      return { pages, messages: pages.map(() => undefined) };
    });
    // The same page a direct call would show: out-of-range pages land on the last one.
    const page = Math.max(0, Math.min(requestedPage, rendered.pages.length - 1));
    const message =
      rendered.messages[page] ?? deepFreeze(viewMessage(view, article, lang, page, rendered.pages));
    rendered.messages[page] = message;
    return message;
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
