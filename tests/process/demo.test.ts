import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run demo', () => {
  it('runs a scripted chat from piped stdin, with buttons pressable by number', () => {
    const script = ['/summary', '1', '/lang en', '/incidents', '/nonsense', '/quit', ''].join('\n');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/demo/main.ts'], {
      input: script,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
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
});
