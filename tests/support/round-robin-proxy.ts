import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  /** Index of the backend that got it. */
  backend: number;
  path: string;
  body: string;
  status: number;
}

export interface RoundRobinProxy {
  origin: string;
  /** Every request forwarded, in the order they arrived. */
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

/** A tiny load balancer on 127.0.0.1: each request goes to the next backend port in turn. */
export async function startRoundRobinProxy(backendPorts: readonly number[]): Promise<RoundRobinProxy> {
  const requests: ProxiedRequest[] = [];
  let next = 0;
  const server = createServer((req, res) => {
    const backend = next;
    next = (next + 1) % backendPorts.length;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => {
      const body = Buffer.concat(chunks);
      const upstream = request(
        {
          host: '127.0.0.1',
          port: backendPorts[backend],
          path: req.url,
          method: req.method,
          headers: req.headers,
        },
        (answer) => {
          const record: ProxiedRequest = {
            backend,
            path: req.url ?? '/',
            body: body.toString('utf8'),
            status: answer.statusCode ?? 0,
          };
          requests.push(record);
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.once('error', () => {
        requests.push({ backend, path: req.url ?? '/', body: body.toString('utf8'), status: 502 });
        res.writeHead(502).end();
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
