import { describe, expect, it } from 'vitest';
import { parseMultipart, UploadedFile } from '../../src/fake-telegram/multipart.js';

function body(boundary: string, parts: Array<{ headers: string; content: Buffer | string }>): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(
      Buffer.from(`--${boundary}\r\n${part.headers}\r\n\r\n`),
      Buffer.from(part.content),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

describe('multipart/form-data', () => {
  it('reads fields as strings and files as bytes, CRLFs inside them included', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x0d, 0x0a, 0x2d, 0x2d, 0x00, 0xff]);
    const params = parseMultipart(
      body('xyz', [
        { headers: 'content-disposition: form-data; name="chat_id"', content: '42' },
        { headers: 'content-disposition: form-data; name="caption"', content: 'سطر\r\nسطر' },
        {
          headers:
            'Content-Disposition: form-data; name="photo"; filename="map.png"\r\nContent-Type: image/png',
          content: bytes,
        },
      ]),
      'multipart/form-data; boundary="xyz"',
    );
    expect(params.chat_id).toBe('42');
    expect(params.caption).toBe('سطر\r\nسطر');
    const photo = params.photo as UploadedFile;
    expect(photo).toBeInstanceOf(UploadedFile);
    expect(photo.filename).toBe('map.png');
    expect(photo.contentType).toBe('image/png');
    expect(photo.content.equals(bytes)).toBe(true);
    expect(JSON.stringify(photo)).toBe('{"upload":"map.png","bytes":8}');
  });

  it('refuses a body without boundary, without its closing delimiter, or a part without a name', () => {
    expect(() => parseMultipart(Buffer.from('x'), 'multipart/form-data')).toThrow(/boundary/);
    expect(() =>
      parseMultipart(
        Buffer.from('--b\r\ncontent-disposition: form-data; name="a"\r\n\r\n1'),
        'multipart/form-data; boundary=b',
      ),
    ).toThrow();
    expect(() =>
      parseMultipart(
        body('b', [{ headers: 'content-disposition: form-data', content: '1' }]),
        'multipart/form-data; boundary=b',
      ),
    ).toThrow(/name/);
  });
});
