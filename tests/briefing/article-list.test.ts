import { describe, expect, it } from 'vitest';
import { Briefing, type Article } from '../../src/content/schema.js';
import { renderArticleList } from '../../src/briefing/article-list.js';
import { parseTelegramHtml } from '../../src/telegram/html-parse.js';

const articleNumber = (n: number): Article => ({
  briefing: Briefing.parse({
    id: `article-${n}`,
    language: 'ar',
    published: `2020-11-${String(n).padStart(2, '0')}`,
    title: { ar: `عنوان ${n}`, en: `Headline ${n} <&>` },
    summary: { ar: ['أ', 'ب', 'ج'] },
  }) as Article['briefing'],
  body: '',
  path: `content/article-${n}.md`,
});

// newest first, as the repository gives them
const twelve = Array.from({ length: 12 }, (_, i) => articleNumber(12 - i));

function text(html: string): string {
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.text;
}

describe('renderArticleList', () => {
  it.each([
    [0, 0, ['1. Headline 12 <&>', '5. Headline 8 <&>']],
    [1, 1, ['6. Headline 7 <&>', '10. Headline 3 <&>']],
    [2, 2, ['11. Headline 2 <&>', '12. Headline 1 <&>']],
    [99, 2, ['11. Headline 2 <&>']],
    [-3, 0, ['1. Headline 12 <&>']],
  ])('page %i is shown as page %i', (requested, page, lines) => {
    const list = renderArticleList(twelve, 'en', requested, 5);
    expect(list.page).toBe(page);
    expect(list.pages).toBe(3);
    const visible = text(list.html);
    for (const line of lines) expect(visible).toContain(line);
    expect(visible.match(/^\d+\. /gm)?.length).toBe(page === 2 ? 2 : 5);
  });

  it('shows the id to use, the date and the incident count', () => {
    const list = renderArticleList(twelve, 'en', 0, 5);
    expect(list.html).toContain('<code>article-12</code> · 12 November 2020 · no incidents');
    expect(text(list.html).startsWith('Articles — 12 articles')).toBe(true);
  });

  it('in Arabic isolates the id outside its code tag and counts in Arabic', () => {
    const list = renderArticleList(twelve, 'ar', 0, 5);
    expect(list.html).toContain('\u2068<code>article-12</code>\u2069 · 12 تشرين الثاني 2020 · لا حوادث');
    expect(text(list.html).startsWith('المقالات — 12 مقالاً')).toBe(true);
  });

  it('says there are no articles yet for an empty list', () => {
    expect(renderArticleList([], 'ar', 3, 5)).toEqual({ html: 'لا مقالات بعد.', page: 0, pages: 1 });
    expect(renderArticleList([], 'en', 0, 5).html).toBe('No articles yet.');
  });

  it('keeps one page for exactly one page of articles', () => {
    const list = renderArticleList(twelve.slice(0, 5), 'en', 1, 5);
    expect([list.page, list.pages]).toEqual([0, 1]);
  });
});
