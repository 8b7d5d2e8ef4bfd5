import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { jobRunnerOverHttp } from './job-runner-setup.js';

const TOKEN = '424242:SECRET-token-that-must-never-be-stored';
const SECRET = TOKEN.split(':')[1]!;

// A proxy in front of the Bot API that answers with its own HTML error page quoting the request URL,
// token included: the delivery fails as unreadable, and nothing of the page or the URL is kept.
let server: ReturnType<typeof createServer>;
let apiRoot: string;
let store: Store;
let dir: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<html><body>Proxy error at ${req.url}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'mawjaz-scrub-'));
  store = await openStore({ databasePath: join(dir, 'db.sqlite') });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('error texts leave the process scrubbed', () => {
  it('a failed delivery stores the error without the token (the logs have none either)', async () => {
    await store.chats.seen({ id: 77, type: 'private', title: null });
    const job = await store.jobs.create({ kind: 'broadcast', key: 'broadcast:scrub', payload: {} }, [
      { chatId: 77, threadId: null, payload: {} },
    ]);
    const { runner, lines } = jobRunnerOverHttp({
      store,
      token: TOKEN,
      apiRoot,
      compose: async () => ({ chatType: 'private', parts: [{ kind: 'html', html: 'hello' }] }),
      maxInFlight: 1,
      maxAttempts: 1,
      level: 'debug',
    });
    await runner.run();
    const delivery = await store.deliveries.get(job!.id, 77);
    expect(delivery?.state).toBe('failed');
    expect(delivery?.error).toContain('is not JSON');
    expect(delivery?.error).not.toContain(SECRET);
    expect(lines.join('')).not.toContain(SECRET);
    // A network failure retried and given up on is a warning with one error line, not a stack trace.
    const warning = lines.find((l) => l.includes('send failed after retries'));
    expect(warning).toBeDefined();
    expect(warning).not.toContain('"stack"');
  });
});
