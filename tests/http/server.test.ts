import { describe, expect, it } from 'vitest';
import { createHttpServer, type Route } from '../../src/http/server.js';
import { createLogger } from '../../src/log/logger.js';
import { httpRequest } from '../support/http-client.js';

const log = createLogger({ level: 'silent', secrets: [] });

describe('the HTTP server', () => {
  it('routes by path and method: 404 elsewhere, 405 with Allow, 500 when a handler throws', async () => {
    const routes: Route[] = [
      { method: 'GET', path: '/a', handle: async () => ({ status: 200, body: 'a' }) },
      { method: 'POST', path: '/boom', handle: async () => Promise.reject(new Error('boom')) },
    ];
    const server = createHttpServer({ routes, log });
    const port = await server.listen(0, '127.0.0.1');
    try {
      expect(await httpRequest(port, '/a?x=1')).toMatchObject({ status: 200, body: 'a' });
      expect((await httpRequest(port, '/b')).status).toBe(404);
      const wrong = await httpRequest(port, '/a', { method: 'DELETE' });
      expect(wrong.status).toBe(405);
      expect(wrong.headers.allow).toBe('GET');
      expect((await httpRequest(port, '/boom', { method: 'POST' })).status).toBe(500);
    } finally {
      await server.close();
    }
  });

  it('answers 413 to a body over the cap, announced or not', async () => {
    const server = createHttpServer({
      routes: [
        { method: 'POST', path: '/in', handle: async (r) => ({ status: 200, body: String(r.body.length) }) },
      ],
      log,
      maxBodyBytes: 10,
    });
    const port = await server.listen(0, '127.0.0.1');
    try {
      expect(await httpRequest(port, '/in', { method: 'POST', body: '0123456789' })).toMatchObject({
        status: 200,
        body: '10',
      });
      expect((await httpRequest(port, '/in', { method: 'POST', body: '0123456789x' })).status).toBe(413);
      expect(
        (
          await httpRequest(port, '/in', {
            method: 'POST',
            headers: { 'transfer-encoding': 'chunked' },
            body: 'x'.repeat(100),
          })
        ).status,
      ).toBe(413);
    } finally {
      await server.close();
    }
  });

  it('lets a request in flight finish when closed, and refuses new connections', async () => {
    let release!: () => void;
    let arrived!: () => void;
    const hasArrived = new Promise<void>((resolve) => (arrived = resolve));
    const server = createHttpServer({
      routes: [
        {
          method: 'GET',
          path: '/slow',
          handle: async () => {
            arrived();
            await new Promise<void>((resolve) => (release = resolve));
            return { status: 200, body: 'finished' };
          },
        },
      ],
      log,
    });
    const port = await server.listen(0, '127.0.0.1');
    const slow = httpRequest(port, '/slow');
    await hasArrived;
    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await expect(httpRequest(port, '/slow')).rejects.toThrow();
    expect(closed).toBe(false);
    release();
    expect(await slow).toMatchObject({ status: 200, body: 'finished' });
    await closing;
    expect(closed).toBe(true);
  });
});
