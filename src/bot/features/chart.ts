import { Feature } from '../feature.js';
import type { ContentRepository } from '../../content/repository.js';
import type { PictureService } from '../../pictures/picture-service.js';
import { governorateByName } from '../../places/resolve.js';
import type { BotContext } from '../context.js';
import { followExamples } from '../follow-examples.js';
import { clip } from '../reply.js';
import { replyText } from '../reply-text.js';
import { replyPhoto } from '../reply-photo.js';

export interface ChartFeatureDeps {
  content: ContentRepository;
  pictures: PictureService;
}

/** /chart [governorate]: killed and wounded over time across the published briefings, as a photo. */
export function chartFeature({ content, pictures }: ChartFeatureDeps): Feature<BotContext> {
  const feature = new Feature<BotContext>();

  feature.command('chart', async (ctx) => {
    const t = ctx.t.pictures.chart;
    const input = ctx.payload.trim();
    const articles = content.list();
    // Governorate names are matched as /follow matches them: any spelling, or its capital.
    const governorate = input === '' ? null : (governorateByName(input) ?? undefined);
    if (governorate === undefined) {
      const examples = followExamples(
        articles.map((a) => a.briefing),
        ctx.lang,
      ).governorates;
      return replyText(ctx, t.unknownGovernorate(clip(input), examples));
    }
    if (articles.length === 0) return replyText(ctx, ctx.t.noArticles);
    const picture = pictures.chart(articles, ctx.lang, governorate);
    if (!picture) {
      const name = governorate === null ? null : (governorate.names[ctx.lang][0] ?? governorate.names.en[0]!);
      return replyText(ctx, t.nothingToChart(name));
    }
    await pictures.send(picture, replyPhoto(ctx));
  });

  return feature;
}
