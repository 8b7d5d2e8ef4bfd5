import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** What Telegram accepts as a `secret_token`: 1–256 of A-Z, a-z, 0-9, `_` and `-`. */
export const WEBHOOK_SECRET_PATTERN = /^[A-Za-z0-9_-]{1,256}$/;

/**
 * The secret used when WEBHOOK_SECRET is unset: derived from the token, so every instance of the bot
 * agrees on it without sharing anything more, yet it reveals nothing about the token (one-way).
 * base64url only uses characters Telegram accepts.
 */
export function deriveWebhookSecret(token: string): string {
  return createHmac('sha256', token).update('mawjaz webhook secret_token v1').digest('base64url');
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Constant-time comparison of the header Telegram sent with the expected secret. Both sides are
 * hashed first so that neither the content nor the length of the secret leaks through timing; the
 * expected side once, not on every request.
 */
export function secretChecker(expected: string): (received: string | undefined) => boolean {
  const expectedDigest = digest(expected);
  return (received) => received !== undefined && timingSafeEqual(digest(received), expectedDigest);
}
