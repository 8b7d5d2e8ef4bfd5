import { Context, Telegram } from 'telegraf';
import type { Update, UserFromGetMe } from 'telegraf/types';
import { describe, expect, it } from 'vitest';
import { updateLogMiddleware } from '../../src/bot/middleware/update-log.js';
import { createLogger } from '../../src/log/logger.js';
import { createMetrics } from '../../src/metrics/metrics.js';

const botInfo = { id: 1, is_bot: true, first_name: 'Mawjaz', username: 'MawjazBot' } as UserFromGetMe;
const telegram = new Telegram('123:update-log-test');
const update = {
  update_id: 9,
  message: { message_id: 1, date: 1, chat: { id: 5, type: 'private' }, text: 'hi' },
} as Update;

/** Handles one update through the middleware at `level`: the lines written and the metrics text. */
async function handled(level: 'info' | 'warn' | 'silent'): Promise<{ lines: string[]; metrics: string }> {
  const lines: string[] = [];
  const log = createLogger({ level, secrets: [], write: (line) => void lines.push(line) });
  const metrics = createMetrics();
  let ran = false;
  await updateLogMiddleware(
    log,
    () => 1_000,
    metrics,
  )(new Context(update, telegram, botInfo), async () => {
    ran = true;
  });
  expect(ran).toBe(true);
  return { lines, metrics: await metrics.render() };
}

describe('updateLogMiddleware', () => {
  it('writes one line per update at info, with its kind and chat type and no text', async () => {
    const { lines } = await handled('info');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      msg: 'update handled',
      update_id: 9,
      kind: 'message',
      chat_type: 'private',
    });
    expect(lines[0]).not.toContain('hi');
  });

  it('writes nothing at a quieter level, and counts the update in the metrics at every level', async () => {
    for (const level of ['warn', 'silent'] as const) {
      const { lines, metrics } = await handled(level);
      expect(lines).toEqual([]);
      expect(metrics).toMatch(/^mawjaz_updates_total\{kind="message"\} 1$/m);
      expect(metrics).toMatch(/^mawjaz_update_duration_seconds_count 1$/m);
    }
  });
});
