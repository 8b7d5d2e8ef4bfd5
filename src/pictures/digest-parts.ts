import type { MessagePart } from '../delivery/bulk-message.js';
import { parseTelegramHtml } from '../telegram/html-parse.js';
import { CAPTION_LIMIT } from './captions.js';
import type { Picture, PictureService } from './picture-service.js';

/**
 * A digest's messages with its lead briefing's map: one photo with the digest as its caption when
 * the digest is one message within the caption limit, else the photo (with the map's own caption)
 * first and the digest's messages after. Without a map, the text alone.
 */
export function withPicture(
  textParts: readonly MessagePart[],
  picture: Picture | undefined,
  pictures: Pick<PictureService, 'send'>,
): MessagePart[] {
  if (!picture) return [...textParts];
  const [only] = textParts;
  if (textParts.length === 1 && only?.kind === 'html') {
    const parsed = parseTelegramHtml(only.html);
    if (parsed.ok && parsed.text.length <= CAPTION_LIMIT) {
      return [{ kind: 'photo', send: (sendPhoto) => pictures.send(picture, sendPhoto, only.html) }];
    }
  }
  return [{ kind: 'photo', send: (sendPhoto) => pictures.send(picture, sendPhoto) }, ...textParts];
}
