import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/parse.js';
import { runIngestCli } from '../../src/intake/cli.js';
import { runDraftsCli } from '../../src/intake/drafts-cli.js';
import { runPublishCli } from '../../src/intake/publish-cli.js';
import { runEvalCli } from '../../src/intake/eval-cli.js';

const SEED = '/work/shared/seed/000_ed127326e84fb47c.txt';
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mawjaz-intake-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function io(argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      argv,
      env: { CONTENT_DIR: dir },
      readStdin: async () => stdin,
      stdout: (l: string) => out.push(l),
      stderr: (l: string) => err.push(l),
      log: pino({ level: 'silent' }),
    },
  };
}

describe('ingest CLI', () => {
  it('writes CONTENT_DIR/drafts/<id>.md, a file the content parser accepts as a draft, and prints its path', async () => {
    const run = io([SEED]);
    expect(await runIngestCli(run.io)).toBe(0);
    expect(run.out).toHaveLength(1);
    const path = run.out[0]!;
    expect(path.startsWith(join(dir, 'drafts', '2020-11-01-'))).toBe(true);
    const text = await readFile(path, 'utf8');
    const parsed = parseArticle(path, text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.article.briefing.status).toBe('draft');
      expect(parsed.article.body.trim()).toBe((await readFile(SEED, 'utf8')).trim());
    }
  });

  it('--json prints the front matter as one JSON object and writes nothing', async () => {
    const raw =
      'Two killed in Kirkuk\n\nGunmen killed two farmers in a village north of Kirkuk on Sunday, police said.\n';
    const run = io(['--json', '--published', '2021-10-04', '-'], raw);
    expect(await runIngestCli(run.io)).toBe(0);
    expect(run.out).toHaveLength(1);
    const draft = JSON.parse(run.out[0]!);
    expect(draft).toMatchObject({ status: 'draft', language: 'en', published: '2021-10-04' });
    expect(draft.incidents[0]).toMatchObject({ killed: 2, date: { from: '2021-10-03', to: '2021-10-03' } });
  });

  it('asks for --published in one line and exits 2 when the text gives no date', async () => {
    const file = join(dir, 'a.txt');
    await writeFile(file, 'Title\n\nGunmen killed two people in Kirkuk on Monday.\n');
    const run = io([file]);
    expect(await runIngestCli(run.io)).toBe(2);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toContain('--published');
    expect(run.out).toEqual([]);
  });

  it('exits 2 on bad usage or a missing file', async () => {
    expect(await runIngestCli(io(['--lang', 'fr', SEED]).io)).toBe(2);
    expect(await runIngestCli(io([join(dir, 'missing.txt')]).io)).toBe(2);
  });
});

describe("the editor's workflow", () => {
  const raw =
    'Two killed in Kirkuk\n\nGunmen killed at least two farmers in a village north of Kirkuk, police said.\n';

  it('re-running ingest leaves an edited draft alone and names it (exit 3); --force replaces it', async () => {
    const first = io(['--published', '2021-10-04', '-'], raw);
    expect(await runIngestCli(first.io)).toBe(0);
    const path = first.out[0]!;
    const edited = (await readFile(path, 'utf8')).replace(
      'status: draft',
      'status: draft\n# checked by the editor',
    );
    await writeFile(path, edited);
    const again = io(['--published', '2021-10-04', '-'], raw);
    expect(await runIngestCli(again.io)).toBe(3);
    expect(again.err.join('\n')).toContain(path);
    expect(again.out).toEqual([]);
    expect(await readFile(path, 'utf8')).toBe(edited);
    const forced = io(['--force', '--published', '2021-10-04', '-'], raw);
    expect(await runIngestCli(forced.io)).toBe(0);
    expect(await readFile(path, 'utf8')).not.toContain('checked by the editor');
  });

  it('drafts lists each draft with its reasons to check; publish moves it into CONTENT_DIR once', async () => {
    const made = io(['--published', '2021-10-04', '-'], raw);
    await runIngestCli(made.io);
    const id = made.out[0]!.split('/').pop()!.replace(/\.md$/, '');
    const listed = io([]);
    expect(await runDraftsCli(listed.io)).toBe(0);
    expect(listed.out[0]).toMatch(new RegExp(`^${id}  2021-10-04  en  incidents 1`));
    // each incident on its own line: when, where, casualties
    expect(listed.out[1]).toMatch(
      /^ {2}1\. .*October 2021.* · Kirkuk · 2 killed, number wounded not stated$/,
    );
    // no day in the text, and "at least": both are for the editor to check
    expect(listed.out.join('\n')).toContain('the article gives no date');
    expect(listed.out.join('\n')).toContain('approximate («at least two»)');
    // the reasons are in the draft file itself, for an editor who opens it
    const file = await readFile(made.out[0]!, 'utf8');
    expect(file).toContain('reason: date-guessed');
    expect(file).toContain('reason: casualties-approximate');

    const published = io([id]);
    expect(await runPublishCli(published.io)).toBe(0);
    expect(published.out).toEqual([join(dir, `${id}.md`)]);
    const parsed = parseArticle(published.out[0]!, await readFile(published.out[0]!, 'utf8'));
    expect(parsed.ok && parsed.article.briefing.status).toBe('published');
    const twice = io([id]);
    expect(await runPublishCli(twice.io)).toBe(3);
    // said plainly: nothing to publish because it already is
    expect(twice.err.join('\n')).toContain(`already published as ${join(dir, `${id}.md`)}`);
    expect(await runDraftsCli(io([]).io)).toBe(0);
  });

  it('publish takes the path ingest printed as well as the id', async () => {
    const made = io(['--published', '2021-10-04', '-'], raw);
    await runIngestCli(made.io);
    const path = made.out[0]!;
    const run = io([path]);
    expect(await runPublishCli(run.io)).toBe(0);
    expect(run.out).toEqual([join(dir, path.split('/').pop()!)]);
  });

  it('publish refuses a draft that no longer passes the schema, and bad usage', async () => {
    const made = io(['--published', '2021-10-04', '-'], raw);
    await runIngestCli(made.io);
    const path = made.out[0]!;
    await writeFile(
      path,
      (await readFile(path, 'utf8')).replace('published: 2021-10-04', 'published: 2021-13-04'),
    );
    const id = path.split('/').pop()!.replace(/\.md$/, '');
    const run = io([id]);
    expect(await runPublishCli(run.io)).toBe(5);
    expect(run.err.join('\n')).toContain('published');
    expect(await runPublishCli(io([]).io)).toBe(2);
    const listed = io([]);
    expect(await runDraftsCli(listed.io)).toBe(1);
    expect(listed.out[0]).toContain('INVALID');
  });
});

describe('eval CLI', () => {
  it('prints the score table of the dev set', async () => {
    const out: string[] = [];
    const code = await runEvalCli(['--dir', '/work/shared/intake/dev'], {
      stdout: (l) => out.push(l),
      stderr: () => {},
    });
    expect(code).toBe(0);
    expect(out[out.length - 3]).toMatch(/^TOTAL/);
    // the dev gold lists 6 years among its 16 figures: set aside above, counted here
    expect(out[out.length - 2]).toBe(
      'figures recall against the shared gold as written (its years counted): 0.63 (10/16)',
    );
    expect(out[out.length - 1]).toBe(
      'gold figures set aside as years: anbar-2021-10-04 2017; population-2021-09-27 1997, 2010; seed-2020-11-01 2014, 2017, 2019',
    );
    expect(out.length).toBe(8);
  });
});
