import { z } from 'zod';
import { LANGUAGES } from '../content/schema.js';

const numericIds = z
  .string()
  .trim()
  .refine((s) => s === '' || s.split(',').every((id) => /^\s*-?\d+\s*$/.test(id)), 'expected comma-separated numeric ids')
  .transform((s) => (s === '' ? [] : s.split(',').map((id) => Number(id.trim()))));

/** Every variable the bot reads; `.env.example` documents each one. */
export const ConfigSchema = z.object({
  TELEGRAM_BOT_TOKEN: z
    .string()
    .trim()
    .regex(/^\d+:[\w-]{20,}$/, 'does not look like a bot token (expected <digits>:<secret>)'),
  TELEGRAM_API_ROOT: z.url('must be a URL such as https://api.telegram.org').default('https://api.telegram.org').transform((u) => (u.endsWith('/') ? u : `${u}/`)),
  CONTENT_DIR: z.string().trim().min(1).default('content'),
  DATABASE_PATH: z.string().trim().min(1).default('data/mawjaz.db'),
  ADMIN_IDS: numericIds.default([]),
  DEFAULT_LANGUAGE: z.enum(LANGUAGES).default('ar'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  token: string;
  apiRoot: string;
  contentDir: string;
  databasePath: string;
  adminIds: ReadonlySet<number>;
  defaultLanguage: (typeof LANGUAGES)[number];
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
};

export type ConfigResult = { ok: true; config: Config } | { ok: false; error: string };

/** Pure: validates an environment; the error is one line naming the first bad variable. */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = ConfigSchema.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    const problem = issue.code === 'invalid_type' && present[name] === undefined ? 'is required' : issue.message.replace(/^Invalid option: expected one of/, 'must be one of');
    return { ok: false, error: `Configuration error: ${name}: ${problem}` };
  }
  const e = result.data;
  return {
    ok: true,
    config: {
      token: e.TELEGRAM_BOT_TOKEN,
      apiRoot: e.TELEGRAM_API_ROOT,
      contentDir: e.CONTENT_DIR,
      databasePath: e.DATABASE_PATH,
      adminIds: new Set(e.ADMIN_IDS),
      defaultLanguage: e.DEFAULT_LANGUAGE,
      logLevel: e.LOG_LEVEL,
    },
  };
}
