import type { Article, Count, Language } from '../content/schema.js';
import { catalogue } from '../i18n/catalogue.js';
import { escapeHtml } from '../telegram/html.js';
import { foreignTextHtml, localizedHtml, otherLanguage, textHtml } from './localized.js';
import { bold, code } from './markup.js';

const DIGEST_BULLETS = 3;

/** Adds counts the article states; null when none states one. A range anywhere makes the total a range. */
export function totalCount(counts: ReadonlyArray<Count | null>): Count | null {
  const stated = counts.filter((c): c is Count => c !== null);
  if (stated.length === 0) return null;
  const low = stated.reduce<number>((sum, c) => sum + (typeof c === 'number' ? c : c.low), 0);
  const high = stated.reduce<number>((sum, c) => sum + (typeof c === 'number' ? c : c.high), 0);
  return low === high ? low : { low, high };
}

/** One briefing in a digest: headline, two or three bullets, incident totals, the command to read more. */
export function renderDigestItem(article: Article, lang: Language): string {
  const { briefing } = article;
  const t = catalogue(lang);
  const own = briefing.summary[lang];
  const other = otherLanguage(lang);
  const bullets = own
    ? own.slice(0, DIGEST_BULLETS).map((b) => `• ${textHtml(lang, b)}`)
    : (briefing.summary[other] ?? []).slice(0, DIGEST_BULLETS).map((b) => `• ${foreignTextHtml(other, b)}`);
  const totals = t.digest.incidentTotals(
    briefing.incidents.length,
    totalCount(briefing.incidents.map((i) => i.killed)),
    totalCount(briefing.incidents.map((i) => i.wounded)),
  );
  return [
    bold(localizedHtml(briefing.title, lang)),
    ...bullets,
    escapeHtml(totals),
    `${escapeHtml(t.digest.readMore)}: ${code(lang, `/summary ${briefing.id}`)}`,
  ].join('\n');
}

/** A digest: a heading, then one block per briefing (newest first, as given). */
export function renderDigestBlocks(articles: readonly Article[], lang: Language): string[] {
  return [
    bold(escapeHtml(catalogue(lang).digest.heading)),
    ...articles.map((a) => renderDigestItem(a, lang)),
  ];
}
