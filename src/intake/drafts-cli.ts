import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DRAFTS_FOLDER } from '../content/drafts.js';
import { formatProblem, parseArticle } from '../content/parse.js';
import { ar } from '../i18n/ar.js';
import { en } from '../i18n/en.js';
import { draftCheckLines } from './drafts/draft-checks.js';
import { draftIncidentLines } from './drafts/draft-incidents.js';
import { isMainModule, runCliMain, type CliIo } from './cli-main.js';

/**
 * `npm run drafts [-- --lang ar|en]`: every draft in CONTENT_DIR/drafts, oldest id first, with its
 * counts, one line per incident (date, place, casualties with attackers killed apart) and the reasons to check it; a draft file that no longer passes the schema is listed with
 * its problems. Exit 0, or 1 when some draft is invalid.
 */
export async function runDraftsCli(io: CliIo): Promise<number> {
  const lang = io.argv.includes('ar') ? 'ar' : 'en';
  const t = lang === 'ar' ? ar : en;
  const dir = join(io.env.CONTENT_DIR || 'content', DRAFTS_FOLDER);
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.md')).sort();
  if (names.length === 0) {
    io.stdout(`no drafts in ${dir}`);
    return 0;
  }
  let invalid = 0;
  for (const name of names) {
    const path = join(dir, name);
    const parsed = parseArticle(path, await readFile(path, 'utf8'));
    if (!parsed.ok) {
      invalid++;
      io.stdout(`${name.replace(/\.md$/, '')}  INVALID`);
      parsed.problems.forEach((p) => io.stdout(`  ${formatProblem(p)}`));
      continue;
    }
    const { briefing } = parsed.article;
    const checks = draftCheckLines(briefing, t);
    io.stdout(
      `${briefing.id}  ${briefing.published}  ${briefing.language}  incidents ${briefing.incidents.length}  figures ${briefing.figures.length}  to check ${checks.length}`,
    );
    draftIncidentLines(briefing, lang).forEach((line) => io.stdout(`  ${line}`));
    checks.forEach((line) => io.stdout(`  - ${line}`));
  }
  return invalid > 0 ? 1 : 0;
}

if (isMainModule(import.meta.url, '/intake/drafts-cli.ts')) runCliMain('drafts', runDraftsCli);
