/**
 * Self time of V8 CPU profiles by file and by function, largest first, summed over the profiles
 * given (a process writes one per thread): where a bench's time goes.
 *
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/content-load.ts 2000 3
 *   npx tsx bench/support/profile-summary.ts /tmp/prof/*.cpuprofile
 *
 * Shares are of the time not idle. Garbage collection and native calls (the file system's open,
 * read …) appear under their own names in brackets.
 */
import { readFileSync } from 'node:fs';

type CallFrame = { functionName: string; url: string; lineNumber: number };
type Profile = {
  nodes: Array<{ id: number; callFrame: CallFrame }>;
  samples: number[];
  timeDeltas: number[];
};

const ROWS = Number(process.env.ROWS ?? 25);
const paths = process.argv.slice(2);
if (paths.length === 0) throw new Error('usage: profile-summary <file.cpuprofile> …');

const byFile = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
let idle = 0;
for (const path of paths) {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  for (const [i, id] of profile.samples.entries()) {
    const frame = frames.get(id);
    const micros = profile.timeDeltas[i] ?? 0;
    if (frame === undefined) continue;
    // Idle is a thread waiting (the tsx loader's thread, mostly), not time spent: kept out of the shares.
    if (frame.functionName === '(idle)') {
      idle += micros;
      continue;
    }
    // Shortened to the package or the project path: the rest is the same on every line.
    const file =
      frame.url === ''
        ? `(${frame.functionName})`
        : frame.url.replace(/^file:\/\/.*?node_modules\//, '').replace(`file://${process.cwd()}/`, '');
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    byFile.set(file, (byFile.get(file) ?? 0) + micros);
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    total += micros;
  }
}

function print(title: string, totals: Map<string, number>): void {
  console.log(title);
  for (const [key, micros] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, ROWS)) {
    console.log(
      `${(micros / 1000).toFixed(0).padStart(8)} ms ${((100 * micros) / total).toFixed(1).padStart(5)} %  ${key}`,
    );
  }
}
console.log(
  `${paths.length} profile(s): ${(total / 1000).toFixed(0)} ms busy, ${(idle / 1000).toFixed(0)} ms idle`,
);
print('self time by file', byFile);
print('self time by function', byFunction);
