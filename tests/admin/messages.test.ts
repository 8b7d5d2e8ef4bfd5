import { describe, expect, it } from 'vitest';
import type { AdminMessages } from '../../src/i18n/admin-messages.js';
import { adminCatalogue } from '../../src/i18n/admin.js';
import { PDI, FSI } from '../../src/i18n/bidi.js';

const arabic = /[\u0600-\u06FF]/;
const emptyCounts = {
  total: 0,
  activeSubscribers: 0,
  byType: { private: 0, group: 0, supergroup: 0, channel: 0 },
  byLanguage: { ar: 0, en: 0, none: 0 },
  byStatus: { active: 0, blocked: 0, gone: 0 },
};
const recent = {
  digest: { delivered: 5, failed: 1, blocked: 2 },
  broadcast: { delivered: 7, failed: 0, blocked: 3 },
  intake: { delivered: 1, failed: 0, blocked: 0 },
};

/** Every text of a catalogue, with sample arguments. */
function allTexts(t: AdminMessages): string[] {
  const job = { jobId: 1, total: 3, sent: 1, failed: 0, blocked: 1, remaining: 1, rate: 2, etaSeconds: 1 };
  return [
    t.broadcastUsage,
    t.emptyBroadcast,
    t.invalidHtml('x'),
    t.copyFailed('x'),
    t.previewIntro,
    t.audience({ subscribers: 3, channels: 1, includeChannels: true, parts: 1 }),
    ...Object.values(t.buttons).map((b) => (typeof b === 'function' ? b(2) : b)),
    t.previewSettled,
    t.previewCancelled,
    t.plainTextChosen,
    t.noAudience,
    t.broadcastQueued(1, 3),
    t.progress(job),
    t.report({
      jobId: 1,
      state: 'finished',
      total: 3,
      sent: 2,
      failed: 0,
      blocked: 1,
      cancelled: 0,
      inDoubt: 0,
      remaining: 0,
    }),
    t.jobsEmpty,
    t.jobsTitle,
    t.jobLine({
      id: 1,
      state: 'running',
      createdAt: 0,
      total: 3,
      sent: 1,
      failed: 0,
      blocked: 0,
      cancelled: 0,
    }),
    t.cancelUsage,
    t.cancelNotFound('9'),
    t.cancelNotRunning(1, 'finished'),
    t.cancelDone(1),
    t.stats({ counts: emptyCounts, recent, articles: 1, uptimeSeconds: 61 }),
    t.reload({
      added: ['a'],
      changed: [],
      removed: [],
      rejected: [{ path: 'content/x.md', field: 'title', problem: 'missing' }],
    }),
    t.digestNowStarted('21:15', 'Asia/Baghdad', 2),
    t.digestNowAlready('21:15', 'Asia/Baghdad'),
    t.floodNotice,
  ];
}

describe('admin catalogues', () => {
  it('has every English text without Arabic, every Arabic text in Arabic', () => {
    for (const text of allTexts(adminCatalogue('en'))) expect(text, text).not.toMatch(arabic);
    for (const text of allTexts(adminCatalogue('ar'))) expect(text, text).toMatch(arabic);
  });

  it.each([
    [0, 'لا مشتركين'],
    [1, 'مشترك واحد'],
    [2, 'مشتركان'],
    [3, '3 مشتركين'],
    [11, '11 مشتركاً'],
    [100, '100 مشترك'],
    [1000, '1,000 مشترك'],
  ])('counts %i subscribers in Arabic: %s', (count, words) => {
    expect(
      adminCatalogue('ar').audience({ subscribers: count, channels: 0, includeChannels: false, parts: 1 }),
    ).toContain(`الجمهور: ${words} (`);
  });

  it('counts in English', () => {
    const t = adminCatalogue('en');
    expect(t.audience({ subscribers: 1, channels: 2, includeChannels: true, parts: 2 })).toBe(
      'Audience: 1 subscriber and 2 channels.\nEach gets 2 messages. Nothing is sent before you confirm.',
    );
    expect(t.audience({ subscribers: 0, channels: 0, includeChannels: false, parts: 1 })).toContain(
      'no subscribers (channels not included)',
    );
  });

  it("isolates Latin commands, ids and Telegram's messages inside Arabic text", () => {
    const t = adminCatalogue('ar');
    expect(t.invalidHtml('Unsupported start tag "script"')).toContain(
      `${FSI}Unsupported start tag "script"${PDI}`,
    );
    expect(t.cancelDone(12)).toContain(`${FSI}#12${PDI}`);
    expect(t.broadcastUsage).toContain(`${FSI}/broadcast${PDI}`);
  });

  it('lists each rejected file as path: field: problem', () => {
    const report = adminCatalogue('en').reload({
      added: [],
      changed: ['b'],
      removed: [],
      rejected: [{ path: 'content/x.md', field: 'summary.ar', problem: 'too short' }],
    });
    expect(report).toContain('Changed: b');
    expect(report).toContain('• content/x.md: summary.ar: too short');
  });
});
