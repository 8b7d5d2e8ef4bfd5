import { Feature } from '../feature.js';
import type { ContentRepository } from '../../content/repository.js';
import { decodeAction, type View } from '../callback-data.js';
import { commandArgument } from '../argument.js';
import type { BotContext } from '../context.js';
import { clip, editAndAnswer, replyHtml } from '../reply.js';
import { replyText } from '../reply-text.js';
import { renderedViews } from '../rendered-views.js';

const VIEW_COMMANDS: readonly View[] = ['summary', 'incidents', 'figures', 'source'];

/** /summary, /incidents, /figures, /source [id], and the buttons that switch view, page and language. */
export function articleViewsFeature(content: ContentRepository): Feature<BotContext> {
  const feature = new Feature<BotContext>();
  const viewMessage = renderedViews(content);

  for (const view of VIEW_COMMANDS) {
    feature.command(view, async (ctx) => {
      const id = commandArgument(ctx).split(/\s+/)[0] ?? '';
      const article = id ? content.byId(id) : content.latest();
      if (!article) {
        return replyText(ctx, id ? ctx.t.articleNotFound(clip(id)) : ctx.t.noArticles);
      }
      const message = viewMessage(view, article, ctx.lang, 0);
      return replyHtml(ctx, message.html, message.keyboard);
    });
  }

  feature.action(/^v:/, async (ctx) => {
    const action = decodeAction(ctx.match.input);
    const article = action?.kind === 'view' ? content.byId(action.articleId) : undefined;
    if (action?.kind !== 'view' || !article) {
      return ctx.answerCbQuery(ctx.t.buttonExpired, { show_alert: true });
    }
    const message = viewMessage(action.view, article, action.lang, action.page);
    return editAndAnswer(ctx, message.html, message.keyboard);
  });

  return feature;
}
