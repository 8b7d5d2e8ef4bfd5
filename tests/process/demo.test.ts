import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../support/fixture-content.js';

function demo(script: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/demo/main.ts'], {
    input: [...script, ''].join('\n'),
    // The demo only reads its briefings: the fixtures themselves, not the repository's content/.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CONTENT_DIR: FIXTURE_CONTENT, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm run demo', () => {
  it('runs a scripted chat from piped stdin, with buttons pressable by number', () => {
    const result = demo(['/summary', '1', '/lang en', '/incidents', '/nonsense', '/quit']);
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toContain('› /summary');
    expect(out).toMatch(/\[1\] /);
    expect(out).toContain('bot (edited) ›');
    expect(out).toMatch(/Hawija/);
    expect(out).toContain('/help');
    expect(out).not.toMatch(/<\/?b>/);
    expect(out).not.toContain('\x1b[');
  });

  it('says which user it plays and how to be admin, logs to a file it names, and keeps log lines out of the chat', () => {
    const result = demo(['/summary', '/quit']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('You are Telegram user 1001');
    expect(result.stdout).toContain('ADMIN_IDS=1001 npm run demo');
    const logFile = /Logs go to (\S+)/.exec(result.stdout)?.[1];
    expect(logFile).toBeDefined();
    expect(existsSync(logFile!)).toBe(true);
    expect(readFileSync(logFile!, 'utf8')).toMatch(/"msg":"update handled"/);
    expect(result.stdout + result.stderr).not.toMatch(/"level":/);
    rmSync(logFile!, { force: true });
  });

  it('shows a pop-up answer and a digest as they happen', () => {
    // /settings: [1] Subscribe [2] language / [3] 08:00 [4] 20:00. Switching off both times pops up an alert.
    const result = demo(['/settings', '1', '3', '4', '/digest_now', '/quit'], {
      ADMIN_IDS: '1001',
      DEMO_LANGUAGE: 'en',
    });
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toContain('bot (pop-up) › Keep at least one digest time.');
    expect(out).not.toContain('(no answer)');
    expect(out).toMatch(/The digest of \d\d:\d\d \(Baghdad time\) is planned for 1 chat/);
    const digestAt = out.indexOf('Mawjaz: new for you');
    expect(digestAt).toBeGreaterThan(-1);
    expect(digestAt).toBeLessThan(out.indexOf('Logs: '));
    const logFile = /Logs go to (\S+)/.exec(out)?.[1];
    if (logFile) rmSync(logFile, { force: true });
  });
});
