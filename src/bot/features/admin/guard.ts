import type { Logger } from 'pino';
import type { MiddlewareFn, MiddlewareObj } from 'telegraf';
import { BROADCAST_BUTTON_PREFIX } from '../../../broadcast/buttons.js';
import type { BotContext } from '../../context.js';
import { commandForBot } from '../../command-match.js';
import { ADMIN_COMMANDS } from '../../commands.js';

export interface AdminGuardDeps {
  /** Telegram user ids (ADMIN_IDS). */
  adminIds: ReadonlySet<number>;
  log: Logger;
}

/** An update without a sender (a channel post, an anonymous group admin) is never an admin's. */
export function isAdmin(adminIds: ReadonlySet<number>, ctx: Pick<BotContext, 'from'>): boolean {
  const id = ctx.from?.id;
  return id !== undefined && adminIds.has(id);
}

/** The admin command (or admin button) an update is, if any, whoever sent it. */
function attemptedAdminAction(ctx: BotContext): string | undefined {
  const command = ctx.message ? commandForBot(ctx.message, ctx.me) : undefined;
  if (command && (ADMIN_COMMANDS as readonly string[]).includes(command.command)) return command.command;
  const data = ctx.callbackQuery && 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : undefined;
  return data?.startsWith(BROADCAST_BUTTON_PREFIX) ? 'broadcast button' : undefined;
}

/**
 * Lets only admins, in their private chat with the bot, reach the admin features. Everyone else's
 * update goes on down the chain untouched, so the catch-all answers it exactly as an unknown command
 * (or an expired button): a non-admin cannot even tell that admin commands exist. Refusals of a
 * non-admin are logged with their id.
 */
export function adminOnly(
  deps: AdminGuardDeps,
  features: MiddlewareObj<BotContext>,
): MiddlewareFn<BotContext> {
  const admin = features.middleware();
  return (ctx, next) => {
    const allowed = isAdmin(deps.adminIds, ctx);
    if (allowed && ctx.chat?.type === 'private') return admin(ctx, next);
    const attempted = attemptedAdminAction(ctx);
    if (attempted && !allowed)
      deps.log.warn({ user_id: ctx.from?.id ?? null, command: attempted }, 'admin command refused');
    return next();
  };
}
