// Rules from the fxextras7 round (issue 12, extra drafts: one event drafted twice, tallies and
// denied claims drafted as incidents): the day a count stood "by"; a claim whose event the next
// sentence denies took place at all; the toll of the operations a speaker names back after the
// sentence before counted them; a lead that counts its blows, told after it one by one by rank; the
// bodies of "the others" among the dead already counted; a deed a defendant confessed to, of no day
// told; a place "being prepared" for an offensive to come; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents, ingested } from '../support/tolls.js';

describe('"by Tuesday morning": the day a count stood by, not the event’s', () => {
  it('a hospital’s count of the bodies brought in "by Tuesday morning" is the strike of Monday night, not a second event', () => {
    expect(
      ingested(
        'Strike on Ramadi house kills 9',
        [
          'A U.S. air strike destroyed a house in the city of Ramadi in Anbar province late Monday, killing nine people, a doctor said. The U.S. military said the strike hit a hideout of militants.',
          'Dr. Ahmed Salih of Ramadi General Hospital said nine bodies, among them two women, had been brought in by Tuesday morning, and that six wounded people were being treated.',
        ],
        '2005-03-02',
      ),
    ).toEqual([{ from: '2005-02-28', to: '2005-02-28', governorate: 'Anbar', killed: 9, wounded: 6 }]);
  });
});

describe('a claim whose event the next sentence denies took place at all: no incident', () => {
  it('"…claimed that a rocket had hit the base. The army and the coalition both denied that any attack had taken place"', () => {
    expect(
      ingested(
        'Drone strike on a PMF position in Anbar',
        [
          'A drone strike killed three PMF fighters at a position near the town of Rutba in Anbar province on Sunday, a PMF statement said.',
          'Hours later, channels close to armed factions claimed that a rocket had hit the Habbaniyah base in Anbar in response. The Iraqi army and the coalition both denied that any attack had taken place, saying the base was calm.',
        ],
        '2022-03-14',
      ),
    ).toEqual([{ from: '2022-03-13', to: '2022-03-13', governorate: 'Anbar', killed: 3, wounded: null }]);
  });
});

describe('the operations a speaker names back, after the sentence before counted them: their tally', () => {
  it('"أعلنت الشرطة تنفيذ ٣٢ عملية…، وقال المتحدث إن "العمليات، التي نفذت بإسناد …، أسفرت عن قتل تسعة إرهابيين""', () => {
    expect(
      ingested(
        'حصيلة عمليات الشرطة في نينوى',
        [
          'أعلنت قيادة شرطة نينوى، اليوم الأحد، حصيلة عملياتها خلال الشهر الماضي، مؤكدة تنفيذ ٣٢ عملية أمنية في مناطق متفرقة من المحافظة.',
          'وقال المتحدث باسم الشرطة إن "العمليات، التي نفذت بإسناد من طيران الجيش، أسفرت عن قتل تسعة إرهابيين واعتقال ٤٠ مطلوباً".',
        ],
        '2022-06-05',
      ),
    ).toEqual([]);
  });
});

describe('a lead that counts its blows, then each told by its rank with its toll: the lead sums them', () => {
  it('"Two bombs exploded … killing six and wounding 20", then "The first bomb … killing two" and "A second bomb … killing three"', () => {
    expect(
      ingested(
        'Bombs kill 6 in Kirkuk',
        [
          'Two bombs exploded minutes apart in the city of Kirkuk on Sunday, killing six people and wounding 20 others, police said.',
          'The first bomb struck an army patrol near the citadel, killing two soldiers and wounding eight.',
          'A second bomb hidden in a parked car went off near a market in the south of the city, killing three civilians and wounding 12, police said.',
        ],
        '2010-05-10',
      ),
    ).toEqual([
      { from: '2010-05-09', to: '2010-05-09', governorate: 'Kirkuk', killed: 2, wounded: 8 },
      { from: '2010-05-09', to: '2010-05-09', governorate: 'Kirkuk', killed: 3, wounded: 12 },
    ]);
  });
});

describe('"جثتي الآخرَين": the bodies of others among the dead already counted, no new dead', () => {
  it('"…سلّم جثامين أربعة منهم إلى المستشفى، فيما لا يزال مصير جثتي الآخرَين مجهولاً"', () => {
    expect(
      ingested(
        'إعدام ستة شبان في تلعفر',
        [
          'أعدم مسلحو التنظيم، صباح أمس السبت، ستة شبان رمياً بالرصاص في ساحة عامة وسط قضاء تلعفر غربي نينوى.',
          'وأضاف المصدر أن "التنظيم سلّم جثامين أربعة منهم إلى المستشفى، فيما لا يزال مصير جثتي الآخرَين مجهولاً".',
        ],
        '2015-07-12',
      ),
    ).toEqual([{ from: '2015-07-11', to: '2015-07-11', governorate: 'Nineveh', killed: 6, wounded: null }]);
  });
});

describe('a deed a defendant confessed to, with no day of its own: the background of a sentence, no incident', () => {
  it('"…أن المدان اعترف أيضاً بمشاركته في العام نفسه بزرع عبوة ناسفة …، انفجرت من دون أن تسفر عن خسائر"', () => {
    expect(
      incidents(
        [
          'وأشار البيان إلى أن "المدان اعترف أيضاً بمشاركته في العام نفسه بزرع عبوة ناسفة على طريق دورية للشرطة قرب قضاء الحضر في نينوى، انفجرت من دون أن تسفر عن خسائر بشرية".',
        ],
        'ar',
        '2019-03-10',
      ),
    ).toEqual([]);
  });
});

describe('"The nearby air base, recaptured in July, is being prepared as a hub for the coming offensive": no battle', () => {
  it('a place being made ready for an offensive to come tells no event of its own', () => {
    expect(
      ingested(
        'Shelling hits recaptured town south of Mosul',
        [
          'Islamic State militants shelled the town of Hammam al-Alil south of Mosul on Tuesday, killing four civilians, a local official said.',
          'Iraqi troops drove the militants from the town last week. The nearby Qayyara air base, recaptured in July, is being prepared as a logistics hub for the coming offensive.',
        ],
        '2016-08-31',
      ),
    ).toEqual([{ from: '2016-08-30', to: '2016-08-30', governorate: 'Nineveh', killed: 4, wounded: null }]);
  });
});
