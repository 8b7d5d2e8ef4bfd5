// Rules from the fxnodraft5 round (issue 12, a gold incident with casualties and no draft of its
// own): armed men a side says it killed, counted afresh in a paragraph after an event with victims
// of its own, are that side's deed and its dead; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('armed men counted afresh after an event with victims: an event of their own', () => {
  it('"fighters beat back a counterattack …, killing 12 militants" after a strike that killed civilians', () => {
    expect(
      ingested(
        'Strike kills civilians in Deir ez-Zor',
        [
          'A drone strike killed four civilians in the town of Hajin in Deir ez-Zor province on Wednesday, a war monitor said.',
          'On the front line, the Syrian Democratic Forces said their fighters had beaten back a counterattack on their positions on Wednesday, killing 12 militants.',
        ],
        '2019-03-14',
      ),
    ).toEqual([
      { from: '2019-03-13', to: '2019-03-13', governorate: 'Deir ez-Zor', killed: 4, wounded: null },
      { from: '2019-03-13', to: '2019-03-13', governorate: 'Deir ez-Zor', killed: 12, wounded: null },
    ]);
  });

  it('"تمكنت القوات من قتل انتحاريين اثنين" a paragraph after shells that wounded people', () => {
    expect(
      ingested(
        'قذائف على سامراء',
        [
          'قال مصدر أمني إن قذيفتي هاون سقطتا مساء أمس الأحد على حي سكني في مدينة سامراء بمحافظة صلاح الدين، ما أدى إلى إصابة ستة مدنيين بجروح.',
          'وأضاف المصدر أن القوات الأمنية تمكنت مساء أمس من قتل انتحاريين اثنين قبل وصولهما إلى نقطة تفتيش.',
        ],
        '2019-03-11',
      ),
    ).toEqual([
      { from: '2019-03-10', to: '2019-03-10', governorate: 'Salahuddin', killed: null, wounded: 6 },
      { from: '2019-03-10', to: '2019-03-10', governorate: 'Salahuddin', killed: 2, wounded: null },
    ]);
  });

  it('"the troops killed two of the attackers": the attackers of the event told, no event of their own', () => {
    expect(
      ingested(
        'Attack on checkpoint',
        [
          'Gunmen attacked an army checkpoint near the town of Tarmiyah in Salahuddin province on Monday, killing three soldiers, a police source said.',
          'The troops returned fire and killed two of the attackers, the source added.',
        ],
        '2020-05-05',
      ),
    ).toEqual([
      { from: '2020-05-04', to: '2020-05-04', governorate: 'Salahuddin', killed: 3, wounded: null },
    ]);
  });

  it('"More than 30 militants were killed, he said" after a fight between armed sides: that fight\'s other side', () => {
    expect(
      ingested(
        'Militants attack army posts',
        [
          'Islamic State militants attacked army positions west of Samarra in Salahuddin province late on Sunday, killing five soldiers, officers said.',
          'Nine soldiers were wounded in the fighting, an officer said.',
          'The army said more than 30 militants were killed.',
        ],
        '2016-04-18',
      ),
    ).toEqual([{ from: '2016-04-17', to: '2016-04-17', governorate: 'Salahuddin', killed: 5, wounded: 9 }]);
  });

  it('"One attacker was shot dead by guards" after a suicide attack: its doer, no event of his own', () => {
    expect(
      ingested(
        'Suicide attack on base',
        [
          'Two suicide bombers attacked a police base near the town of Baiji in Salahuddin province on Thursday, killing three policemen, an officer said.',
          'One attacker was shot dead by guards at the gate, the officer said.',
        ],
        '2016-04-22',
      ),
    ).toEqual([
      { from: '2016-04-21', to: '2016-04-21', governorate: 'Salahuddin', killed: 3, wounded: null },
    ]);
  });
});
