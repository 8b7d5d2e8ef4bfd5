import { badRequest } from './api-error.js';
import type { FakeState, MethodHandler } from './fake-state.js';
import { botMessage } from './message-methods.js';
import { toApiMessage } from './message-store.js';
import { readHtmlText, readPlainText } from './html/telegram-html.js';
import { UploadedFile } from './multipart.js';
import { optionalInteger, optionalObject, optionalString, requireChatId, type Params } from './params.js';
import type { PhotoSize, StoredPhoto } from './photo.js';
import { checkReplyMarkup } from './reply-markup.js';

/** Telegram's limit on a caption's visible text. */
export const CAPTION_LIMIT = 1024;
/** Telegram's limits on an uploaded photo. */
const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
const MAX_SIDES = 10_000;
const MAX_RATIO = 20;
/** The sizes Telegram makes of a photo (longest side), the original last when larger. */
const THUMBNAIL_SIDES = [90, 320, 800, 1280];

/** Width and height from a PNG's IHDR chunk (the pictures Mawjaz sends); undefined for anything else. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = '89504e470d0a1a0a';
  if (
    bytes.length < 24 ||
    bytes.subarray(0, 8).toString('hex') !== signature ||
    bytes.subarray(12, 16).toString() !== 'IHDR'
  )
    return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Stores an upload under one file_id per size (all serve the same bytes), as Telegram returns them. */
function storeUpload(state: FakeState, file: UploadedFile): PhotoSize[] {
  if (file.content.length === 0) throw badRequest('file must be non-empty');
  if (file.content.length > MAX_PHOTO_BYTES) throw badRequest('PHOTO_INVALID_DIMENSIONS');
  const size = pngSize(file.content);
  if (!size) throw badRequest('IMAGE_PROCESS_FAILED');
  const { width, height } = size;
  if (width + height > MAX_SIDES || Math.max(width, height) / Math.min(width, height) > MAX_RATIO) {
    throw badRequest('PHOTO_INVALID_DIMENSIONS');
  }
  const upload = state.photos.size + 1;
  const longest = Math.max(width, height);
  const sides = [...THUMBNAIL_SIDES.filter((side) => side < longest), longest];
  const sizes = sides.map((side, i) => {
    const scale = side / longest;
    const photo: PhotoSize = {
      file_id: `AgAC-fake-photo-${upload}-${i}`,
      file_unique_id: `fake-photo-${upload}-${i}`,
      width: Math.round(width * scale),
      height: Math.round(height * scale),
      file_size: file.content.length,
    };
    state.files.set(photo.file_id, { path: `photos/file_${upload}_${i}.png`, content: file.content });
    return photo;
  });
  for (const photo of sizes) state.photos.set(photo.file_id, sizes);
  return sizes;
}

/** The sizes of an earlier upload, from the file_id of any of them. */
function knownPhoto(state: FakeState, fileId: string): PhotoSize[] {
  const sizes = state.photos.get(fileId);
  if (!sizes) throw badRequest('wrong file identifier/HTTP URL specified');
  return sizes;
}

/** A caption is checked like a message text, with Telegram's 1,024-character limit; it may be absent. */
function checkCaption(params: Params): { source: string; visible: string } {
  const source = optionalString(params, 'caption') ?? '';
  const parseMode = optionalString(params, 'parse_mode');
  const plain = parseMode === undefined || parseMode === '';
  if (!plain && parseMode.toLowerCase() !== 'html') {
    throw badRequest(`unsupported parse_mode "${parseMode}" (the fake Bot API models HTML only)`);
  }
  // The fake's own reader (./html/), never the app's parser: a bug there must be able to fail a test.
  const read = plain ? readPlainText(source) : readHtmlText(source);
  if (!read.ok) throw badRequest(read.description);
  if (read.value.length > CAPTION_LIMIT) throw badRequest('message caption is too long');
  return { source, visible: read.value.text };
}

/** sendPhoto: an upload (multipart) or the file_id of an earlier one; URLs are not fetched. */
const sendPhoto: MethodHandler = (state, params) => {
  const chatId = requireChatId(params);
  const photo = params.photo;
  const caption = checkCaption(params);
  const replyMarkup = optionalObject(params, 'reply_markup');
  checkReplyMarkup(replyMarkup);
  const threadId = optionalInteger(params, 'message_thread_id');
  let stored: StoredPhoto;
  if (photo instanceof UploadedFile) stored = { sizes: storeUpload(state, photo), uploaded: true };
  else if (typeof photo === 'string' && photo !== '') {
    if (/^https?:\/\//.test(photo)) throw badRequest('the fake Bot API does not fetch photos by URL');
    stored = { sizes: knownPhoto(state, photo), uploaded: false };
  } else throw badRequest('there is no photo in the request');
  state.flood.acquire(chatId, state.now());
  const message = botMessage(state, chatId, {
    source: caption.source,
    visible: caption.visible,
    signature: caption.visible,
    photo: stored,
    ...(optionalString(params, 'parse_mode') !== undefined && {
      parse_mode: optionalString(params, 'parse_mode')!,
    }),
    ...(replyMarkup !== undefined && { reply_markup: replyMarkup }),
    ...(threadId !== undefined && { thread_id: threadId }),
  });
  return toApiMessage(message);
};

export const photoMethods: Record<string, MethodHandler> = { sendPhoto };
