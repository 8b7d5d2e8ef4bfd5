// Rules from the fixsplitn round (issue 12: one event drafted twice, in probe-zh…zm), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';
import { ingest } from '../../src/intake/ingest.js';

describe('a count a source had given earlier is the event’s earlier count, not another event', () => {
  it('"وكان مصدر طبي قد أفاد في وقت سابق…": the count before the one now given', () => {
    expect(
      tolls(
        [
          'قتل أربعة مدنيين وأصيب ستة آخرون بقصف مدفعي استهدف بلدة كفرنبل في ريف إدلب الجنوبي، مساء أمس.',
          'وكان مصدر طبي في مشفى كفرنبل قد أفاد في وقت سابق بوصول جثث سبعة مدنيين.',
        ],
        'ar',
        '2020-02-11',
      ),
    ).toEqual([{ killed: 4, wounded: 6 }]);
  });

  it('"Police had initially reported seven dead": the count before the one now given', () => {
    expect(
      tolls(
        [
          'A car bomb killed five people and wounded 14 near a market in the town of Tal Afar in Nineveh province on Thursday, police said.',
          'Police in Tal Afar had initially reported seven dead and 20 wounded.',
        ],
        'en',
        '2020-02-11',
      ),
    ).toEqual([{ killed: 5, wounded: 14 }]);
  });
});

describe('the span an ordinal ranks the event in is neither its date nor a span its toll sums', () => {
  it('"It was the third rocket attack on Idlib in four days": a remark on the event just told', () => {
    expect(
      tolls(
        [
          'Rockets fired by militants hit the town of Jisr al-Shughur in Idlib province on Tuesday, killing three civilians and wounding eight, local officials said.',
          'It was the third rocket attack on Idlib in four days.',
        ],
        'en',
        '2021-06-02',
      ),
    ).toEqual([{ killed: 3, wounded: 8 }]);
  });

  it('"…, the second Israeli attack on Syria in four days", then a monitor’s toll: one event in two sources’ figures', () => {
    const result = ingest(
      [
        "Israeli missiles hit Syria's Masyaf area, state media says",
        'DAMASCUS, June 2 (Reuters) - Israeli missiles struck targets near the town of Masyaf in Hama province late on Tuesday, Syrian state media said, the second Israeli attack on Syria in four days.',
        'The strikes killed three soldiers and wounded four, state news agency SANA quoted a military source as saying. The Syrian Observatory for Human Rights, a Britain-based war monitor, said the missiles hit an arms depot used by Iran-backed militias and put the death toll at six.',
      ].join('\n\n'),
      { published: '2021-06-02' },
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.draft.incidents.map((x) => ({ killed: x.killed, wounded: x.wounded }))).toEqual([
      { killed: 3, wounded: 4 },
    ]);
  });
});

describe('another source’s toll of the event just told is that event, in its figures', () => {
  it('"Doctors put the toll from the checkpoint bombing at 12 dead": the bombing just told', () => {
    expect(
      tolls(
        [
          'A suicide bomber blew himself up at an army checkpoint in the city of Samarra in Salahuddin province on Thursday, killing ten people and wounding 28, police said.',
          'Doctors at Samarra general hospital put the toll from the checkpoint bombing at 12 dead and 31 wounded.',
        ],
        'en',
        '2019-05-10',
      ),
    ).toEqual([{ killed: 10, wounded: 28 }]);
  });
});

describe('the event named again as the subject of what it did, with the place it hit, places the event told only in a country', () => {
  it('"the shelling on the town of Azaz, in Aleppo province, also wounded 17": the shelling just told', () => {
    expect(
      tolls(
        [
          'Shelling hit a crowded street in northern Syria on Friday, killing six people, rescuers said.',
          'The White Helmets said the shelling on the town of Azaz, in Aleppo province, also wounded 17 people.',
        ],
        'en',
        '2021-06-04',
      ),
    ).toEqual([{ killed: 6, wounded: 17 }]);
  });

  it('"إن الغارات على مدينة سراقب في ريف إدلب أسفرت أيضاً عن إصابة 14": the raids just told', () => {
    expect(
      tolls(
        [
          'قتل خمسة مدنيين بغارات جوية على شمال غرب سوريا، اليوم الجمعة، بحسب ناشطين.',
          'وقال الدفاع المدني إن الغارات على مدينة سراقب في ريف إدلب أسفرت أيضاً عن إصابة 14 شخصاً.',
        ],
        'ar',
        '2021-06-04',
      ),
    ).toEqual([{ killed: 5, wounded: 14 }]);
  });
});

describe('the day a toll rose is not the day of its event', () => {
  it('"ارتفعت حصيلة ضحايا التفجير … إلى تسعة قتلى اليوم الخميس", then the blast "صباح أمس الأربعاء": one event', () => {
    expect(
      tolls(
        [
          'ارتفعت حصيلة ضحايا التفجير الذي استهدف سوقاً شعبياً في شمال سوريا إلى تسعة قتلى اليوم الخميس، بعد وفاة اثنين من الجرحى.',
          'وكان التفجير قد وقع صباح أمس الأربعاء في سوق مدينة الباب بريف حلب الشرقي، وأسفر عن مقتل سبعة أشخاص وإصابة 15.',
        ],
        'ar',
        '2021-06-03',
      ),
    ).toEqual([{ killed: 9, wounded: 13 }]);
  });

  it('"The death toll from a suicide attack on a U.N.-run clinic … rose to nine": the full stops of "U.N." end no toll', () => {
    expect(
      tolls(
        [
          'The death toll from a suicide attack on a U.N.-run clinic in northern Iraq rose to nine on Thursday after two of the wounded died, officials said.',
          'The bomber struck on Wednesday morning at the gate of the clinic in the town of Sinjar in Nineveh province. He initially killed seven people and wounded 15.',
        ],
        'en',
        '2021-06-03',
      ),
    ).toEqual([{ killed: 9, wounded: 13 }]);
  });
});

describe('a toll risen with the day between commas on the way has counted the wounded who died since', () => {
  it('"ارتفعت حصيلة ضحايا القصف …، مساء أمس، إلى تسعة قتلى", then two of the wounded died: still nine', () => {
    expect(
      tolls(
        [
          'ارتفعت حصيلة ضحايا القصف الذي استهدف سوق مدينة أريحا بريف إدلب، مساء أمس، إلى تسعة قتلى و20 جريحاً.',
          'وقال مصدر طبي في المدينة إن اثنين من الجرحى فارقا الحياة صباح اليوم متأثرين بجروحهما.',
        ],
        'ar',
        '2021-06-03',
      ),
    ).toEqual([{ killed: 9, wounded: 20 }]);
  });
});

describe('where the vehicles hit were bound is not where the event happened', () => {
  it('"as passengers were boarding buses for Baghdad": the blast at Samarra, not another in Baghdad', () => {
    expect(
      tolls(
        [
          'A car bomb exploded near the main bus station in the city of Samarra on Sunday, killing four people and wounding 11, police said.',
          'The blast went off as passengers were boarding buses for Baghdad, a police officer said.',
        ],
        'en',
        '2021-06-06',
      ),
    ).toEqual([{ killed: 4, wounded: 11 }]);
  });

  it('"لدى مرور حافلة ركاب متجهة إلى بغداد": the blast near Samarra, not another in Baghdad', () => {
    expect(
      tolls(
        [
          'قتل ثلاثة مدنيين بانفجار عبوة ناسفة قرب مرآب مدينة سامراء، صباح اليوم الأحد.',
          'وأوضح المصدر أن العبوة انفجرت لدى مرور حافلة ركاب متجهة إلى بغداد.',
        ],
        'ar',
        '2021-06-06',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});
