import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTransmit, type BulkMessage } from '../../src/delivery/bulk-message.js';
import { createJobRunner } from '../../src/delivery/job-runner.js';
import { createSender } from '../../src/delivery/sender.js';
import { createLogger, scrubSecrets } from '../../src/log/logger.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { BotApiClient } from '../../src/telegram/bot-api-client.js';

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
    const lines: string[] = [];
    const log = createLogger({ level: 'debug', secrets: [TOKEN], write: (line) => lines.push(line) });
    const sender = createSender<BulkMessage>({
      transmit: createTransmit(
        new BotApiClient({ token: TOKEN, apiRoot, scrub: (text) => scrubSecrets(text, [TOKEN]) }),
        { paidBroadcast: false },
      ),
      limits: { perSecond: 30, perChatPerSecond: 1, perGroupPerMinute: 20, maxInFlight: 1 },
      clock: { now: Date.now, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
      log,
      maxAttempts: 1,
      scrub: (text) => scrubSecrets(text, [TOKEN]),
    });
    await store.chats.seen({ id: 77, type: 'private', title: null });
    const job = await store.jobs.create({ kind: 'broadcast', key: 'broadcast:scrub', payload: {} }, [
      { chatId: 77, threadId: null, payload: {} },
    ]);
    const runner = createJobRunner({
      store,
      sender,
      owner: 'test',
      leaseMs: 30_000,
      inDoubt: 'skip',
      compose: async () => ({ chatType: 'private', parts: [{ kind: 'html', html: 'hello' }] }),
      log,
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
