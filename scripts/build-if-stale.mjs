// `npm start`'s prestart: compiles src/ to dist/ only when dist/ is missing or older than its
// sources. Even an incremental tsc run that finds nothing to do loads the compiler and checks every
// file (seconds); comparing modification times takes milliseconds. Plain JavaScript so that it
// runs before anything is built. Exits with tsc's code when a build fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

const STAMP = 'dist/.build-stamp';
const INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];

/** The newest modification time (ms) of a file, or of any file under a folder. */
function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted or renamed file changes its folder
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const stamp = existsSync(STAMP) && existsSync('dist/main.js') ? statSync(STAMP).mtimeMs : -1;
const sources = Math.max(...INPUTS.map(newestMtime));
if (sources >= stamp) {
  // Stamped with the time the build started: a file saved during the build makes the next start build again.
  const started = new Date();
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
  if (tsc.error) throw tsc.error;
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  writeFileSync(STAMP, '');
  utimesSync(STAMP, started, started);
}
