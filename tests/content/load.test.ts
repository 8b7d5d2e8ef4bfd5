import { unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentDir, type ParsedFiles } from '../../src/content/load.js';
import { briefingData, capturingLogger, markdown, tempContentDir } from './fixtures.js';

const good = (id: string, extra: Record<string, unknown> = {}) => markdown({ ...briefingData(id), ...extra });

describe('loadContentDir', () => {
  it('serves the good file and logs the bad one once, with path and field', async () => {
    const bad = briefingData('bad');
    delete bad.title;
    delete bad.language;
    const dir = await tempContentDir({ 'a-good.md': good('good'), 'b-bad.md': markdown(bad) });
    const { log, records } = capturingLogger();

    const snapshot = await loadContentDir(dir, log);

    expect(snapshot.articles.map((a) => a.briefing.id)).toEqual(['good']);
    expect(snapshot.articles[0]?.path).toBe(join(dir, 'a-good.md'));
    expect(snapshot.problems.map((p) => [p.path, p.field])).toEqual([
      [join(dir, 'b-bad.md'), 'language'],
      [join(dir, 'b-bad.md'), 'title'],
    ]);
    const warnings = records.filter((r) => r['msg'] === 'content file rejected');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ level: 40, path: join(dir, 'b-bad.md'), field: 'language', problemCount: 2 });
  });

  it('rejects the second file that reuses an id', async () => {
    const dir = await tempContentDir({ 'a.md': good('same'), 'b.md': good('same'), 'c.md': good('other') });
    const { log, records } = capturingLogger();

    const snapshot = await loadContentDir(dir, log);

    expect(snapshot.articles.map((a) => a.path)).toEqual([join(dir, 'a.md'), join(dir, 'c.md')]);
    expect(snapshot.problems).toEqual([
      { path: join(dir, 'b.md'), field: 'id', problem: expect.stringContaining(join(dir, 'a.md')) },
    ]);
    expect(records.filter((r) => r['msg'] === 'content file rejected')).toHaveLength(1);
  });

  it('checks drafts but does not serve them', async () => {
    const badDraft = { ...briefingData('broken-draft'), status: 'draft', published: 'soon' };
    const dir = await tempContentDir({
      'draft.md': good('a-draft', { status: 'draft' }),
      'broken-draft.md': markdown(badDraft),
      'live.md': good('live'),
    });

    const snapshot = await loadContentDir(dir, capturingLogger().log);

    expect(snapshot.articles.map((a) => a.briefing.id)).toEqual(['live']);
    expect(snapshot.problems.map((p) => [p.path, p.field])).toEqual([[join(dir, 'broken-draft.md'), 'published']]);
  });

  it('reads only *.md directly in the folder, in name order', async () => {
    const dir = await tempContentDir({
      'z.md': good('zulu', { published: '2000-01-01' }),
      'a.md': good('alpha', { published: '2030-01-01' }),
      'm.md': good('mike'),
      'notes.txt': 'not content',
      'drafts/wip.md': 'not even front matter',
    });

    const snapshot = await loadContentDir(dir, capturingLogger().log);

    expect(snapshot.articles.map((a) => a.briefing.id)).toEqual(['alpha', 'mike', 'zulu']);
    expect(snapshot.problems).toEqual([]);
  });

  it('reports a missing folder as a problem instead of throwing', async () => {
    const dir = join(await tempContentDir({}), 'missing');
    const { log, records } = capturingLogger();

    const snapshot = await loadContentDir(dir, log);

    expect(snapshot).toEqual({ articles: [], problems: [{ path: dir, field: 'folder', problem: expect.stringContaining('ENOENT') }] });
    expect(records.some((r) => r['level'] === 40 && r['path'] === dir)).toBe(true);
  });

  it('a reload with the parse results kept parses only what changed, and forgets removed files', async () => {
    const dir = await tempContentDir({ 'a.md': good('a'), 'b.md': good('b'), 'c.md': good('c') });
    const { log } = capturingLogger();
    const parsed: ParsedFiles = new Map();
    const first = await loadContentDir(dir, log, parsed);
    expect(parsed.size).toBe(3);

    await writeFile(join(dir, 'b.md'), good('b', { published: '2022-02-02' }));
    await unlink(join(dir, 'c.md'));
    const second = await loadContentDir(dir, log, parsed);

    const byId = (snapshot: typeof first, id: string) => snapshot.articles.find((a) => a.briefing.id === id);
    expect(byId(second, 'a')).toBe(byId(first, 'a')); // unchanged text: the same parse, not a new one
    expect(byId(second, 'b')?.briefing.published).toBe('2022-02-02');
    expect(byId(second, 'c')).toBeUndefined();
    expect([...parsed.keys()].sort()).toEqual([join(dir, 'a.md'), join(dir, 'b.md')]);
  });

  it('loads many files in name order whatever order their reads finish in', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 150 }, (_, i) => [`f${String(i).padStart(3, '0')}.md`, good(`same-${i % 100}`)]),
    );
    const dir = await tempContentDir(files);
    const snapshot = await loadContentDir(dir, capturingLogger().log);
    expect(snapshot.articles.map((a) => a.path)).toEqual(
      Array.from({ length: 100 }, (_, i) => join(dir, `f${String(i).padStart(3, '0')}.md`)),
    );
    expect(snapshot.problems.map((p) => p.path)).toEqual(
      Array.from({ length: 50 }, (_, i) => join(dir, `f${String(100 + i).padStart(3, '0')}.md`)),
    );
  });

  it('lets other work run between files: a reload never holds the event loop for the whole folder', async () => {
    const files = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${String(i).padStart(2, '0')}.md`, good(`a-${i}`)]));
    const dir = await tempContentDir(files);
    let finished = false;
    const ranDuringLoad: boolean[] = [];
    // Each callback queues the next, as a busy bot's I/O would: each one runs only if the load yields again.
    const tick = () => {
      ranDuringLoad.push(!finished);
      if (!finished) setImmediate(tick);
    };
    setImmediate(tick);

    const snapshot = await loadContentDir(dir, capturingLogger().log);
    finished = true;

    expect(snapshot.articles).toHaveLength(20);
    expect(ranDuringLoad.filter(Boolean).length).toBeGreaterThanOrEqual(19);
  });
});
