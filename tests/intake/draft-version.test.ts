import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftPath } from '../../src/content/drafts.js';
import { saveDraftBeside, versionedId } from '../../src/intake/drafts/draft-version.js';
import { ingest } from '../../src/intake/ingest.js';

const RAW = [
  'Roadside bomb kills two soldiers near Tikrit',
  '',
  'Two Iraqi soldiers were killed and three others wounded on Saturday when a roadside bomb struck their patrol near the town of Tikrit in Salahuddin province, security sources said.',
].join('\n');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mawjaz-draft-version-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function draft() {
  const result = ingest(RAW, { published: '2023-03-13' });
  if (!result.ok) throw new Error(result.error);
  return result.draft;
}

describe('versionedId', () => {
  it('appends the version, and cuts a long id so that the whole stays within 48 characters', () => {
    expect(versionedId('2023-03-13-tikrit', 2)).toBe('2023-03-13-tikrit-v2');
    const long = `2023-03-13-${'a'.repeat(30)}-${'b'.repeat(6)}`;
    expect(long.length).toBe(48);
    const v = versionedId(long, 12);
    expect(v.length).toBeLessThanOrEqual(48);
    expect(v).toMatch(/^[a-z0-9][a-z0-9-]*-v12$/);
    expect(v).not.toContain('--');
  });
});

describe('saveDraftBeside', () => {
  it('writes the first draft under its id, then versions beside it, never touching the existing ones', async () => {
    const d = draft();
    const first = await saveDraftBeside(dir, d, RAW);
    expect(first).toEqual({ path: draftPath(dir, d.id), id: d.id, besideOf: null });
    writeFileSync(first.path, 'corrected by an editor');

    const second = await saveDraftBeside(dir, d, RAW);
    const third = await saveDraftBeside(dir, d, RAW);
    expect([second.id, third.id]).toEqual([versionedId(d.id, 2), versionedId(d.id, 3)]);
    expect(second.besideOf).toBe(d.id);
    expect(readFileSync(first.path, 'utf8')).toBe('corrected by an editor');
    expect(readFileSync(second.path, 'utf8')).toContain(`id: ${second.id}`);
  });
});
