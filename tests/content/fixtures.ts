import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pino, type Logger } from 'pino';
import { onTestFinished } from 'vitest';
import { stringify } from 'yaml';

/** A minimal valid briefing as plain data; tests change one part and stringify it. */
export function briefingData(id = 'sample-article', published = '2021-03-04'): Record<string, unknown> {
  return {
    id,
    language: 'en',
    published,
    title: { en: 'Markets & <ministers>', ar: 'الأسواق والوزراء' },
    summary: { en: ['First point', 'Second <b> point', 'Third & last'] },
    incidents: [
      {
        id: 'blast',
        date: { from: '2021-03-01', to: '2021-03-02', precision: 'day' },
        place: { country: 'IQ', governorate: { en: 'Kirkuk' }, precision: 'governorate' },
        event: { type: 'explosions_remote_violence', subType: 'remote_explosive_landmine_ied' },
        killed: 2,
        description: { en: 'A roadside bomb.' },
      },
    ],
  };
}

/** A content file: YAML front matter, then the body. */
export function markdown(data: unknown, body = 'The original article text.'): string {
  return `---\n${stringify(data)}---\n\n${body}\n`;
}

/** A temp folder holding `files` (names may include a subfolder); removed when the test ends. */
export async function tempContentDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mawjaz-content-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text, 'utf8');
  }
  return dir;
}

/** A real pino logger whose JSON lines land in `records`. */
export function capturingLogger(): { log: Logger; records: Array<Record<string, unknown>> } {
  const records: Array<Record<string, unknown>> = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => records.push(JSON.parse(line) as Record<string, unknown>) });
  return { log, records };
}
