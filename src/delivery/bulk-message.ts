import type { InlineKeyboardMarkup } from 'telegraf/types';
import type { SendPhoto } from '../pictures/picture-service.js';
import type { BotApiClient } from '../telegram/bot-api-client.js';
import type { OutgoingMessage } from './types.js';

/**
 * One message of a job: HTML we rendered (with inline buttons, as a draft's last part has), an
 * admin's message copied as is, or a picture (sent by its file_id, or drawn and uploaded once, by
 * `send`).
 */
export type MessagePart =
  | { kind: 'html'; html: string; replyMarkup?: InlineKeyboardMarkup }
  | { kind: 'copy'; fromChatId: number; messageId: number }
  | { kind: 'photo'; send: (sendPhoto: SendPhoto) => Promise<{ message_id: number }> };

export interface BulkMessage extends OutgoingMessage {
  part: MessagePart;
  /**
   * Called right before the request goes out (after the rate limits): records the delivery as in
   * flight. False: another worker took it, and nothing is sent.
   */
  begin: () => Promise<boolean>;
}

/**
 * The sender's transmit function over the Bot API, through the app's one client: a failed request
 * throws a BotApiFailure, whose kind the sender acts on (429, 403, …). Failures are counted there.
 */
export function createTransmit(telegram: BotApiClient, options: { paidBroadcast: boolean }) {
  return async (message: BulkMessage): Promise<number[]> => {
    if (!(await message.begin())) return [];
    const common = {
      chat_id: message.chatId,
      ...(message.threadId ? { message_thread_id: message.threadId } : {}),
      ...(options.paidBroadcast ? { allow_paid_broadcast: true } : {}),
    };
    const { part } = message;
    // callApi: telegraf 4.16's typings predate allow_paid_broadcast.
    const request =
      part.kind === 'photo'
        ? part.send((photo, extra) =>
            telegram.sendPhoto(message.chatId, photo, { ...common, ...extra } as never),
          )
        : part.kind === 'html'
          ? telegram.callApi('sendMessage', {
              ...common,
              text: part.html,
              parse_mode: 'HTML',
              link_preview_options: { is_disabled: true },
              ...(part.replyMarkup && { reply_markup: part.replyMarkup }),
            } as never)
          : telegram.callApi('copyMessage', {
              ...common,
              from_chat_id: part.fromChatId,
              message_id: part.messageId,
            } as never);
    const sent = (await request) as { message_id: number };
    return [sent.message_id];
  };
}
