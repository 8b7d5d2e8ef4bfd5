import { TelegramError } from 'telegraf';

/** Replaces secrets (the bot token) in a text that leaves the process or is stored. */
export type Scrub = (text: string) => string;

/**
 * An error as one short line, without its stack: Telegram's own code and description when it
 * answered, else the message. telegraf's network and JSON errors quote the request URL, which
 * holds the token: every such text goes through `scrub` before it is stored or shown (log lines
 * are scrubbed by the logger). Warnings log this line rather than the error: a retried network
 * failure needs no stack trace.
 */
export function errorText(error: unknown, scrub: Scrub = (text) => text): string {
  const text =
    error instanceof TelegramError
      ? `${error.code} ${error.description}`
      : error instanceof Error
        ? error.message
        : String(error);
  return scrub(text);
}
