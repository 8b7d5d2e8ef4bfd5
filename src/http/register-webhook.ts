import type { Telegram } from 'telegraf';
import { ALLOWED_UPDATES } from '../bot/allowed-updates.js';
import type { WebhookConfig } from '../config/schema.js';

/**
 * Points Telegram at our webhook. Every instance calls it with the same values, so it is harmless
 * when several start together. Pending updates are kept: they are delivered once it is set.
 */
export async function registerWebhook(telegram: Telegram, webhook: WebhookConfig): Promise<void> {
  await telegram.setWebhook(webhook.url, {
    secret_token: webhook.secret,
    allowed_updates: [...ALLOWED_UPDATES],
    max_connections: webhook.maxConnections,
    drop_pending_updates: false,
  });
}
