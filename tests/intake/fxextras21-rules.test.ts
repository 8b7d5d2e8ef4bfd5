// Rules added for drafts matched to nothing or placed in the wrong governorate (issue 12), each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/tolls.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published = '2019-04-12') =>
  extracted(paragraphs, lang, published);

describe('a town told by its kind and situated once lies there when named again bare', () => {
  it('places "Jets also struck Umm Hartein" where "the town of Umm Hartein in northern Hama province" lies', () => {
    const out = run(
      [
        'Government forces shelled rebel positions in Idlib province on Wednesday, a monitor said.',
        'Rebels have been gathering around the town of Umm Hartein in northern Hama province for weeks.',
        'Jets also struck Umm Hartein on Thursday, killing a family of four, the monitor said.',
      ],
      'en',
    ).map((x) => ({ governorate: x.place.governorate?.en, killed: x.killed }));
    expect(out).toContainEqual({ governorate: 'Hama', killed: 4 });
  });
});
