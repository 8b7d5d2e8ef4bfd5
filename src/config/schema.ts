import { z } from 'zod';
import { LANGUAGES, type Language } from '../content/schema.js';
import { isPostgresUrl } from '../store/database-url.js';
import { parseSchedule } from '../schedule/parse-schedule.js';
import { isValidTimeZone } from '../schedule/time-zone.js';
import { deriveWebhookSecret, WEBHOOK_SECRET_PATTERN } from '../http/webhook-secret.js';

const list = (s: string) => (s.trim() === '' ? [] : s.split(',').map((item) => item.trim()));

const numericIds = z
  .string()
  .refine((s) => list(s).every((id) => /^-?\d+$/.test(id)), 'expected comma-separated numeric ids')
  .transform((s) => list(s).map(Number));

const channels = z
  .string()
  .refine(
    (s) => list(s).every((c) => /^(@[A-Za-z][\w]{3,}|-?\d+)$/.test(c)),
    'expected comma-separated @usernames or numeric ids',
  )
  .transform((s) => list(s).map((c) => (c.startsWith('@') ? c : Number(c))));

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    // A sign is allowed here so that -1 is told the range it must be in, not that it is no whole number.
    .regex(/^[-+]?\d+$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be between ${min} and ${max}`);

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], 'must be true or false')
  .transform((v) => ['true', '1', 'yes'].includes(v));

/** Every variable the bot reads; `.env.example` documents each one. */
export const ConfigSchema = z
  .object({
    TELEGRAM_BOT_TOKEN: z
      .string()
      .trim()
      .regex(/^\d+:[\w-]{20,}$/, 'does not look like a bot token (expected <digits>:<secret>)'),
    TELEGRAM_API_ROOT: z
      .url('must be a URL such as https://api.telegram.org')
      .default('https://api.telegram.org')
      .transform((u) => (u.endsWith('/') ? u : `${u}/`)),
    CONTENT_DIR: z.string().trim().min(1).default('content'),
    DATABASE_PATH: z.string().trim().min(1).default('data/mawjaz.db'),
    // The message never echoes the value: it may hold a password.
    DATABASE_URL: z
      .string()
      .trim()
      .refine(isPostgresUrl, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    ADMIN_IDS: numericIds.default([]),
    DEFAULT_LANGUAGE: z.enum(LANGUAGES).default('ar'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DIGEST_SCHEDULE: z.string().default('0 8 * * *;0 20 * * *'),
    DIGEST_TIMEZONE: z
      .string()
      .refine(isValidTimeZone, 'is not an IANA time zone such as Asia/Baghdad')
      .default('Asia/Baghdad'),
    DIGEST_MAX_ITEMS: wholeNumber(1, 20).default(5),
    DIGEST_CATCHUP_MINUTES: wholeNumber(0, 7 * 24 * 60).default(60),
    DIGEST_CHANNELS: channels.default([]),
    DIGEST_PICTURES: flag.default(true),
    DELIVERY_IN_DOUBT: z.enum(['skip', 'resend']).default('skip'),
    TELEGRAM_PAID_BROADCAST: flag.default(false),
    SEND_PER_SECOND: wholeNumber(1, 1000).optional(),
    SEND_PER_CHAT_PER_SECOND: wholeNumber(1, 100).default(1),
    SEND_PER_GROUP_PER_MINUTE: wholeNumber(1, 1000).default(20),
    JOB_LEASE_SECONDS: wholeNumber(2, 3600).default(30),
    USER_RATE_LIMIT: wholeNumber(1, 10_000).default(20),
    STOP_GRACE_SECONDS: wholeNumber(1, 600).default(10),
    WEBHOOK_URL: z
      .url('must be an https URL such as https://bot.example.org/telegram')
      .refine(
        (u) => URL.canParse(u) && new URL(u).protocol === 'https:',
        'must be an https URL such as https://bot.example.org/telegram',
      )
      .optional(),
    WEBHOOK_SECRET: z
      .string()
      .regex(WEBHOOK_SECRET_PATTERN, 'must be 1 to 256 of A-Z, a-z, 0-9, _ and -')
      .optional(),
    WEBHOOK_MAX_CONNECTIONS: wholeNumber(1, 100).default(40),
    // 0: any free port (tests).
    PORT: wholeNumber(0, 65_535).optional(),
    HOST: z.string().trim().min(1).default('0.0.0.0'),
  })
  .superRefine((env, ctx) => {
    const schedule = parseSchedule(env.DIGEST_SCHEDULE, env.DIGEST_TIMEZONE);
    if (!schedule.ok) ctx.addIssue({ code: 'custom', path: ['DIGEST_SCHEDULE'], message: schedule.error });
  });

type Env = z.infer<typeof ConfigSchema>;

export interface Config {
  token: string;
  apiRoot: string;
  contentDir: string;
  databasePath: string;
  /** PostgreSQL connection URL (holds a password: never logged); undefined: SQLite at databasePath. */
  databaseUrl: string | undefined;
  adminIds: ReadonlySet<number>;
  /** Commands per user per minute (USER_RATE_LIMIT). */
  userRateLimit: number;
  defaultLanguage: Language;
  logLevel: Env['LOG_LEVEL'];
  /** A stop (signal, or polling failed) still running after this long is forced with exit 1. */
  stopGraceMs: number;
  digest: {
    expressions: string[];
    timeZone: string;
    maxItems: number;
    catchUpMs: number;
    channels: Array<string | number>;
    /** Digests carry their lead briefing's map. */
    pictures: boolean;
  };
  delivery: {
    inDoubt: Env['DELIVERY_IN_DOUBT'];
    paidBroadcast: boolean;
    perSecond: number;
    perChatPerSecond: number;
    perGroupPerMinute: number;
    leaseMs: number;
  };
  http: {
    /** null: no HTTP server (polling mode without PORT). */
    port: number | null;
    host: string;
    /** null: long polling. */
    webhook: WebhookConfig | null;
  };
}

export interface WebhookConfig {
  /** WEBHOOK_URL, given to setWebhook. */
  url: string;
  /** Its path: the route the HTTP server answers updates on. */
  path: string;
  /** Never logged. */
  secret: string;
  maxConnections: number;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; error: string };

/** Pure: validates an environment; the error is one line naming the first bad variable. */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = ConfigSchema.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    const problem =
      issue.code === 'invalid_type' && present[name] === undefined
        ? 'is required'
        : issue.message.replace(/^Invalid option: expected one of/, 'must be one of');
    return { ok: false, error: `Configuration error: ${name}: ${problem.replace(/\s+/g, ' ')}` };
  }
  const e = result.data;
  const schedule = parseSchedule(e.DIGEST_SCHEDULE, e.DIGEST_TIMEZONE);
  return {
    ok: true,
    config: {
      token: e.TELEGRAM_BOT_TOKEN,
      apiRoot: e.TELEGRAM_API_ROOT,
      contentDir: e.CONTENT_DIR,
      databasePath: e.DATABASE_PATH,
      databaseUrl: e.DATABASE_URL,
      adminIds: new Set(e.ADMIN_IDS),
      userRateLimit: e.USER_RATE_LIMIT,
      defaultLanguage: e.DEFAULT_LANGUAGE,
      logLevel: e.LOG_LEVEL,
      stopGraceMs: e.STOP_GRACE_SECONDS * 1000,
      digest: {
        expressions: schedule.ok ? schedule.expressions : [],
        timeZone: e.DIGEST_TIMEZONE,
        maxItems: e.DIGEST_MAX_ITEMS,
        catchUpMs: e.DIGEST_CATCHUP_MINUTES * 60_000,
        channels: e.DIGEST_CHANNELS,
        pictures: e.DIGEST_PICTURES,
      },
      delivery: {
        inDoubt: e.DELIVERY_IN_DOUBT,
        paidBroadcast: e.TELEGRAM_PAID_BROADCAST,
        // Paid broadcasts lift Telegram's overall limit to 1,000 messages per second.
        perSecond: e.SEND_PER_SECOND ?? (e.TELEGRAM_PAID_BROADCAST ? 1000 : 30),
        perChatPerSecond: e.SEND_PER_CHAT_PER_SECOND,
        perGroupPerMinute: e.SEND_PER_GROUP_PER_MINUTE,
        leaseMs: e.JOB_LEASE_SECONDS * 1000,
      },
      http: {
        // A webhook needs the server; in polling mode it serves health and metrics only when asked for.
        port: e.PORT ?? (e.WEBHOOK_URL ? 8080 : null),
        host: e.HOST,
        webhook: e.WEBHOOK_URL
          ? {
              url: e.WEBHOOK_URL,
              path: new URL(e.WEBHOOK_URL).pathname,
              secret: e.WEBHOOK_SECRET ?? deriveWebhookSecret(e.TELEGRAM_BOT_TOKEN),
              maxConnections: e.WEBHOOK_MAX_CONNECTIONS,
            }
          : null,
      },
    },
  };
}
