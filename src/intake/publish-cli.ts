import { access } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { publishDraft } from '../content/drafts.js';
import { isMainModule, runCliMain, type CliIo } from './cli-main.js';

const USAGE = 'usage: publish <draft id>';

/**
 * `npm run publish -- <draft id>`: the command-line twin of the Telegram Publish button, through
 * the same `publishDraft` (validated again, never over a published briefing, draft removed). A
 * running bot serves it from the next digest slot or `/reload`. The id may be given as the draft's path.
 * Exit codes: 0 published, 2 bad usage, 3 no such draft, 4 already published, 5 the draft is invalid.
 */
export async function runPublishCli(io: CliIo): Promise<number> {
  const [arg, ...rest] = io.argv;
  // the path `npm run ingest` printed is accepted too: its file name is the id
  const id = arg?.endsWith('.md') ? basename(arg, '.md') : arg;
  if (!id || rest.length > 0 || !/^[a-z0-9][a-z0-9-]{0,47}$/.test(id)) {
    io.stderr(USAGE);
    return 2;
  }
  const contentDir = io.env.CONTENT_DIR || 'content';
  const result = await publishDraft(contentDir, id);
  if (!result.ok) {
    const published = join(contentDir, `${id}.md`);
    const alreadyPublished =
      result.reason === 'no-draft' &&
      (await access(published).then(
        () => true,
        () => false,
      ));
    const message = {
      'no-draft': alreadyPublished
        ? `publish: no draft ${id}: it is already published as ${published}`
        : `publish: no draft ${id} (looked for ${result.detail})`,
      exists: `publish: ${result.detail} is already published; it was not replaced`,
      invalid: `publish: the draft does not pass the checks:\n${result.detail}`,
    }[result.reason];
    io.stderr(message);
    return { 'no-draft': 3, exists: 4, invalid: 5 }[result.reason];
  }
  io.log.info({ id, path: result.path }, 'draft published');
  io.stdout(result.path);
  return 0;
}

if (isMainModule(import.meta.url, '/intake/publish-cli.ts')) runCliMain('publish', runPublishCli);
