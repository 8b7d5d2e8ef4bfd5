/**
 * The bot's commands, side by side: the public menu (registered with Telegram in both languages,
 * described in the i18n catalogue) and the admin commands, never in the menu, listed so that a
 * refusal can be told from a typo. Data only: the catalogue's types import it, so it imports nothing.
 */
export const PUBLIC_COMMANDS = [
  'start',
  'help',
  'summary',
  'incidents',
  'figures',
  'source',
  'articles',
  'lang',
  'subscribe',
  'unsubscribe',
  'settings',
  'follow',
  'unfollow',
  'map',
  'chart',
] as const;

export type PublicCommand = (typeof PUBLIC_COMMANDS)[number];

export const ADMIN_COMMANDS = [
  'broadcast',
  'broadcasts',
  'cancel_broadcast',
  'stats',
  'reload',
  'digest_now',
] as const;
export type AdminCommand = (typeof ADMIN_COMMANDS)[number];
