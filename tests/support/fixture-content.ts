import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The briefings tests serve: a copy of the repository's `content/` taken when the tests were
 * written, so that publishing or editing a briefing there never changes what a test sees.
 */
export const FIXTURE_CONTENT = fileURLToPath(new URL('../fixtures/content', import.meta.url));

/** The seed article's id and its file in the fixtures. */
export const SEED_ID = '2020-11-01-coalition-isis';
export const SEED_PATH = join(FIXTURE_CONTENT, `${SEED_ID}.md`);

/**
 * A fresh copy of the fixture briefings in a temp folder (inside `parent` when given, so it goes
 * with it), for a bot that may write drafts or reload: no test shares another's folder.
 */
export function fixtureContentDir(parent?: string): string {
  const dir = parent === undefined ? mkdtempSync(join(tmpdir(), 'mawjaz-content-')) : join(parent, 'content');
  cpSync(FIXTURE_CONTENT, dir, { recursive: true });
  return dir;
}
