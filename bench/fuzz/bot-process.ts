import { spawn } from 'node:child_process';

/** The bot as production runs it, a child process; its JSON log lines read from stdout. */
export interface BotProcess {
  pid: number;
  /** Every JSON log line so far, parsed. */
  logs: Array<Record<string, unknown>>;
  stderr: () => string;
  exit: Promise<number | null>;
  /** The first log line with this `msg` (rejects if the process exits first). */
  waitForLog(msg: string): Promise<Record<string, unknown>>;
  kill(signal: NodeJS.Signals): void;
}

/**
 * Starts `command` (`npm start`, or `node dist/main.js` once built) in the project's folder with
 * only the given environment.
 */
export function startBotProcess(command: readonly string[], env: Record<string, string>): BotProcess {
  const [file, ...args] = command;
  const child = spawn(file!, args, {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Array<Record<string, unknown>> = [];
  let partial = '';
  let err = '';
  const waiters = new Set<() => void>();
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop()!;
    // npm's own banner lines are not the bot's logs.
    for (const line of lines)
      if (line.startsWith('{')) logs.push(JSON.parse(line) as Record<string, unknown>);
    waiters.forEach((w) => w());
  });
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    pid: child.pid!,
    logs,
    stderr: () => err,
    exit,
    waitForLog: (msg) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const line = logs.find((l) => l.msg === msg);
          if (!line) return;
          waiters.delete(check);
          resolve(line);
        };
        waiters.add(check);
        check();
        void exit.then((code) => reject(new Error(`the bot exited with ${code} before "${msg}": ${err}`)));
      }),
    kill: (signal) => child.kill(signal),
  };
}
