import { PNG } from 'pngjs';
import { Telegram, TelegramError } from 'telegraf';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeBotApi, type FakeBotApi } from '../../src/fake-telegram/server.js';

let api: FakeBotApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function start(): Promise<{ fake: FakeBotApi; telegram: Telegram }> {
  api = await startFakeBotApi();
  return { fake: api, telegram: new Telegram(api.token, { apiRoot: api.apiRoot }) };
}

function png(width: number, height: number): Buffer {
  const image = new PNG({ width, height });
  image.data.fill(200);
  return PNG.sync.write(image);
}

async function refusal(promise: Promise<unknown>): Promise<TelegramError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TelegramError);
  return error as TelegramError;
}

describe('sendPhoto on the fake Bot API', () => {
  it('takes a multipart upload, answers with the photo sizes largest last, and keeps the bytes', async () => {
    const { fake, telegram } = await start();
    const bytes = png(1200, 900);
    const sent = await telegram.sendPhoto(
      42,
      { source: bytes, filename: 'map.png' },
      { caption: '<b>Map</b> &amp; more', parse_mode: 'HTML' },
    );
    expect(sent.caption).toBe('Map & more');
    const sizes = sent.photo.map((p) => [p.width, p.height]);
    expect(sizes).toEqual([
      [90, 68],
      [320, 240],
      [800, 600],
      [1200, 900],
    ]);
    const largest = sent.photo.at(-1)!;
    expect(fake.fileContent(largest.file_id)?.equals(bytes)).toBe(true);
    const [message] = fake.messages(42);
    expect(message).toMatchObject({
      html: '<b>Map</b> &amp; more',
      text: 'Map & more',
      photo: { uploaded: true },
    });
  });

  it('re-sends by the file_id of any size, without an upload', async () => {
    const { fake, telegram } = await start();
    const first = await telegram.sendPhoto(42, { source: png(400, 300), filename: 'a.png' });
    const again = await telegram.sendPhoto(43, first.photo[0]!.file_id);
    expect(again.photo.map((p) => p.file_id)).toEqual(first.photo.map((p) => p.file_id));
    expect(fake.messages(43)[0]?.photo?.uploaded).toBe(false);
  });

  it('refuses what Telegram refuses', async () => {
    const { telegram } = await start();
    expect((await refusal(telegram.sendPhoto(42, 'AgAC-never-uploaded'))).description).toMatch(
      /wrong file identifier/,
    );
    expect(
      (await refusal(telegram.sendPhoto(42, { source: Buffer.from('not a picture'), filename: 'x.png' })))
        .response.error_code,
    ).toBe(400);
    expect(
      (await refusal(telegram.sendPhoto(42, { source: png(50, 2000), filename: 'x.png' }))).description,
    ).toMatch(/PHOTO_INVALID_DIMENSIONS/);
    const long = 'x'.repeat(1025);
    expect(
      (await refusal(telegram.sendPhoto(42, { source: png(10, 10), filename: 'x.png' }, { caption: long })))
        .description,
    ).toMatch(/caption is too long/);
    expect(
      (
        await refusal(
          telegram.sendPhoto(
            42,
            { source: png(10, 10), filename: 'x.png' },
            { caption: '<b>open', parse_mode: 'HTML' },
          ),
        )
      ).response.error_code,
    ).toBe(400);
  });
});
