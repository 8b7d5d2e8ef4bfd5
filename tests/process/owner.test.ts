import { describe, expect, it } from 'vitest';
import { deadPredecessors, formatOwner, parseOwner } from '../../src/process/owner.js';

const self = { host: 'web-1', pid: 500, nonce: 'aaaa1111' };

describe('lease owner ids', () => {
  it('round-trip host:pid:nonce, with a colon in the host name', () => {
    expect(parseOwner(formatOwner(self))).toEqual(self);
    expect(parseOwner('fe80::1:42:beef')).toEqual({ host: 'fe80::1', pid: 42, nonce: 'beef' });
  });

  it('refuse what is not of that form', () => {
    expect(parseOwner('someone')).toBeNull();
    expect(parseOwner('host:notapid:abc')).toBeNull();
    expect(parseOwner('host:0:abc')).toBeNull();
    expect(parseOwner(':12:abc')).toBeNull();
  });
});

describe('dead predecessors', () => {
  const alive = new Set([500, 700]);
  const pidAlive = (pid: number) => alive.has(pid);

  it('are the owners on this host whose process is gone', () => {
    const owners = ['web-1:600:dead0001', 'web-1:700:live0001', 'web-2:600:other001', 'web-1:601:dead0002'];
    expect(deadPredecessors(owners, self, pidAlive)).toEqual(['web-1:600:dead0001', 'web-1:601:dead0002']);
  });

  it('never include another host, an unreadable owner, or this process (another instance in it)', () => {
    const owners = ['web-2:600:x', 'legacy-owner', 'web-1:500:other-instance', formatOwner(self)];
    expect(deadPredecessors(owners, self, () => false)).toEqual([]);
  });
});
