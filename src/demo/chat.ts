import type { FakeBotApi } from '../fake-telegram/server.js';
import { renderButtons, renderHtmlForTerminal } from './terminal-render.js';

interface Button {
  text: string;
  callback_data?: string;
}

/** The demo user's Telegram id: the one to put in ADMIN_IDS to try the admin commands. */
export const DEMO_USER_ID = 1001;

/**
 * One private chat between a demo user and the bot, printed as text. Everything the bot does in
 * the chat is shown as it happens: messages, edits (progress, reports) and pop-up answers to
 * buttons, whether they come in answer to a line or later (a digest, a broadcast's progress).
 */
export class DemoChat {
  private readonly user;
  private readonly seen = new Map<number, number>();
  private alertsSeen = 0;
  private buttons: { messageId: number; rows: Button[][] } | undefined;

  constructor(
    private readonly fake: FakeBotApi,
    private readonly options: { languageCode: string; color: boolean; logFile: string },
  ) {
    this.user = { id: DEMO_USER_ID, is_bot: false, first_name: 'Demo', language_code: options.languageCode };
  }

  banner(): string {
    return [
      'Mawjaz demo: the real bot, talking to a local fake of the Telegram Bot API (no token needed).',
      'Type /help, /summary, /incidents, /articles, /lang en …; a number presses a button; /quit leaves.',
      `You are Telegram user ${DEMO_USER_ID}. To try the admin commands (/broadcast, /digest_now, /stats): ADMIN_IDS=${DEMO_USER_ID} npm run demo`,
      `Logs go to ${this.options.logFile}`,
    ].join('\n');
  }

  /** Sends a line (a number presses that button of the last keyboard) and waits until the bot has handled it. */
  async say(input: string): Promise<void> {
    const chat = { id: this.user.id, type: 'private' as const, first_name: this.user.first_name };
    const index = /^\d+$/.test(input) ? Number(input) - 1 : -1;
    const button = this.buttons?.rows.flat()[index];
    const updateId =
      button?.callback_data && this.buttons
        ? this.fake.pressButton({
            chat,
            from: this.user,
            messageId: this.buttons.messageId,
            data: button.callback_data,
          })
        : this.fake.sendText({ chat, from: this.user, text: input });
    await this.fake.waitHandled(updateId);
  }

  /** Messages sent or edited and pop-ups shown since the last call, rendered; empty when nothing happened. */
  news(): string[] {
    const blocks: string[] = [];
    for (const message of this.fake.messages(this.user.id)) {
      const version = message.edits + 1;
      if (this.seen.get(message.message_id) === version) continue;
      const edited = this.seen.has(message.message_id);
      this.seen.set(message.message_id, version);
      const caption =
        message.parse_mode === 'HTML'
          ? renderHtmlForTerminal(message.html, this.options.color)
          : message.text;
      // A terminal cannot show the picture itself: its size says one was sent, the caption follows.
      const largest = message.photo?.sizes.at(-1);
      const body = largest ? `[picture ${largest.width}×${largest.height}]\n${caption}` : caption;
      const rows =
        (message.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? [];
      if (rows.length > 0) this.buttons = { messageId: message.message_id, rows };
      const keyboard =
        rows.length > 0
          ? `\n${renderButtons(
              rows.map((row) => row.map((b) => b.text)),
              this.options.color,
            )}`
          : '';
      blocks.push(`${edited ? 'bot (edited) ›' : 'bot ›'}\n${body}${keyboard}`);
    }
    // Every answer to a button press is in the chat: a pop-up's text is shown as one.
    const answers = this.fake.answeredCallbacks;
    for (; this.alertsSeen < answers.length; this.alertsSeen++) {
      const text = answers[this.alertsSeen]!.text;
      if (text) blocks.push(`bot (pop-up) › ${text}`);
    }
    return blocks;
  }
}
