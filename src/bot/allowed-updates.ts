import type { Update } from 'telegraf/types';

/** Telegram's update kinds: every field of an update but update_id. */
export type UpdateKind = Update extends infer U
  ? U extends Update
    ? Exclude<keyof U, 'update_id'>
    : never
  : never;

/**
 * The update kinds the bot has handlers for: commands, text and documents arrive as `message`
 * (group migrations too), inline buttons as `callback_query`. Telegram is asked for these only
 * (setWebhook's allowed_updates), so it never sends what the bot would ignore. A feature that
 * handles another kind adds it here; tests/http/allowed-updates.test.ts checks the list against the bot.
 */
export const ALLOWED_UPDATES = ['message', 'callback_query'] as const satisfies readonly UpdateKind[];
