import { describe, expect, it } from 'vitest';
import { ADMIN_COMMANDS, PUBLIC_COMMANDS } from '../../src/bot/commands.js';
import { isAdmin } from '../../src/bot/features/admin/guard.js';

describe('isAdmin', () => {
  const admins = new Set([42]);
  it.each([
    [{ from: { id: 42, is_bot: false, first_name: 'A' } }, true],
    [{ from: { id: 43, is_bot: false, first_name: 'B' } }, false],
    [{ from: undefined }, false],
  ])('%o → %s', (ctx, expected) => {
    expect(isAdmin(admins, ctx)).toBe(expected);
  });

  it('admin commands are never in the public menu', () => {
    for (const command of ADMIN_COMMANDS) expect(PUBLIC_COMMANDS as readonly string[]).not.toContain(command);
  });
});
