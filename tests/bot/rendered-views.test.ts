import { describe, expect, it } from 'vitest';
import { renderedViews } from '../../src/bot/rendered-views.js';
import { viewMessage } from '../../src/bot/views.js';
import { parseArticle } from '../../src/content/parse.js';
import { ContentRepository } from '../../src/content/repository.js';
import type { Article } from '../../src/content/schema.js';
import { briefingData, markdown } from '../content/fixtures.js';

function article(data: Record<string, unknown>): Article {
  const result = parseArticle(`content/${String(data.id)}.md`, markdown(data));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.article;
}

/** Enough incidents that the incidents view runs to several pages. */
function longArticle(description: string): Article {
  const data = briefingData('long-one');
  const [incident] = data.incidents as Record<string, unknown>[];
  data.incidents = Array.from({ length: 60 }, (_, i) => ({
    ...incident,
    id: `incident-${i}`,
    description: { en: `${description} ${i}: ${'a long account of what happened. '.repeat(8)}` },
  }));
  return article(data);
}

const plain = (message: ReturnType<typeof viewMessage>) => JSON.parse(JSON.stringify(message)) as unknown;

describe('renderedViews', () => {
  it('gives what viewMessage gives, for every view, language and page (out-of-range pages too)', () => {
    const long = longArticle('Blast');
    const content = new ContentRepository({ articles: [long], problems: [] });
    const render = renderedViews(content);
    for (const view of ['summary', 'incidents', 'figures', 'source'] as const) {
      for (const lang of ['ar', 'en'] as const) {
        for (const page of [0, 1, 2, 99]) {
          expect(plain(render(view, long, lang, page))).toEqual(plain(viewMessage(view, long, lang, page)));
        }
      }
    }
    expect(viewMessage('incidents', long, 'en', 2).html).not.toBe(
      viewMessage('incidents', long, 'en', 0).html,
    );
  });

  it('renders a page once: the second update gets the same (frozen) message', () => {
    const long = longArticle('Blast');
    const render = renderedViews(new ContentRepository({ articles: [long], problems: [] }));
    const first = render('incidents', long, 'ar', 1);
    expect(render('incidents', long, 'ar', 1)).toBe(first);
    expect(render('incidents', long, 'en', 1)).not.toBe(first);
    expect(Object.isFrozen(first.keyboard.reply_markup.inline_keyboard[0])).toBe(true);
  });

  it('a reload drops what was rendered: the changed article shows its new text', () => {
    const before = longArticle('Blast');
    const content = new ContentRepository({ articles: [before], problems: [] });
    const render = renderedViews(content);
    expect(render('incidents', before, 'en', 0).html).toContain('Blast 0');
    const after = longArticle('Flood');
    content.replace({ articles: [after], problems: [] });
    const html = render('incidents', content.byId('long-one')!, 'en', 0).html;
    expect(html).toContain('Flood 0');
    expect(html).not.toContain('Blast');
  });

  it('keeps no more than it is allowed', () => {
    const long = longArticle('Blast');
    const render = renderedViews(new ContentRepository({ articles: [long], problems: [] }), 1);
    const summary = render('summary', long, 'en', 0);
    render('figures', long, 'en', 0);
    expect(render('summary', long, 'en', 0)).not.toBe(summary);
  });
});
