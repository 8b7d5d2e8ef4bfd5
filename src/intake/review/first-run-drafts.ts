import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainModule, runCliMain } from '../cli-main.js';

type OldIngest = (
  raw: string,
  opts: { published: string },
) => { ok: boolean; draft?: { incidents: unknown[] } };

/**
 * Drafts every article of the given probe folders with the `src/` found under `root` (an older
 * commit's, unpacked by collect-cli.ts, which runs this in a child process), one JSON line per
 * article: what that code made of text it had never been tuned on.
 */
async function firstRunDrafts(root: string, dirs: readonly string[], stdout: (line: string) => void) {
  const { ingest } = (await import(pathToFileURL(join(root, 'src/intake/ingest.ts')).href)) as {
    ingest: OldIngest;
  };
  for (const dir of dirs) {
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const name = basename(file, '.json');
      const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { published: string };
      const result = ingest(readFileSync(join(dir, `${name}.txt`), 'utf8'), { published: gold.published });
      if (result.ok && result.draft) stdout(JSON.stringify({ dir, name, incidents: result.draft.incidents }));
    }
  }
}

if (isMainModule(import.meta.url, '/intake/review/first-run-drafts.ts')) {
  runCliMain('first-run-drafts', async (io) => {
    const [root, ...dirs] = io.argv;
    if (!root || dirs.length === 0) {
      io.stderr('usage: first-run-drafts.ts ROOT DIR...');
      return 2;
    }
    await firstRunDrafts(root, dirs, io.stdout);
    return 0;
  });
}
