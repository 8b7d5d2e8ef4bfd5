import type { IncomingMessage } from 'node:http';
import { badRequest } from './api-error.js';
import { parseMultipart } from './multipart.js';
import type { Params } from './params.js';

const MAX_BODY_BYTES = 10 * 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw badRequest('request body is too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function fromSearchParams(search: URLSearchParams): Params {
  return Object.fromEntries(search.entries());
}

function fromJson(body: string): Params {
  if (body.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw badRequest("can't parse JSON request body");
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badRequest('request body must be a JSON object');
  }
  return parsed as Params;
}

/**
 * The call's parameters: the query string overlaid by a JSON, urlencoded or multipart body
 * (telegraf sends multipart to upload files; their parts arrive as UploadedFile).
 */
export async function readRequestParams(req: IncomingMessage, url: URL): Promise<Params> {
  const query = fromSearchParams(url.searchParams);
  const raw = await readBody(req);
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (contentType === 'multipart/form-data')
    return { ...query, ...parseMultipart(raw, req.headers['content-type'] ?? '') };
  const body = raw.toString('utf8');
  if (contentType === 'application/x-www-form-urlencoded') {
    return { ...query, ...fromSearchParams(new URLSearchParams(body)) };
  }
  if (contentType === 'application/json' || body.trim() === '') return { ...query, ...fromJson(body) };
  throw badRequest(`unsupported content type "${contentType}"`);
}
