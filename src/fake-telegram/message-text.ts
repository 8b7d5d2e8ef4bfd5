import { badRequest } from './api-error.js';
import { readHtmlText, readPlainText, type ReadText } from './html/telegram-html.js';

/** Telegram's limit on a message's visible text, in Unicode code points. */
export const MESSAGE_TEXT_LIMIT = 4096;

export interface CheckedText {
  /** The text parameter as sent. */
  source: string;
  /** What a client shows. */
  visible: string;
  /** Visible text plus formatting: equal signatures mean Telegram sees the same content. */
  signature: string;
}

/**
 * Validates a message text as Telegram does, with the fake's own HTML reader (./html/): it must
 * parse under `parse_mode` (only HTML is modelled; Markdown is refused rather than guessed), must
 * not be empty once cleaned up, and must fit 4096 characters.
 */
export function checkMessageText(source: string | undefined, parseMode: string | undefined): CheckedText {
  if (source === undefined) throw badRequest('message text is empty');
  const plain = parseMode === undefined || parseMode === '';
  if (!plain && parseMode.toLowerCase() !== 'html') {
    throw badRequest(`unsupported parse_mode "${parseMode}" (the fake Bot API models HTML only)`);
  }
  const read = plain ? readPlainText(source) : readHtmlText(source);
  if (!read.ok) throw badRequest(read.description);
  const { value } = read;
  if (value.length === 0) throw badRequest('message text is empty');
  if (value.length > MESSAGE_TEXT_LIMIT) throw badRequest('message is too long');
  return { source, visible: value.text, signature: signature(value) };
}

/** Text and entities together, so that `a &amp; b` and plain `a & b` compare equal. */
function signature(read: ReadText): string {
  return read.entities.length === 0 ? read.text : `${read.text}\u0000${JSON.stringify(read.entities)}`;
}
