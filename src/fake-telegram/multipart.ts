import { badRequest } from './api-error.js';
import type { Params } from './params.js';

/** A file part of a multipart request, as the Bot API receives an upload. */
export class UploadedFile {
  constructor(
    readonly filename: string,
    readonly contentType: string | undefined,
    readonly content: Buffer,
  ) {}

  /** Recorded calls are compared and printed as JSON: the bytes show as their size. */
  toJSON(): Record<string, unknown> {
    return { upload: this.filename, bytes: this.content.length };
  }
}

function headerParam(header: string, name: string): string | undefined {
  return new RegExp(`;\\s*${name}="([^"]*)"`, 'i').exec(header)?.[1];
}

/**
 * multipart/form-data (RFC 7578) as telegraf sends it for uploads: plain fields become strings
 * (objects arrive JSON-encoded, as in urlencoded bodies), file parts become UploadedFile.
 */
export function parseMultipart(body: Buffer, contentTypeHeader: string): Params {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentTypeHeader);
  const marker = boundary?.[1] ?? boundary?.[2]?.trim();
  if (!marker) throw badRequest('multipart body without a boundary');
  const delimiter = Buffer.from(`--${marker}`);
  const params: Params = {};
  let at = body.indexOf(delimiter);
  if (at < 0) throw badRequest('malformed multipart body');
  while (true) {
    at += delimiter.length;
    if (body.subarray(at, at + 2).toString() === '--') return params;
    const next = body.indexOf(delimiter, at);
    if (next < 0) throw badRequest('malformed multipart body');
    // A part: CRLF, headers, CRLF CRLF, content, CRLF before the next delimiter.
    const part = body.subarray(at + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) throw badRequest('malformed multipart part');
    const headers = part.subarray(0, split).toString('utf8');
    const content = part.subarray(split + 4);
    const disposition = /^content-disposition:(.*)$/im.exec(headers)?.[1] ?? '';
    const name = headerParam(disposition, 'name');
    if (name === undefined) throw badRequest('multipart part without a name');
    const filename = headerParam(disposition, 'filename');
    params[name] =
      filename === undefined
        ? content.toString('utf8')
        : new UploadedFile(
            filename,
            /^content-type:\s*(.*)$/im.exec(headers)?.[1]?.trim(),
            Buffer.from(content),
          );
    at = next;
  }
}
