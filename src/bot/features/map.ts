import { Feature } from '../feature.js';
import type { ContentRepository } from '../../content/repository.js';
import { catalogue } from '../../i18n/catalogue.js';
import type { PictureService } from '../../pictures/picture-service.js';
import type { BotContext } from '../context.js';
import { decodeMapButton } from '../map-button.js';
import { clip } from '../reply.js';
import { replyText } from '../reply-text.js';
import { replyPhoto } from '../reply-photo.js';

export interface MapFeatureDeps {
  content: ContentRepository;
  pictures: PictureService;
}

/** /map [id] and the 🗺 button of /incidents: the article's incidents on a map, as a photo. */
export function mapFeature({ content, pictures }: MapFeatureDeps): Feature<BotContext> {
  const feature = new Feature<BotContext>();

  feature.command('map', async (ctx) => {
    const id = ctx.payload.trim().split(/\s+/)[0] ?? '';
    const article = id ? content.byId(id) : content.latest();
    if (!article) return replyText(ctx, id ? ctx.t.articleNotFound(clip(id)) : ctx.t.noArticles);
    const picture = pictures.map(article, ctx.lang);
    if (!picture) return replyText(ctx, ctx.t.pictures.nothingToMap);
    await pictures.send(picture, replyPhoto(ctx));
  });

  feature.action(/^m:/, async (ctx) => {
    const button = decodeMapButton(ctx.match.input);
    const article = button ? content.byId(button.articleId) : undefined;
    if (!button || !article) return ctx.answerCbQuery(ctx.t.pictures.mapGone, { show_alert: true });
    // The map comes in the language of the view the button belongs to.
    const picture = pictures.map(article, button.lang);
    if (!picture)
      return ctx.answerCbQuery(catalogue(button.lang).pictures.nothingToMap, { show_alert: true });
    await ctx.answerCbQuery();
    await pictures.send(picture, replyPhoto(ctx));
  });

  return feature;
}
