import { createLogger } from '../log/logger.js';
import type { Logger } from 'pino';

/** What an editor's command reads and writes: the shell's, or a test's. */
export interface CliIo {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  readStdin(): Promise<string>;
  stdout(line: string): void;
  stderr(line: string): void;
  /** Progress goes to the log (stderr in the shell), never to stdout, which carries the result. */
  log: Logger;
}

/** True when the module at `moduleUrl` is the script node (or tsx) was asked to run. */
export function isMainModule(moduleUrl: string, scriptSuffix: string): boolean {
  return moduleUrl === `file://${process.argv[1]}` || process.argv[1]?.endsWith(scriptSuffix) === true;
}

/** The process edge of the editor's commands: real stdio, logs on stderr, the exit code. */
export function runCliMain(name: string, run: (io: CliIo) => Promise<number>): void {
  const log = createLogger({ level: 'info', secrets: [], write: (line) => process.stderr.write(line) });
  run({
    argv: process.argv.slice(2),
    env: process.env,
    readStdin,
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    log,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      log.error({ err, command: name }, 'command failed');
      process.exitCode = 1;
    },
  );
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
