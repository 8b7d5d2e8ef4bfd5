import { escapeHtml } from '../../../telegram/html.js';
import { splitMessage } from '../../../telegram/split.js';
import type { BotContext } from '../../context.js';
import { replyHtml } from '../../reply.js';

/** Replies with plain text of any length (a reload may list many rejected files), split at 4,096. */
export async function replyPlain(ctx: BotContext, text: string): Promise<void> {
  for (const part of splitMessage(escapeHtml(text))) await replyHtml(ctx, part);
}
