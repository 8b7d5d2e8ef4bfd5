// Rules from the fxdates14 round (issue 12, dates and places): a quarter named after a province,
// told "X neighbourhood of <city>", is that city's quarter; a farewell to the bodies ("ودّع … جثامين")
// is a funeral, dated by the killing's day told after the dead; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"the X neighbourhood of <city>" where X names only a province: the city’s quarter', () => {
  it('"… in al-Qadisiya neighborhood of west Mosul": Nineveh, not Qadisiyah', () => {
    expect(
      ingested(
        'Attacks across Iraq',
        [
          'MOSUL - Gunmen shot dead a shop owner outside his house in al-Qadisiya neighborhood of west Mosul on Sunday.',
        ],
        '2009-03-02',
      ),
    ).toEqual([{ from: '2009-03-01', to: '2009-03-01', governorate: 'Nineveh', killed: 1, wounded: null }]);
  });
});

describe('"ودّع الأهالي اليوم جثامين … قتلوا الأسبوع الماضي": a farewell to the bodies is a funeral', () => {
  it('dated by the killing told after the dead, not the farewell’s "today"', () => {
    expect(
      ingested(
        'البلدة تودع شهداءها',
        [
          'ودّع أهالي بلدة تل أبيض، اليوم، جثامين خمسة مقاتلين قتلوا الأسبوع الماضي بهجوم مسلح على حاجز قرب البلدة في ريف الرقة.',
        ],
        '2019-05-12',
      ).map(({ from, to, governorate }) => ({ from, to, governorate })),
    ).toEqual([{ from: '2019-04-29', to: '2019-05-05', governorate: 'Raqqa' }]);
  });
});

describe('"at 1:30 a.m. (2230 GMT Sunday)": the world clock’s day is not the local one', () => {
  it('the wounded told after it stay with the killing of the local day', () => {
    expect(
      ingested(
        'Gunmen kill shop owner in Iraq',
        [
          'BAQUBA, Iraq, March 9 (Xinhua) -- Gunmen killed a shop owner at his home in the town of Khalis, north of Baquba, early on Monday, a police source said.',
          'The attackers stormed the house at about 1:30 a.m. (2230 GMT Sunday) and opened fire on him, killing him instantly.',
          'His wife was wounded in the attack and taken to a hospital in Baquba, the source said.',
        ],
        '2009-03-09',
      ),
    ).toEqual([{ from: '2009-03-09', to: '2009-03-09', governorate: 'Diyala', killed: 1, wounded: 1 }]);
  });
});

describe('"وفي إدلب، …" after an item with no place of its own: the next item, not that item’s place', () => {
  it('an unplaced quarter item after an item in Homs stays there; the paragraph fronted at Idlib is its own', () => {
    expect(
      ingested(
        'حصيلة اليوم',
        [
          'ففي حمص، قتل أربعة مدنيين بقصف مدفعي على حي الوعر صباح اليوم.',
          'كما قتل رجلان في حي جورة العرايس جراء غارة جوية بعد الظهر.',
          'وفي إدلب، قتل رجلان بقصف صاروخي على بلدة سراقب مساء اليوم.',
        ],
        '2014-06-03',
      ),
    ).toEqual([
      { from: '2014-06-03', to: '2014-06-03', governorate: 'Homs', killed: 4, wounded: null },
      { from: '2014-06-03', to: '2014-06-03', governorate: 'Homs', killed: 2, wounded: null },
      { from: '2014-06-03', to: '2014-06-03', governorate: 'Idlib', killed: 2, wounded: null },
    ]);
  });
});

describe('the event named back at a checkpoint "on the road to <town of another governorate>"', () => {
  it('is the event told, not another one in the governorate the road leads to', () => {
    expect(
      ingested(
        'Clashes in Iraqi town',
        [
          'Clashes between two armed factions erupted overnight in the town of Samarra, killing three people and wounding 11, officials said on Wednesday.',
          'The fighting broke out late Tuesday after a dispute at a checkpoint on the road to Baghdad, a local official said.',
        ],
        '2017-05-10',
      ),
    ).toEqual([{ from: '2017-05-09', to: '2017-05-09', governorate: 'Salahuddin', killed: 3, wounded: 11 }]);
  });
});

describe('"On Thursday, Dr. X of the health directorate said 19 people were dead": the count as told that day', () => {
  it('is the toll of the bombing told before, not an event of the later day', () => {
    expect(
      ingested(
        'Toll from Baquba bombing rises',
        [
          'The death toll from a car bomb that exploded near a bus station in the Iraqi city of Baquba late on Tuesday has risen to 19, officials said on Thursday.',
          'On Thursday, Dr. Salim Hassan of the Diyala health directorate said 19 people were dead and 40 wounded.',
        ],
        '2009-05-14',
      ),
    ).toEqual([{ from: '2009-05-12', to: '2009-05-12', governorate: 'Diyala', killed: 19, wounded: 40 }]);
  });
});
