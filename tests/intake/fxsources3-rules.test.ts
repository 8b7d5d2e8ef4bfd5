// Rules from the fxsources3 rounds (issue 12, one event counted by several tellers, or told twice): a
// teller's count of an event told already is that event in the teller's figures (tolls/tellers-count.ts),
// read from who tells, which blow it names (events/blow-of-its-own.ts), when and where; the one hit told
// by a pronoun after the verb ("وأصيب هو بجروح", casualties/pronoun-subject.ts); the bodies of someone's
// kin recovered later ("جثث زوجته وطفليه", followups/bodies-again.ts), the dead already counted; each
// on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe("a teller's larger count of the blow told, named by its article", () => {
  it('"من جهته، أفاد المرصد بمقتل سبعة في القذائف التي سقطت…": the shells told, in its figures', () => {
    expect(
      ingested(
        'قتلى بقذائف على حلب',
        [
          'قتل أربعة مدنيين وأصيب عشرة آخرون، اليوم الأحد، جراء سقوط قذائف صاروخية على حي الحمدانية في مدينة حلب، بحسب وكالة الأنباء الرسمية.',
          'من جهته، أفاد المرصد السوري لحقوق الإنسان بمقتل سبعة مدنيين في القذائف التي سقطت قرب مدرسة في الحي.',
        ],
        '2017-03-12',
      ),
    ).toEqual([{ from: '2017-03-12', to: '2017-03-12', governorate: 'Aleppo', killed: 4, wounded: 10 }]);
  });
  it('a blow named without the article is one of its own: "said a man was killed when shells hit…"', () => {
    expect(
      ingested(
        'قتلى بقذائف على حلب',
        [
          'قتل أربعة مدنيين وأصيب عشرة آخرون، اليوم الأحد، جراء سقوط قذائف صاروخية على حي الحمدانية في مدينة حلب، بحسب وكالة الأنباء الرسمية.',
          'من جهته، أفاد المرصد السوري لحقوق الإنسان بمقتل سبعة مدنيين جراء غارات جوية على بلدة الأتارب.',
        ],
        '2017-03-12',
      ),
    ).toHaveLength(2);
  });
});

describe('the event a teller counts may lie before a background event told between', () => {
  it('"بالمقابل، ذكر المرصد أن ثمانية قضوا في القذائف التي سقطت على X" after an older shell told between', () => {
    expect(
      ingested(
        'قذائف هاون على جرمانا',
        [
          'استشهد خمسة مواطنين وأصيب 12 آخرون جراء سقوط قذائف هاون على مدينة جرمانا بريف دمشق اليوم.',
          'وكانت قذيفة سقطت أمس على حي القصاع بدمشق، ما تسبب بإصابة طفل بجروح.',
          'بالمقابل، ذكر المرصد السوري لحقوق الإنسان أن ثمانية أشخاص قضوا في القذائف التي سقطت على جرمانا.',
        ],
        '2016-02-09',
      ),
    ).toEqual([
      { from: '2016-02-09', to: '2016-02-09', governorate: 'Rif Dimashq', killed: 5, wounded: 12 },
      { from: '2016-02-08', to: '2016-02-08', governorate: 'Damascus', killed: null, wounded: 1 },
    ]);
  });
});

describe("a smaller count is another teller's only where the teller gives it as a figure or an account", () => {
  it('"The monitor gave a toll of nine dead from the shelling": the shelling told, in its figures', () => {
    expect(
      ingested(
        'Shelling kills 11 in Hama',
        [
          'Rebel shelling of the government-held Hama city on Friday killed 11 people and wounded 30, state media reported.',
          'The monitor gave a toll of nine dead from the shelling.',
        ],
        '2016-10-08',
      ),
    ).toEqual([{ from: '2016-10-07', to: '2016-10-07', governorate: 'Hama', killed: 11, wounded: 30 }]);
  });
  it('"The ministry gave a different account, saying … killing two and wounding one"', () => {
    expect(
      ingested(
        'Gunfight at checkpoint in Daraa',
        [
          'A gunfight at an army checkpoint in the city of Daraa on Sunday killed six people and wounded nine, an activist network said.',
          'The Defence Ministry gave a different account, saying in a statement that gunmen had fired on the checkpoint, killing two soldiers and wounding one.',
        ],
        '2021-05-10',
      ),
    ).toEqual([{ from: '2021-05-09', to: '2021-05-09', governorate: 'Daraa', killed: 6, wounded: 9 }]);
  });
});

describe('the one hit told by a pronoun right after the verb: one more casualty', () => {
  it('"قتلت زوجة شرطي وابناه، وأصيب هو بجروح": his wife and two sons dead, he wounded', () => {
    expect(
      ingested(
        'مقتل زوجة شرطي وابنيه بهجوم في ديالى',
        [
          'قتلت زوجة شرطي وابناه، وأصيب هو بجروح، جراء هجوم مسلح استهدف منزله في قضاء المقدادية بمحافظة ديالى، مساء الأحد.',
        ],
        '2012-03-05',
      ),
    ).toEqual([{ from: '2012-03-04', to: '2012-03-04', governorate: 'Diyala', killed: 3, wounded: 1 }]);
  });

  it('"وأصيبت هي بجروح طفيفة": she, one wounded', () => {
    expect(
      ingested(
        'مقتل سائق معلمة بهجوم في كركوك',
        [
          'قتل سائق معلمة، وأصيبت هي بجروح طفيفة، بإطلاق نار استهدف سيارتها في قضاء الحويجة بمحافظة كركوك، صباح الأربعاء.',
        ],
        '2013-06-06',
      ),
    ).toEqual([{ from: '2013-06-05', to: '2013-06-05', governorate: 'Kirkuk', killed: 1, wounded: 1 }]);
  });
});

describe("the bodies of someone's kin recovered after the blast: the dead already counted, no new event", () => {
  it('"فيما انتشلت فرق الدفاع المدني جثث زوجته وطفليه من تحت الركام", in a source\'s words', () => {
    expect(
      ingested(
        'مقتل عائلة ضابط بتفجير منزله جنوب بغداد',
        [
          'قتلت زوجة ضابط في الشرطة وطفلاه بتفجير عبوة ناسفة وضعت قرب منزله في قضاء أبو غريب، فجر الخميس.',
          'وأضاف أن "الضابط نقل إلى المستشفى وحالته مستقرة، فيما انتشلت فرق الدفاع المدني جثث زوجته وطفليه من تحت الركام".',
        ],
        '2010-04-09',
      ),
    ).toEqual([{ from: '2010-04-08', to: '2010-04-08', governorate: 'Baghdad', killed: 3, wounded: null }]);
  });
});
