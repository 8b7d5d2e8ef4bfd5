import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTelegramHtml } from '../../src/telegram/html-parse.js';
import { briefingData, markdown } from '../content/fixtures.js';
import { buttonsOf, startTestBot, user, type TestBot } from '../support/harness.js';

/** An article with 40 long incidents: its incident list cannot fit one message. */
function longArticle(): Record<string, unknown> {
  const data = briefingData('many-incidents', '2024-05-01');
  const incident = (data.incidents as Array<Record<string, unknown>>)[0]!;
  data.incidents = Array.from({ length: 40 }, (_, i) => ({
    ...incident,
    id: `incident-${i + 1}`,
    killed: i + 1,
    description: {
      en: `Incident number ${i + 1}: ${'a long & detailed <account> of what happened. '.repeat(6)}`,
      ar: `الحادث رقم ${i + 1}`,
    },
  }));
  return data;
}

let bot: TestBot;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mawjaz-long-'));
  writeFileSync(join(dir, 'many.md'), markdown(longArticle()));
  writeFileSync(
    join(dir, 'broken.md'),
    markdown({ ...briefingData('broken', '2024-06-01'), published: '2024-13-45' }),
  );
  bot = await startTestBot({ CONTENT_DIR: dir });
});
afterAll(async () => {
  await bot.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('content that does not fit one message', () => {
  it('pages /incidents with buttons, each page valid and within 4,096 characters', async () => {
    const from = user({ id: 901, language_code: 'en' });
    const [first] = await bot.send('/incidents', { from });
    expect(first).toBeDefined();
    const pages = [first!.text];
    let message = first!;
    for (;;) {
      const next = buttonsOf(message).find((b) => b.text.includes('›') && b.callback_data.startsWith('v:i:'));
      if (!next) break;
      const [edited] = await bot.press(first!.message_id, next.callback_data, { from });
      expect(parseTelegramHtml(edited!.html).ok).toBe(true);
      pages.push(edited!.text);
      message = edited!;
    }
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(4096);
    const all = pages.join('\n');
    for (let i = 1; i <= 40; i++) expect(all).toContain(`Incident number ${i}:`);
  });
});

describe('a bad content file', () => {
  it('is logged with its path and field, and the rest still serve', async () => {
    const rejected = bot.logs
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((r) => r.msg === 'content file rejected');
    expect(rejected).toMatchObject({ path: join(dir, 'broken.md'), field: 'published' });
    const [list] = await bot.send('/articles', { from: user({ id: 902, language_code: 'en' }) });
    expect(list!.text).toContain('many-incidents');
    expect(list!.text).not.toContain('broken');
  });
});
