// Rules added on the misses of probe-zv and probe-zw (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents, extracted } from '../support/tolls.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published = '2021-05-12') =>
  extracted(paragraphs, lang, published);
const drafted = (title: string, paragraphs: string[], published = '2021-05-12') =>
  draftedIncidents([title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), published).map((x) => ({
    killed: x.killed,
    wounded: x.wounded,
  }));
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published?: string) =>
  run(paragraphs, lang, published).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('an Arabic number ends at its tens word', () => {
  it('reads "ما بين ثلاثين وخمسة وثلاثين" as 30 to 35, not 65', () => {
    expect(
      tolls(
        ['أصيب ما بين ثلاثين وخمسة وثلاثين شخصاً بانفجار سيارة مفخخة في سوق مدينة الكوت ظهر اليوم.'],
        'ar',
      ),
    ).toEqual([{ killed: null, wounded: { low: 30, high: 35 } }]);
  });
});

describe('a distance says where a victim was, not how many', () => {
  it('counts one wounded in "a boy playing about 300 metres away was slightly wounded"', () => {
    expect(
      tolls(
        [
          'Two farmers were killed on Sunday when a mortar round hit a field near Tuz Khurmatu, police said. A boy playing about 300 metres away was slightly wounded.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 2, wounded: 1 }]);
  });
});

describe('a toll of a side’s dead in a construct is a toll of the dead', () => {
  it('raises the dead with "ليرتفع عدد قتلى الجيش إلى ثلاثة"', () => {
    expect(
      run(
        [
          'قتل جنديان وأصيب خمسة آخرون بهجوم لمسلحي داعش على ثكنة للجيش قرب ناحية العظيم في ديالى فجر اليوم.',
          'وقال مصدر طبي إن أحد المصابين توفي لاحقاً متأثراً بجراحه، ليرتفع عدد قتلى الجيش إلى ثلاثة.',
        ],
        'ar',
      ).map((x) => x.killed),
    ).toEqual([3]);
  });
});

describe('a relative day with its written date beside it: the written date wins', () => {
  it('dates "يوم أمس الجمعة الموافق 7 أيار" on 7 May in a Wednesday text', () => {
    expect(
      run(
        [
          'وفي الأنبار، قال مصدر أمني إن راعياً قُتل بانفجار لغم أرضي، يوم أمس الجمعة الموافق 7 أيار، في صحراء الرطبة.',
        ],
        'ar',
      ).map((x) => [x.date.from, x.date.to]),
    ).toEqual([['2021-05-07', '2021-05-07']]);
  });
});

describe('a known spot told with its bearing from a city close by is that spot', () => {
  it('places "the Jaramana area east of Damascus" in Rif Dimashq', () => {
    expect(
      run(
        ['Rockets hit a house in the Jaramana area east of Damascus on Tuesday, killing two people.'],
        'en',
      ).map((x) => x.place.governorate?.en),
    ).toEqual(['Rif Dimashq']);
  });
  it('places "بلدة جرمانا شرق دمشق" in Rif Dimashq', () => {
    expect(
      run(['قتل شخصان بسقوط قذائف على بلدة جرمانا شرق دمشق مساء أمس.'], 'ar').map(
        (x) => x.place.governorate?.ar,
      ),
    ).toEqual(['ريف دمشق']);
  });
});

describe('another source’s account of the event just told, by its definite name, is that event', () => {
  it('keeps "من جهتها، قالت قسد إن التفجير أدى إلى مقتل خمسة" with the hospital’s seven', () => {
    expect(
      drafted('قتلى بانفجار دراجة مفخخة في مدينة الميادين', [
        'انفجرت دراجة نارية مفخخة، مساء الأحد، قرب مدخل سوق مدينة الميادين شرقي دير الزور، ما أسفر عن سقوط قتلى وجرحى بين المدنيين.',
        'وقال مصدر طبي في مستشفى الميادين إن المستشفى استقبل جثث سبعة أشخاص، إضافة إلى نحو 15 جريحاً.',
        'من جهتها، قالت قوات سوريا الديمقراطية في بيان إن التفجير أدى إلى مقتل خمسة مدنيين وإصابة 11 آخرين.',
      ]),
    ).toHaveLength(1);
  });
  it('keeps "For its part, the Observatory said the shelling hit positions near X, killing four" with the first two', () => {
    expect(
      drafted('Shelling hits army posts near Hama', [
        'Insurgent shelling struck army positions in the northern Hama countryside late on Sunday, killing two soldiers and wounding three, a military source told the state news agency.',
        'For its part, the Syrian Observatory for Human Rights said the shelling hit positions near the town of Mhardeh, killing four soldiers.',
      ]),
    ).toEqual([{ killed: 2, wounded: 3 }]);
  });
});

describe('a capital named for its government places no event', () => {
  it('leaves "as the Damascus government pressed its offensive" out of where the strikes were', () => {
    expect(
      run(
        [
          'Russian jets struck a market in northwest Syria on Monday, killing six civilians, a monitor said, as the Damascus government pressed its offensive on the rebel enclave.',
        ],
        'en',
      ).map((x) => x.place.governorate?.en ?? null),
    ).toEqual([null]);
  });
});

describe('a photo caption with its credit is no part of the story', () => {
  it('adds no wounded from "A boy carries his wounded brother … (AFP Photo/…)"', () => {
    expect(
      drafted('Air strikes on Idlib market kill five', [
        'Air strikes on a market in the town of Ariha in Idlib province killed five civilians on Monday, the White Helmets said.',
        'A boy carries his wounded brother near the market in Ariha on May 10, 2021 (AFP Photo/Abdulaziz Ketaz)',
        'The strikes also destroyed several shops, the group said.',
      ]),
    ).toEqual([{ killed: 5, wounded: null }]);
  });
});

describe('the attackers of the event just told, counted again in full, are no second event', () => {
  it('keeps "All three attackers were killed" with the assault it follows', () => {
    expect(
      drafted('Gunmen kill four police near Baiji', [
        'Four policemen were killed and five wounded when gunmen stormed a checkpoint near the town of Baiji late on Friday night, officials said on Saturday.',
        'Two attackers were shot dead by police before they reached the checkpoint, and a third blew himself up, a police officer in Salahuddin province told AFP. All three attackers were killed.',
        'A doctor at Baiji hospital said it had received the bodies of four policemen and five wounded.',
      ]),
    ).toEqual([{ killed: 4, wounded: 5 }]);
  });
});
