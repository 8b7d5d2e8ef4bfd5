import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/schema.js';
import { startFakeBotApi, type FakeBotApi } from '../../src/fake-telegram/server.js';
import { pictureFontFiles } from '../../src/pictures/fonts.js';
import { chartKey, mapKey } from '../../src/pictures/picture-keys.js';
import {
  createPictureService,
  type Picture,
  type PictureService,
} from '../../src/pictures/picture-service.js';
import { createRasteriser } from '../../src/pictures/rasterise.js';
import { loadWorld } from '../../src/pictures/world.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { BotApiClient } from '../../src/telegram/bot-api-client.js';
import { article, seedArticle } from './articles.js';

const world = loadWorld();
const rasterise = createRasteriser(pictureFontFiles());
let fake: FakeBotApi;
let store: Store;
let dir: string;
let pictures: PictureService;
let send: (picture: Picture) => Promise<{ uploaded: boolean; fileId: string }>;

beforeEach(async () => {
  fake = await startFakeBotApi();
  dir = mkdtempSync(join(tmpdir(), 'mawjaz-pictures-service-'));
  store = await openStore({ databasePath: join(dir, 'test.db') });
  pictures = createPictureService({
    fileIds: store.fileIds,
    rasterise,
    world: () => world,
    log: pino({ level: 'silent' }),
  });
  const telegram = new BotApiClient({ token: fake.token, apiRoot: fake.apiRoot });
  send = async (picture) => {
    const sent = await pictures.send(picture, (photo, extra) => telegram.sendPhoto(77, photo, extra));
    const message = fake.messages(77).find((m) => m.message_id === sent.message_id)!;
    return { uploaded: message.photo!.uploaded, fileId: sent.photo.at(-1)!.file_id };
  };
});
afterEach(async () => {
  await store.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

function changedTitle(a: Article): Article {
  return { ...a, briefing: { ...a.briefing, title: { en: 'A corrected title', ar: 'عنوان مصحح' } } };
}

describe('pictures are uploaded once per version and language', () => {
  it('a changed article is drawn and uploaded anew, and its old file_id forgotten', async () => {
    const v1 = seedArticle();
    const first = await send(pictures.map(v1, 'en')!);
    expect(first.uploaded).toBe(true);
    expect((await send(pictures.map(v1, 'en')!)).uploaded).toBe(false);
    const v2 = changedTitle(v1);
    expect(mapKey(v2, 'en').key).not.toBe(mapKey(v1, 'en').key);
    const second = await send(pictures.map(v2, 'en')!);
    expect(second.uploaded).toBe(true);
    expect(second.fileId).not.toBe(first.fileId);
    expect(await store.fileIds.get(mapKey(v1, 'en').key)).toBeNull();
    expect(await store.fileIds.get(mapKey(v2, 'en').key)).toBe(second.fileId);
  });

  it('the other language keeps its own file_id', async () => {
    const seed = seedArticle();
    const ar = await send(pictures.map(seed, 'ar')!);
    await send(pictures.map(seed, 'en')!);
    expect(await store.fileIds.get(mapKey(seed, 'ar').key)).toBe(ar.fileId);
  });

  it('sends of a new picture at the same time upload it once', async () => {
    const seed = seedArticle();
    const results = await Promise.all([1, 2, 3].map(() => send(pictures.map(seed, 'ar')!)));
    expect(results.filter((r) => r.uploaded)).toHaveLength(1);
    expect(new Set(results.map((r) => r.fileId)).size).toBe(1);
  });

  it('a new briefing changes the chart; the same briefings reuse it', async () => {
    const briefings = [seedArticle()];
    expect((await send(pictures.chart(briefings, 'en', null)!)).uploaded).toBe(true);
    expect((await send(pictures.chart(briefings, 'en', null)!)).uploaded).toBe(false);
    const more = [
      article('new-one', '2020-11-05', [{ governorate: { en: 'Diyala' }, killed: 2, date: '2020-11-04' }]),
      ...briefings,
    ];
    expect(chartKey(more, null, 'en').key).not.toBe(chartKey(briefings, null, 'en').key);
    expect((await send(pictures.chart(more, 'en', null)!)).uploaded).toBe(true);
    expect(await store.fileIds.get(chartKey(briefings, null, 'en').key)).toBeNull();
  });
});
