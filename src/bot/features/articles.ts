import { Markup } from 'telegraf';
import { Feature } from '../feature.js';
import type { ContentRepository } from '../../content/repository.js';
import type { Language } from '../../content/schema.js';
import { renderArticleList } from '../../briefing/article-list.js';
import { catalogue } from '../../i18n/catalogue.js';
import { decodeAction, encodeAction } from '../callback-data.js';
import { commandArgument } from '../argument.js';
import type { BotContext } from '../context.js';
import { editAndAnswer, replyHtml } from '../reply.js';
import { pagingRow } from '../views.js';
import { createVersionedCache } from '../view-cache.js';

const PAGE_SIZE = 5;

function listMessage(content: ContentRepository, lang: Language, requestedPage: number) {
  const list = renderArticleList(content.list(), lang, requestedPage, PAGE_SIZE);
  const t = catalogue(lang);
  const button = (page: number, label: string, l: Language = lang) =>
    Markup.button.callback(label, encodeAction({ kind: 'list', lang: l, page }));
  // One button per listed article, labelled with its number in the list, opening its summary.
  const first = list.page * PAGE_SIZE;
  const open = content
    .list()
    .slice(first, first + PAGE_SIZE)
    .map((article, i) =>
      Markup.button.callback(
        `${first + i + 1}`,
        encodeAction({ kind: 'view', view: 'summary', lang, page: 0, articleId: article.briefing.id }),
      ),
    );
  const rows = open.length > 0 ? [open] : [];
  if (list.pages > 1) rows.push(pagingRow(t, list.pages, list.page, (p, label) => button(p, label)));
  rows.push([button(0, t.buttons.otherLanguage, lang === 'ar' ? 'en' : 'ar')]);
  return { html: list.html, keyboard: Markup.inlineKeyboard(rows) };
}

/** /articles [page]: the briefings, newest first, paged with buttons. */
export function articlesFeature(content: ContentRepository): Feature<BotContext> {
  const feature = new Feature<BotContext>();
  // Each list page rendered once per content version; the page is clamped first, so the key space is bounded.
  const cache = createVersionedCache<ReturnType<typeof listMessage>>(1_000);
  const cachedList = (lang: Language, requestedPage: number) => {
    const pages = Math.max(1, Math.ceil(content.size / PAGE_SIZE));
    const page = Math.min(Math.max(0, Math.floor(requestedPage) || 0), pages - 1);
    return cache.get(content.version, `${lang}\u0000${page}`, () => listMessage(content, lang, page));
  };

  feature.command('articles', async (ctx) => {
    const requested = Number.parseInt(commandArgument(ctx), 10);
    const page = Number.isSafeInteger(requested) && requested > 0 ? requested - 1 : 0;
    const message = cachedList(ctx.lang, page);
    return replyHtml(ctx, message.html, message.keyboard);
  });

  feature.action(/^l:/, async (ctx) => {
    const action = decodeAction(ctx.match.input);
    if (action?.kind !== 'list') return ctx.answerCbQuery(ctx.t.buttonExpired, { show_alert: true });
    const message = cachedList(action.lang, action.page);
    return editAndAnswer(ctx, message.html, message.keyboard);
  });

  return feature;
}
