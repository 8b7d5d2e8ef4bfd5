import type { Logger } from 'pino';
import type { Message } from 'telegraf/types';
import type { Article, Language } from '../content/schema.js';
import type { GazetteerEntry } from '../places/types.js';
import type { FileIdStore } from '../store/store.js';
import { BotApiFailure } from '../telegram/bot-api-failure.js';
import { chartCaption, mapCaption } from './captions.js';
import { chartData } from './chart-data.js';
import { drawChart } from './chart-svg.js';
import { mapData } from './map-data.js';
import { drawMap } from './map-svg.js';
import { chartKey, mapKey, type PictureKey } from './picture-keys.js';
import type { Rasterise } from './rasterise.js';
import type { World } from './world.js';

/** A picture ready to send: where its file_id is kept, how to draw it, and its caption (HTML). */
export interface Picture {
  kind: 'map' | 'chart';
  key: PictureKey;
  /** Drawn only when no file_id is stored. */
  svg: () => string;
  caption: string;
}

export type PhotoInput = string | { source: Buffer; filename: string };
/** Sends a photo (a file_id or an upload) with its caption: `ctx.replyWithPhoto`, or `telegram.sendPhoto` bound to a chat. */
export type SendPhoto = (
  photo: PhotoInput,
  extra: { caption: string; parse_mode: 'HTML' },
) => Promise<Message.PhotoMessage>;

export interface PictureService {
  /** The map of an article's incidents; undefined when none can be placed. */
  map(article: Article, lang: Language): Picture | undefined;
  /** Killed and wounded over time; undefined when the briefings state none (in the governorate). */
  chart(
    articles: readonly Article[],
    lang: Language,
    governorate: GazetteerEntry | null,
  ): Picture | undefined;
  /**
   * Sends by the stored file_id; else (or when Telegram no longer knows it) draws, uploads once and
   * stores the new file_id. `caption` replaces the picture's own (a digest's text).
   */
  send(picture: Picture, sendPhoto: SendPhoto, caption?: string): Promise<Message.PhotoMessage>;
}

export interface PictureServiceDeps {
  fileIds: FileIdStore;
  rasterise: Rasterise;
  /** The country borders; called on the first drawing of a map only. */
  world: () => World;
  log: Logger;
}

/** Telegram's answer to a file_id it does not (or no longer) know. */
function staleFileId(error: unknown): boolean {
  return error instanceof BotApiFailure && error.kind === 'file-unknown';
}

export function createPictureService({ fileIds, rasterise, world, log }: PictureServiceDeps): PictureService {
  // Uploads under way by key: a second send of the same picture meanwhile (a digest's next chat, a
  // double tap) waits for the file_id instead of uploading it again.
  const uploading = new Map<string, Promise<unknown>>();

  async function upload(
    picture: Picture,
    sendPhoto: SendPhoto,
    extra: { caption: string; parse_mode: 'HTML' },
  ): Promise<Message.PhotoMessage> {
    const started = Date.now();
    const png = await rasterise(picture.svg());
    const sent = await sendPhoto({ source: png, filename: `${picture.kind}.png` }, extra);
    const fileId = sent.photo.at(-1)?.file_id;
    if (fileId !== undefined) {
      // The older versions of this picture will not be asked for again.
      await fileIds.forget(picture.key.prefix);
      await fileIds.put(picture.key.key, fileId);
    }
    log.info(
      { kind: picture.kind, key: picture.key.key, bytes: png.length, ms: Date.now() - started },
      'picture uploaded',
    );
    return sent;
  }

  return {
    map(article, lang) {
      const data = mapData(article, lang);
      if (data.markers.length === 0) return undefined;
      return {
        kind: 'map',
        key: mapKey(article, lang),
        svg: () => drawMap(data, world()),
        caption: mapCaption(data),
      };
    },

    chart(articles, lang, governorate) {
      const data = chartData(articles, lang, governorate);
      if (!data) return undefined;
      return {
        kind: 'chart',
        key: chartKey(articles, governorate?.id ?? null, lang),
        svg: () => drawChart(data),
        caption: chartCaption(data),
      };
    },

    async send(picture, sendPhoto, caption = picture.caption) {
      const extra = { caption, parse_mode: 'HTML' as const };
      let stored = await fileIds.get(picture.key.key);
      // Checked and set with no await in between, so two sends never both upload.
      for (
        let pending = uploading.get(picture.key.key);
        stored === null && pending;
        pending = uploading.get(picture.key.key)
      ) {
        await pending.catch(() => undefined);
        stored = await fileIds.get(picture.key.key);
      }
      if (stored !== null) {
        try {
          return await sendPhoto(stored, extra);
        } catch (error) {
          if (!staleFileId(error)) throw error;
          log.warn({ key: picture.key.key }, 'stored file_id refused, uploading again');
        }
      }
      const sending = upload(picture, sendPhoto, extra);
      uploading.set(picture.key.key, sending);
      try {
        return await sending;
      } finally {
        uploading.delete(picture.key.key);
      }
    },
  };
}
