// Rules from the fxplaces15 round (issue 12, places): a toll is placed where the article puts it, not at
// a far namesake of a village, a dateline, a town travellers were bound for, a city a bearing about the
// town told before is measured from, nor where the victims lived displaced; on sentences written for them.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a village named like a district elsewhere', () => {
  it('"ريف تل أبيض، قتل حارس قرية الحويجة": the village is in Raqqa, not Kirkuk\'s Hawija', () => {
    expect(
      ingested(
        'مقتل حارس',
        ['وفي ريف تل أبيض، قُتل حارس قرية الحويجة برصاص مسلحين مجهولين، مساء أمس الخميس.'],
        '2019-03-08',
        'ar',
      ),
    ).toEqual([{ from: '2019-03-07', to: '2019-03-07', governorate: 'Raqqa', killed: 1, wounded: null }]);
  });

  it('"صلوك", as Kurdish outlets write Suluk: Raqqa', () => {
    expect(
      ingested(
        'إصابة مقاتلين بانفجار لغم',
        ['أصيب ثلاثة مقاتلين بجروح، اليوم السبت، بانفجار لغم أرضي في محيط بلدة صلوك.'],
        '2019-04-06',
        'ar',
      ),
    ).toEqual([{ from: '2019-04-06', to: '2019-04-06', governorate: 'Raqqa', killed: null, wounded: 3 }]);
  });
});

describe('where travellers were bound is not where they were hit', () => {
  it('"was travelling west towards Homs when gunmen ambushed it … 60 km southwest of Deir al-Zor"', () => {
    expect(
      ingested(
        'Minibus attacked in the desert',
        [
          'A minibus carrying workers was travelling west towards Homs on Friday when gunmen ambushed it near a checkpoint about 60 km southwest of Deir al-Zor, killing five of them.',
        ],
        '2021-05-08',
        'en',
      ),
    ).toEqual([
      { from: '2021-05-07', to: '2021-05-07', governorate: 'Deir ez-Zor', killed: 5, wounded: null },
    ]);
  });
});

describe('the dead of a blow told without a place, placed after', () => {
  it('"the dead at the T4 air base": Homs', () => {
    expect(
      ingested(
        'Strike on air base kills 9',
        [
          'A missile strike on a military air base in central Syria late on Sunday killed nine people, a monitor said.',
          'The monitor said the dead at the T4 air base included officers.',
        ],
        '2019-06-03',
        'en',
      ),
    ).toEqual([{ from: '2019-06-02', to: '2019-06-02', governorate: 'Homs', killed: 9, wounded: null }]);
  });
});

describe('a dateline closed by a double slash', () => {
  it('"BAGHDAD // … in the town of Suq al-Shuyukh": Dhi Qar', () => {
    expect(
      ingested(
        'Activist shot dead',
        [
          'BAGHDAD // A lawyer was shot dead outside his office in the southern town of Suq al-Shuyukh on Sunday, police said.',
        ],
        '2020-03-02',
        'en',
      ),
    ).toEqual([{ from: '2020-03-01', to: '2020-03-01', governorate: 'Dhi Qar', killed: 1, wounded: null }]);
  });
});

describe('where victims lived displaced', () => {
  it('"بعد نزوح دام عامين في أربيل": the deed stays in the town the lead told', () => {
    expect(
      ingested(
        'مقتل شقيقين عائدين إلى ناحية العلم',
        [
          'أفاد مصدر أمني، اليوم الاثنين، بمقتل شقيقين من العائدين إلى ناحية العلم شمال شرق تكريت.',
          'وقال المصدر إن "مسلحين أطلقوا النار مساء أمس الأحد على الشقيقين قرب منزلهما، ما أدى إلى مقتلهما"، مبيناً أن "الشقيقين عادا قبل شهر بعد نزوح دام عامين في أربيل".',
        ],
        '2016-05-09',
        'ar',
      ),
    ).toEqual([
      { from: '2016-05-08', to: '2016-05-08', governorate: 'Salahuddin', killed: 2, wounded: null },
    ]);
  });
});

describe('names the gazetteer lacked', () => {
  it('"near the village of Kashkiyeh": Deir ez-Zor', () => {
    expect(
      ingested(
        'Tribesmen killed in clashes',
        ['Clashes near the village of Kashkiyeh on Monday left seven tribesmen dead.'],
        '2014-08-12',
        'en',
      ),
    ).toEqual([
      { from: '2014-08-11', to: '2014-08-11', governorate: 'Deir ez-Zor', killed: 7, wounded: null },
    ]);
  });

  it('"تربه سبيه", the Kurdish name of al-Qahtaniyah: Hasakah', () => {
    expect(
      ingested(
        'إصابة مدنيين بانفجار',
        ['أصيب أربعة مدنيين، اليوم الثلاثاء، بانفجار دراجة نارية مفخخة في سوق بلدة تربه سبيه.'],
        '2020-01-14',
        'ar',
      ),
    ).toEqual([{ from: '2020-01-14', to: '2020-01-14', governorate: 'Hasakah', killed: null, wounded: 4 }]);
  });
});

describe('a bearing told of the town named back', () => {
  it('"وسط القضاء، الواقع على بعد 60 كم جنوب بغداد": the district the title named, not Baghdad', () => {
    expect(
      ingested(
        'مقتل شرطي بعبوة في قضاء المسيب',
        [
          'قتل شرطي وأصيب اثنان، صباح اليوم الأحد، بانفجار عبوة ناسفة في سوق وسط القضاء، الواقع على بعد 60 كم جنوب بغداد.',
        ],
        '2011-04-10',
        'ar',
      ),
    ).toEqual([{ from: '2011-04-10', to: '2011-04-10', governorate: 'Babil', killed: 1, wounded: 2 }]);
  });
});
