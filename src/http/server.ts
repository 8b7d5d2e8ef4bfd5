import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';

export interface HttpRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface HttpResponse {
  status: number;
  body: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  handle: (request: HttpRequest) => Promise<HttpResponse>;
}

export interface HttpServerDeps {
  routes: readonly Route[];
  log: Logger;
  /** Larger bodies get 413 (Telegram's updates are a few KiB). */
  maxBodyBytes?: number;
}

export interface HttpServer {
  /** Resolves with the port bound (useful with port 0). */
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting connections and resolves once the requests in flight are answered. */
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

const text = (status: number, body: string): HttpResponse => ({ status, body });

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop buffering; the rest is read and thrown away so the answer still reaches the client.
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    // An update mostly arrives in one chunk: kept as it is rather than copied by Buffer.concat.
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/**
 * One node:http server for the webhook, health and metrics routes. Unknown paths get 404, a known
 * path with another method 405 (with Allow), a body over the cap 413. Built here, started by
 * `listen`, stopped by `close`, which lets the requests in flight finish.
 */
export function createHttpServer(deps: HttpServerDeps): HttpServer {
  const { log } = deps;
  const maxBodyBytes = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  // The routes of each path, looked up once per request rather than filtered from the list.
  const byPath = new Map<string, Route[]>();
  for (const route of deps.routes) byPath.set(route.path, [...(byPath.get(route.path) ?? []), route]);

  async function answer(req: IncomingMessage): Promise<HttpResponse> {
    // A request for a route's own path as it is (every webhook request) needs no URL parsing.
    const path = byPath.has(req.url ?? '') ? req.url! : new URL(req.url ?? '/', 'http://localhost').pathname;
    const onPath = byPath.get(path) ?? [];
    if (onPath.length === 0) return text(404, 'not found\n');
    const route = onPath.find((r) => r.method === req.method);
    if (!route)
      return {
        ...text(405, 'method not allowed\n'),
        headers: { allow: onPath.map((r) => r.method).join(', ') },
      };
    let body: Buffer;
    try {
      body = await readBody(req, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) return text(413, 'payload too large\n');
      throw error;
    }
    return route.handle({ method: req.method ?? 'GET', path, headers: req.headers, body });
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let response: HttpResponse;
    try {
      response = await answer(req);
    } catch (err) {
      log.error({ err, path: req.url }, 'http request failed');
      response = text(500, 'internal error\n');
    }
    if (res.destroyed) return;
    res.writeHead(response.status, {
      'content-type': response.contentType ?? 'text/plain; charset=utf-8',
      ...response.headers,
      // Closing: a kept-alive connection would hold close() up until it idles out.
      ...(closing && { connection: 'close' }),
    });
    res.end(response.body);
  }

  let closing = false;
  const server = createServer((req, res) => void serve(req, res));

  return {
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const bound = (server.address() as AddressInfo).port;
          log.info({ port: bound, host }, 'http server listening');
          resolve(bound);
        });
      });
    },
    close() {
      closing = true;
      return new Promise((resolve) => {
        if (!server.listening) return resolve();
        // close() waits for active requests; idle keep-alive connections are closed now and after each answer.
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}
