// Rules from the fxplaces18 round (issue 12, where an incident happened): a spot the gazetteer does not
// know, told once by its kind of place and the known place it lies in, named again bare where the toll
// is told; on sentences written for them.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a spot told by its kind and situated once, named again bare', () => {
  it('"في قرية X بريف حماة", then "على الطريق بين X وY": the toll lies where X was situated', () => {
    expect(
      ingested(
        'مداهمات واعتقالات',
        [
          'داهمت قوات الأمن، أمس الأحد، منازل في قرية تل الخضيرات بريف حماة الشمالي واعتقلت عشرة شبان.',
          'وقتل جنديان وأصيب ثلاثة آخرون بانفجار لغم مساء السبت على الطريق بين تل الخضيرات والمزيرعة.',
        ],
        '2019-03-11',
        'ar',
      ),
    ).toEqual([{ from: '2019-03-09', to: '2019-03-09', governorate: 'Hama', killed: 2, wounded: 3 }]);
  });
});

describe('a named valley or range told near a city', () => {
  it('"in the besieged X valley near Damascus": the valley, not the city', () => {
    expect(
      ingested(
        'Shelling kills four',
        [
          'Shelling killed four civilians on Sunday in the besieged Wadi Barada valley near Damascus, a monitor said.',
        ],
        '2017-01-02',
        'en',
      ),
    ).toEqual([
      { from: '2017-01-01', to: '2017-01-01', governorate: 'Rif Dimashq', killed: 4, wounded: null },
    ]);
  });
});

describe('a title telling its story near a city', () => {
  it('"Fighting kills 11 near Damascus" over a lead on a valley near it: an unplaced toll lies in the valley', () => {
    expect(
      ingested(
        'Fighting kills 11 near Damascus',
        [
          'Talks on a truce stalled on Sunday in the Wadi Barada valley near Damascus, residents said.',
          'On Saturday, government forces attacked rebel positions around the village of Kfeir Zeitoun, a monitor said. Five soldiers and six rebels were killed in the clashes.',
        ],
        '2017-01-02',
        'en',
      ),
    ).toEqual([
      { from: '2016-12-31', to: '2016-12-31', governorate: 'Rif Dimashq', killed: 11, wounded: null },
    ]);
  });
});

describe('where those blamed are', () => {
  it('"…struck the X district of Damascus, state media said, blaming rebels in Y": the district struck', () => {
    expect(
      ingested(
        'Mortars hit the capital',
        [
          'Mortar rounds struck the Mezzeh district of Damascus on Sunday, wounding three people, state media said, blaming "terrorists" in Wadi Barada.',
        ],
        '2017-01-02',
        'en',
      ),
    ).toEqual([{ from: '2017-01-01', to: '2017-01-01', governorate: 'Damascus', killed: null, wounded: 3 }]);
  });
});

describe("a governorate's name told as a town, right before a bearing from another city", () => {
  it('"in the town of al-Hama west of Damascus": a namesake near Damascus, no Hama', () => {
    expect(
      ingested(
        'Car bomb kills two',
        [
          'A car bomb went off on Sunday in the town of al-Hama west of Damascus, killing two soldiers, state media said.',
        ],
        '2017-01-02',
        'en',
      ),
    ).toEqual([
      { from: '2017-01-01', to: '2017-01-01', governorate: 'Rif Dimashq', killed: 2, wounded: null },
    ]);
  });
});

describe("the Barada valley's spring town and Qudsaya as wire copy spells them", () => {
  it('"near the Ein el-Fijeh spring": Rif Dimashq, not the story\'s Damascus dateline', () => {
    expect(
      ingested(
        'Mine kills three',
        [
          'DAMASCUS, Syria (AP) - A land mine killed three soldiers near the Ein el-Fijeh spring on Sunday, state media said.',
        ],
        '2017-01-02',
        'en',
      ),
    ).toEqual([
      { from: '2017-01-01', to: '2017-01-01', governorate: 'Rif Dimashq', killed: 3, wounded: null },
    ]);
  });

  it('"قرب نبع الفيجة": Rif Dimashq', () => {
    expect(
      ingested(
        'انفجار لغم',
        ['قتل ثلاثة جنود بانفجار لغم قرب نبع الفيجة، أمس الأحد، بحسب مصدر عسكري.'],
        '2017-01-02',
        'ar',
      ),
    ).toEqual([
      { from: '2017-01-01', to: '2017-01-01', governorate: 'Rif Dimashq', killed: 3, wounded: null },
    ]);
  });

  it('"in Kudsaya, a suburb of Damascus": Rif Dimashq', () => {
    expect(
      ingested(
        'Clashes kill five',
        [
          'Troops and rebels clashed on Sunday in Kudsaya, a suburb of Damascus, killing five fighters, a monitor said.',
        ],
        '2017-01-02',
        'en',
      ),
    ).toEqual([
      { from: '2017-01-01', to: '2017-01-01', governorate: 'Rif Dimashq', killed: 5, wounded: null },
    ]);
  });
});
