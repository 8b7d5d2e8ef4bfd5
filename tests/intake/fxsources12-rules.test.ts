// Rules found on one event whose toll two sources give, or a first toll later raised (issue 12, fixer
// fxsources12): a rise that names no event is of the item told last, not of a lead's "attacks"; a side
// set against the one before claiming the enemy it killed gives that fight's figures; the blast that "tore through" shops told again; the outlet told to,
// "لـ"بغداد اليوم"", is no day. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"The toll later climbed to five killed" after a lead of "attacks": the rise names no event', () => {
  it('raises the item told last, and the lead sums the items', () => {
    expect(
      rows(
        'Attacks on officials in northern Iraq',
        [
          'At least six people were killed and 18 wounded on Sunday in attacks on officials in Nineveh province and neighbouring Kirkuk, a security source said.',
          'In Mosul, a suicide bomber blew himself up at the gate of the provincial council building in the afternoon, killing three people and wounding 15, the source said.',
          'The toll later rose to five killed and 18 wounded after two of the wounded died in hospital, a doctor at the city hospital said.',
          'Earlier in the day, gunmen shot dead a council member outside his house in the town of Hawija, a police officer said.',
        ],
        '2013-04-14',
      ),
    ).toEqual([
      ['2013-04-14', '2013-04-14', 'Nineveh', 5, 18],
      ['2013-04-14', '2013-04-14', 'Kirkuk', 1, null],
    ]);
  });
});

describe('"في المقابل، زعمت سانا أن الجيش … قتل أكثر من 40 إرهابياً": the enemy a side set against claims killed', () => {
  it("is that side's count of the fight just told, not a fight of its own", () => {
    expect(
      rows(
        'هجوم للفصائل على مورك',
        [
          'شنت فصائل المعارضة هجوماً ليلة السبت على الأحد على مواقع قوات النظام في بلدة مورك شمال حماة.',
          'وقال قيادي في الفصائل إن المقاتلين تقدموا داخل البلدة وقتلوا 15 عنصراً من قوات النظام قبل أن ينسحبوا مع الفجر.',
          'في المقابل، زعمت وسائل إعلام النظام أن "الجيش صد هجوماً إرهابياً على مورك وقتل أكثر من 40 إرهابياً".',
        ],
        '2019-07-14',
      ).length,
    ).toBe(1);
  });
});

describe('"The explosion tore through shops…, adding that 20 people were wounded": the blast told again', () => {
  it('adds the wounded to the blast told', () => {
    expect(
      rows(
        'Car bomb hits market in Samarra',
        [
          'A suicide bomber detonated a car bomb near a market in the town of Samarra on Tuesday, killing five people, police said.',
          'The explosion tore through shops in the town centre shortly after 9:00 am, a police captain said, adding that 20 people were wounded.',
        ],
        '2014-03-05',
      ),
    ).toEqual([['2014-03-04', '2014-03-04', 'Salahuddin', 5, 20]]);
  });
});

describe('"وقال المصدر في حديث لـ"بغداد اليوم"، إن…": the outlet told to is no day', () => {
  it('dates the blast by the day the source gives', () => {
    expect(
      rows(
        'ارتفاع ضحايا عبوة في ديالى',
        [
          'أفاد مصدر أمني في محافظة ديالى، اليوم الثلاثاء، بارتفاع عدد ضحايا تفجير العبوة التي استهدفت عجلة للشرطة في قضاء الخالص إلى أربعة بين قتيل وجريح.',
          'وقال المصدر في حديث لـ"بغداد اليوم"، إن "عبوة ناسفة انفجرت مساء يوم أمس الاثنين على عجلة للشرطة أثناء مرورها في قرية قرب الخالص".',
        ],
        '2023-10-10',
      ).map((r) => r.slice(0, 3)),
    ).toEqual([['2023-10-09', '2023-10-09', 'Diyala']]);
  });
});
