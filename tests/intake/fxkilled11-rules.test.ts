// Rules from the fxkilled11 round (issue 12, a killed count the text gives that the draft leaves
// short): the dead of both sides of a fight told as the subject of a passive placed in the fight
// ("N soldiers and M militants were killed in clashes"), summed as the fight's toll; and the day a
// fight "lasted into", no day of its own for the count told after the fight; each on sentences
// written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe("both sides' dead, the subject of a passive killed in a fight: the fight's toll", () => {
  it('"nine soldiers and six jihadists were killed in heavy fighting"', () => {
    expect(
      ingested(
        'Fighting flares in northern Hama',
        [
          'Nine soldiers and six jihadists were killed in heavy fighting on Friday around the village of Latamneh in northern Hama, the Syrian Observatory for Human Rights said.',
        ],
        '2019-07-06',
      ),
    ).toEqual([{ from: '2019-07-05', to: '2019-07-05', governorate: 'Hama', killed: 15, wounded: null }]);
  });

  it('an attack named in the clause keeps its attackers apart', () => {
    expect(
      ingested(
        'Checkpoint attacked in Hama',
        [
          'Two soldiers and five militants were killed in clashes after gunmen attacked a checkpoint near the village of Latamneh in northern Hama on Friday, the Observatory said.',
        ],
        '2019-07-06',
      ),
    ).toEqual([{ from: '2019-07-05', to: '2019-07-05', governorate: 'Hama', killed: 2, wounded: null }]);
  });
});

describe('the day a fight "lasted into": where it ended, no day of the count told after it', () => {
  it('an assault told on Friday evening, then "… were killed in fighting that lasted into Saturday morning"', () => {
    expect(
      ingested(
        'Jihadists storm army posts in Latakia',
        [
          'Jihadist fighters launched an assault on army posts near the village of Kabani in the Latakia countryside late on Friday.',
          'The monitor said ten soldiers and eight jihadists were killed in fighting that lasted into Saturday morning.',
        ],
        '2019-07-07',
      ),
    ).toEqual([{ from: '2019-07-05', to: '2019-07-05', governorate: 'Latakia', killed: 18, wounded: null }]);
  });
});
