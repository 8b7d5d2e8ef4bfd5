import { badRequest } from './api-error.js';

/** Telegram's limit on a button's callback_data, in UTF-8 bytes. */
export const CALLBACK_DATA_LIMIT = 64;

const BUTTON_ACTIONS = [
  'url',
  'callback_data',
  'web_app',
  'login_url',
  'switch_inline_query',
  'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat',
  'callback_game',
  'pay',
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkInlineButton(button: unknown): void {
  if (!isRecord(button) || typeof button.text !== 'string') {
    throw badRequest('can\'t parse inline keyboard button: Field "text" must be of type String');
  }
  if (!BUTTON_ACTIONS.some((action) => button[action] !== undefined)) {
    throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
  }
  const data = button.callback_data;
  if (data === undefined) return;
  const bytes = typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : 0;
  if (bytes < 1 || bytes > CALLBACK_DATA_LIMIT) throw badRequest('BUTTON_DATA_INVALID');
}

/** Validates a decoded reply_markup; inline keyboards are checked button by button. */
export function checkReplyMarkup(markup: unknown): void {
  if (markup === undefined) return;
  if (!isRecord(markup)) throw badRequest("can't parse reply keyboard markup JSON object");
  if (markup.inline_keyboard === undefined) return;
  const rows = markup.inline_keyboard;
  if (!Array.isArray(rows) || !rows.every((row) => Array.isArray(row))) {
    throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays');
  }
  for (const row of rows as unknown[][]) row.forEach(checkInlineButton);
}
