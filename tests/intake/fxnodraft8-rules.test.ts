// Rules from the fxnodraft8 round (issue 12, gold incidents never drafted): the town wire copy calls
// "this town" is the dateline's where the title names none; on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"in this town" under a dateline, the title naming no town', () => {
  it('"SAMARRA, Iraq (AP) -- A bomb went off … in this mostly Sunni city on Friday, killing four"', () => {
    expect(
      ingested(
        'Bomb kills four at a market in central Iraq',
        [
          'SAMARRA, Iraq (AP) -- A bomb hidden in a vegetable cart went off in this mostly Sunni city on Friday, killing four people and wounding 11, police said.',
          'No group claimed responsibility for the blast.',
        ],
        '2009-05-16',
      ),
    ).toEqual([{ from: '2009-05-15', to: '2009-05-15', governorate: 'Salahuddin', killed: 4, wounded: 11 }]);
  });
});

describe('"not the first time": the earlier blow the sentence goes on to tell, however long ago', () => {
  it('"وليست هذه المرة الأولى …، ففي آذار 2019 سقطت قذيفتان …، وأصيب ثلاثة" (the toll in a clause of its own)', () => {
    expect(
      ingested(
        'سقوط صواريخ على قاعدة في الأنبار',
        [
          'أفاد مصدر أمني في محافظة الأنبار، اليوم الخميس، بمقتل جندي وإصابة اثنين آخرين بسقوط صاروخين على قاعدة عين الأسد غربي المحافظة.',
          'وليست هذه المرة الأولى التي تتعرض فيها القاعدة لقصف مماثل، ففي آذار 2019 سقطت قذيفتان قرب بوابتها، وأصيب ثلاثة من الحراس.',
        ],
        '2020-06-11',
        'ar',
      ),
    ).toEqual([
      { from: '2020-06-11', to: '2020-06-11', governorate: 'Anbar', killed: 1, wounded: 2 },
      { from: '2019-03-01', to: '2019-03-31', governorate: 'Anbar', killed: null, wounded: 3 },
    ]);
  });
});
