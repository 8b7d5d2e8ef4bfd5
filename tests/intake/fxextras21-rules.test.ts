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

describe('the wounded counted with the sick are those evacuated, no blow’s wounded', () => {
  it('"وإن 25 جريحا ومريضا نقلوا إلى مستشفيات" adds no wounded to the strikes told before', () => {
    const out = run(
      [
        'وشنت طائرات أمريكية ليلة الجمعة على السبت غارات على مواقع لمسلحي داعش في محيط ناحية العلم، بحسب بيان، قال إن الغارات "دمرت عددا من المركبات".',
        'وقال مسؤول محلي إن فرقا طبية دخلت الناحية بعد ظهر اليوم، وإن 25 جريحا ومريضا نقلوا إلى مستشفيات تكريت وسامراء.',
      ],
      'ar',
    );
    expect(out.map((x) => x.wounded)).toEqual([null]);
  });
  it('"30 sick and wounded were taken to hospitals" is no toll of the strikes told before', () => {
    const out = run(
      [
        'Coalition jets struck militant positions around the town of Talbiseh in Homs province overnight, killing a number of fighters.',
        'A local official said medical teams entered the town on Friday and that 30 sick and wounded were taken to hospitals in Homs and Hama.',
      ],
      'en',
    );
    expect(out.map((x) => x.wounded)).toEqual([null]);
  });
});

describe('damage told over a whole war is a feature’s background', () => {
  it('"a mosque that was hit by shells and mortars during the country\'s ten-year war" drafts nothing', () => {
    const out = run(
      [
        "Workers have begun rebuilding the old mosque of Tadef, the landmark in northern Syria that was hit by shells and mortars during the country's ten-year war.",
      ],
      'en',
    );
    expect(out).toEqual([]);
  });
});

describe('displacement told with the war that drives it is a story’s background', () => {
  it('"families fleeing a government offensive … have crowded into" drafts nothing', () => {
    const out = run(
      [
        'Hundreds of families fleeing a government offensive in the Ghab plain have crowded into camps near Idlib city this week, aid groups said on Thursday.',
      ],
      'en',
    );
    expect(out).toEqual([]);
  });
  it('"as fighting in the province drives a fresh wave of displacement" drafts nothing', () => {
    const out = run(
      [
        'Officials in Samawa say their schools are full of families arriving from Anbar, as fighting in the western province drives a fresh wave of displacement south.',
      ],
      'en',
    );
    expect(out).toEqual([]);
  });
});
