import type { Telegram } from 'telegraf';
import type { Logger } from 'pino';
import { LANGUAGES, type Language } from '../content/schema.js';
import { catalogue } from '../i18n/catalogue.js';
import { PUBLIC_COMMANDS } from './commands.js';
import { errorText } from '../delivery/error-text.js';

/** The public command menu in one language (admin commands are never listed). */
export function commandMenu(lang: Language) {
  const t = catalogue(lang);
  return PUBLIC_COMMANDS.map((command) => ({ command, description: t.commandDescriptions[command] }));
}

/**
 * Registers the menu per language (`language_code` scope) and, for every other language, in the
 * default language. A failure is logged, never fatal: the bot works without a menu.
 */
export async function registerCommands(
  telegram: Telegram,
  defaultLanguage: Language,
  log: Logger,
): Promise<void> {
  const calls = [
    ...LANGUAGES.map((lang) => () => telegram.setMyCommands(commandMenu(lang), { language_code: lang })),
    () => telegram.setMyCommands(commandMenu(defaultLanguage)),
  ];
  for (const call of calls) {
    try {
      await call();
    } catch (error) {
      log.warn({ error: errorText(error), method: 'setMyCommands' }, 'could not register the command menu');
    }
  }
}
