import { describe, expect, it } from 'vitest';
import { withPicture } from '../../src/pictures/digest-parts.js';
import type { Picture, PictureService } from '../../src/pictures/picture-service.js';

const picture: Picture = {
  kind: 'map',
  key: { key: 'map:a:en:1', prefix: 'map:a:en:' },
  svg: () => '<svg/>',
  caption: 'the map’s caption',
};

/** Records which caption each photo part sends with. */
function recorder() {
  const captions: Array<string | undefined> = [];
  const pictures: Pick<PictureService, 'send'> = {
    send: async (_picture, _sendPhoto, caption) => {
      captions.push(caption);
      return { message_id: 1 } as never;
    },
  };
  return { captions, pictures };
}

describe('a digest with its map', () => {
  it('is one photo with the digest as caption when it fits', async () => {
    const { captions, pictures } = recorder();
    const parts = withPicture([{ kind: 'html', html: '<b>Digest</b> &amp; more' }], picture, pictures);
    expect(parts.map((p) => p.kind)).toEqual(['photo']);
    if (parts[0]!.kind === 'photo') await parts[0]!.send(async () => ({}) as never);
    expect(captions).toEqual(['<b>Digest</b> &amp; more']);
  });

  it('is the photo with its own caption, then the text, when the digest is longer than a caption', async () => {
    const { captions, pictures } = recorder();
    const long = { kind: 'html' as const, html: 'x'.repeat(1025) };
    const parts = withPicture([long], picture, pictures);
    expect(parts.map((p) => p.kind)).toEqual(['photo', 'html']);
    if (parts[0]!.kind === 'photo') await parts[0]!.send(async () => ({}) as never);
    expect(captions).toEqual([undefined]);
    expect(
      withPicture(
        [
          { kind: 'html', html: 'a' },
          { kind: 'html', html: 'b' },
        ],
        picture,
        pictures,
      ).map((p) => p.kind),
    ).toEqual(['photo', 'html', 'html']);
  });

  it('is the text alone without a map', () => {
    expect(withPicture([{ kind: 'html', html: 'a' }], undefined, recorder().pictures)).toEqual([
      { kind: 'html', html: 'a' },
    ]);
  });
});
