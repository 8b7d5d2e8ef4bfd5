import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./fake-updates-process.ts', import.meta.url));

export type RunResult = { replies: number; failed: number };

/** bench/support/fake-updates-process.ts as a child process: one command at a time, one answer each. */
export class FakeChild {
  readonly #child: ChildProcess;
  readonly #answers: AsyncIterator<string>;
  readonly apiRoot: string;

  private constructor(child: ChildProcess, answers: AsyncIterator<string>, apiRoot: string) {
    this.#child = child;
    this.#answers = answers;
    this.apiRoot = apiRoot;
  }

  static async start(token: string): Promise<FakeChild> {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, token], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const answers = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
    const first = await answers.next();
    if (first.done) throw new Error('the fake Bot API process exited before it was listening');
    return new FakeChild(child, answers, (JSON.parse(first.value) as { apiRoot: string }).apiRoot);
  }

  async #ask(command: unknown): Promise<Record<string, unknown>> {
    this.#child.stdin!.write(`${JSON.stringify(command)}\n`);
    const answer = await this.#answers.next();
    if (answer.done) throw new Error('the fake Bot API process exited');
    const parsed = JSON.parse(answer.value) as Record<string, unknown>;
    if (parsed.ok !== true) throw new Error(`fake Bot API: ${String(parsed.error)}`);
    return parsed;
  }

  async route(host: string, origin: string): Promise<void> {
    await this.#ask({ route: { host, origin } });
  }

  /**
   * One update per user (a text, or a press on the bot's last message), answered; all at once, or
   * offered at a steady `perSecond`.
   */
  async run(
    users: number[],
    update: { text: string } | { press: string },
    perSecond?: number,
  ): Promise<RunResult> {
    const answer = await this.#ask({
      run: { users, ...update, ...(perSecond !== undefined && { perSecond }) },
    });
    return { replies: Number(answer.replies), failed: Number(answer.failed) };
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.#child.once('exit', () => resolve()));
    this.#child.stdin!.end();
    await exited;
  }
}
