import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { briefingData, markdown } from '../content/fixtures.js';
import { buttonsOf, startTestBot, user, type TestBot } from '../support/harness.js';

const english = user({ id: 7201, language_code: 'en' });
const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

async function botWith(files: Record<string, string>): Promise<TestBot> {
  const dir = mkdtempSync(join(tmpdir(), 'mawjaz-pictures-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const bot = await startTestBot({ CONTENT_DIR: dir });
  cleanups.push(
    () => bot.stop(),
    () => rmSync(dir, { recursive: true, force: true }),
  );
  return bot;
}

describe('pictures with nothing to draw answer in text', () => {
  it('no briefings at all: /map and /chart say so', async () => {
    const bot = await botWith({});
    const [map] = await bot.send('/map', { from: english });
    expect(map?.photo).toBeUndefined();
    expect(map?.text).toBe('No articles yet.');
    const [chart] = await bot.send('/chart', { from: english });
    expect(chart?.photo).toBeUndefined();
    expect(chart?.text).toBe('No articles yet.');
    expect(bot.fake.calls.some((c) => c.method === 'sendPhoto')).toBe(false);
  });

  it('an article whose incidents have no placeable place: no 🗺 button, /map explains, /chart has no toll', async () => {
    const data = briefingData('country-only');
    const incident = (data.incidents as Array<Record<string, unknown>>)[0]!;
    incident.place = { country: 'SY', precision: 'country' };
    incident.killed = null;
    const bot = await botWith({ 'country-only.md': markdown(data) });
    const [incidents] = await bot.send('/incidents', { from: english });
    expect(buttonsOf(incidents!).some((b) => b.text.includes('🗺'))).toBe(false);
    const [map] = await bot.send('/map country-only', { from: english });
    expect(map?.photo).toBeUndefined();
    expect(map?.text).toMatch(/None of this article’s incidents has a place precise enough/);
    const [chart] = await bot.send('/chart', { from: english });
    expect(chart?.photo).toBeUndefined();
    expect(chart?.text).toMatch(/state no one killed or wounded yet/);
    const [arabic] = await bot.send('/chart');
    expect(arabic?.text).toMatch(/لا تذكر الموجزات المنشورة/);
    // A button pressed for a map that cannot be drawn gets an alert.
    await bot.press(incidents!.message_id, 'm:ar:country-only', { from: english });
    expect(bot.fake.answeredCallbacks.at(-1)?.text).toMatch(/لا يذكر هذا المقال مكاناً/);
    expect(bot.fake.calls.some((c) => c.method === 'sendPhoto')).toBe(false);
  });
});
