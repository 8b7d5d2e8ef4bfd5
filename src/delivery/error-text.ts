/** Replaces secrets (the bot token) in a text that leaves the process or is stored. */
export type Scrub = (text: string) => string;

/**
 * An error as one short line, without its stack (a BotApiFailure's names the method, the chat and
 * Telegram's answer). Texts that may quote a request URL, which holds the token, go through `scrub`
 * before they are stored or shown (log lines are scrubbed by the logger). Warnings log this line
 * rather than the error: a retried network failure needs no stack trace.
 */
export function errorText(error: unknown, scrub: Scrub = (text) => text): string {
  return scrub(error instanceof Error ? error.message : String(error));
}
