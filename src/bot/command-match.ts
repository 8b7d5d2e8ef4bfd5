import type { Message } from 'telegraf/types';

/** The command a message starts with, and the bot it names (`/cmd@bot`), if any. */
export function leadingCommand(message: Message): { command: string; addressee?: string } | undefined {
  if (!('text' in message)) return undefined;
  const entity = message.entities?.[0];
  if (entity?.type !== 'bot_command' || entity.offset !== 0) return undefined;
  const [command = '', addressee] = message.text.slice(1, entity.length).split('@');
  return { command, ...(addressee ? { addressee } : {}) };
}

/** A command meant for this bot; `addressed` when it named the bot (`/cmd@ThisBot`) rather than none. */
export interface CommandForBot {
  command: string;
  addressed: boolean;
}

/**
 * "Is this command for this bot": `/cmd` and `/cmd@ThisBot` are, `/cmd@OtherBot` is not. Telegram
 * usernames are case-insensitive, so the bot's name is matched in any case; the command itself is
 * returned as written (commands are matched exactly, as Telegram's menu shows them).
 */
export function commandForBot(message: Message, botUsername: string): CommandForBot | undefined {
  const found = leadingCommand(message);
  if (!found) return undefined;
  if (found.addressee === undefined) return { command: found.command, addressed: false };
  return found.addressee.toLowerCase() === botUsername.toLowerCase()
    ? { command: found.command, addressed: true }
    : undefined;
}
