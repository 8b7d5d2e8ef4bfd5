// Rules from the fxnamed round (issue 12, the people a casualty clause names rather than counts): one
// person named by "a" and any noun after a verb of the blow, a person's name as its object, the one
// "اغتال" names after a time set off by commas, and a lead of several events with no figure of its
// own that only took its first item's; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"a" and any noun, right after a verb of the blow: one person, with those joined to him', () => {
  it('"shot dead a school headmaster and his nephew and wounded his driver": two dead, one wounded', () => {
    expect(
      ingested(
        'Headmaster killed in Diyala',
        [
          'Unknown gunmen shot dead a school headmaster and his nephew and wounded his driver in Baquba, the capital of Diyala province, on Tuesday evening, police said.',
        ],
        '2019-04-10',
      ),
    ).toEqual([{ from: '2019-04-09', to: '2019-04-09', governorate: 'Diyala', killed: 2, wounded: 1 }]);
  });

  it('"killed a local council clerk": one dead', () => {
    expect(
      ingested(
        'Clerk killed in Kirkuk',
        ['Gunmen killed a local council clerk in Kirkuk on Friday morning, a police source said.'],
        '2019-05-04',
      ),
    ).toEqual([{ from: '2019-05-03', to: '2019-05-03', governorate: 'Kirkuk', killed: 1, wounded: null }]);
  });
});

describe('a name as the object of the blow: one person, counted with those joined after his description', () => {
  it('"killed Sheikh Faisal al-Jubouri, an elder of the Jubour tribe, and his guard": two dead', () => {
    expect(
      ingested(
        'Tribal elder killed near Tikrit',
        [
          'On Thursday, gunmen killed Sheikh Faisal al-Jubouri, an elder of the Jubour tribe, and his guard on a road near Tikrit, security sources said.',
        ],
        '2020-02-08',
      ),
    ).toEqual([
      { from: '2020-02-06', to: '2020-02-06', governorate: 'Salahuddin', killed: 2, wounded: null },
    ]);
  });

  it('"shot dead Omar Hamdan, who had left the group last year, near his shop": one dead', () => {
    expect(
      ingested(
        'Former fighter shot dead in Daraa',
        [
          'On Monday, masked gunmen shot dead Omar Hamdan, who had left the armed group last year, near his shop in the city of Daraa.',
        ],
        '2021-06-09',
      ),
    ).toEqual([{ from: '2021-06-07', to: '2021-06-07', governorate: 'Daraa', killed: 1, wounded: null }]);
  });

  it('"killed Ali Saleh al-Jubouri and Omar Jasim": each name joined by "and" counts one more', () => {
    expect(
      ingested(
        'Two men killed near Tikrit',
        [
          'On Thursday, gunmen killed Ali Saleh al-Jubouri and Omar Jasim near Tikrit, security sources said.',
        ],
        '2020-02-08',
      ),
    ).toEqual([
      { from: '2020-02-06', to: '2020-02-06', governorate: 'Salahuddin', killed: 2, wounded: null },
    ]);
  });

  it('"killed Islamic State fighters": capitals before a noun describe others, they name no one', () => {
    expect(
      ingested(
        'Strikes in Deir ez-Zor',
        [
          'On Sunday, coalition aircraft killed Islamic State fighters near the town of Hajin in Deir ez-Zor.',
        ],
        '2018-11-13',
      ).map((x) => x.killed),
    ).toEqual([null]);
  });
});

describe('"اغتال" with its subject and a time set off by commas before the one it names', () => {
  it('"اغتال مسلحون، فجر اليوم الجمعة، ثاني أيام عيد الأضحى، المختار فلان": one dead', () => {
    expect(
      ingested(
        'اغتيال مختار في ريف حماة',
        [
          'اغتال مسلحون مجهولون، فجر اليوم الجمعة، ثاني أيام عيد الأضحى، المختار سالم العبد الله، وهو من وجهاء المنطقة، أثناء خروجه من منزله في بلدة كفرزيتا بريف حماة الشمالي.',
        ],
        '2019-08-16',
      ),
    ).toEqual([{ from: '2019-08-16', to: '2019-08-16', governorate: 'Hama', killed: 1, wounded: null }]);
  });
});

describe('a lead of several events that gives no figure: no total of the items after it', () => {
  it('"شهدت المحافظة في الساعات الأخيرة موجة من عمليات القتل" then three items: each stays an incident', () => {
    expect(
      ingested(
        'ثلاث عمليات اغتيال في ريف درعا',
        [
          'شهدت محافظة درعا في الساعات الأربع والعشرين الأخيرة موجة من عمليات القتل والاستهداف، بحسب ناشطين محليين.',
          'ففي مدينة داعل بريف درعا الأوسط، اغتال مسلحون مجهولون مساء أمس الأحد، آخر أيام الأسبوع، الشاب خالد العمر أمام منزله.',
          'وفي بلدة إنخل، قتل عنصران من الأمن العسكري، إثر هجوم شنه مجهولون على حاجز للفرع فجر اليوم.',
          'كما عثر ظهر اليوم على جثة المدني سامر الحسن مقتولاً بطلقات نارية في محيط مدينة نوى بريف درعا الغربي.',
        ],
        '2023-09-04',
      ).map((x) => x.killed),
    ).toEqual([1, 2, 1]);
  });
});
