// Rules found on killed counts read wrong (issue 12, fixer fxkilled10): which count is the incident's
// toll where a toll is revised by its teller, told in parts by the items after a lead, or raised for
// one of two events told; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"raised its toll to N": the teller revising its own toll sets the figure the event stands at', () => {
  it('a monitor that "had raised its toll to 15" over the 11 it first gave', () => {
    expect(
      ingested(
        'Air strike on market in Idlib province',
        [
          'A warplane struck a crowded market in the town of Saraqib in Idlib province on Thursday, killing at least 11 civilians, a monitor said.',
          'By the evening the monitor had raised its toll to 15, saying several of the wounded had died.',
        ],
        '2024-05-17',
      ),
    ).toEqual([{ from: '2024-05-16', to: '2024-05-16', governorate: 'Idlib', killed: 15, wounded: null }]);
  });
});

describe('a lead of militants killed over days, told again day by day: the first day is its toll', () => {
  it('"مقتل 50 إرهابياً خلال يومين", then Thursday\'s 30 and Friday\'s 20 beside two soldiers', () => {
    expect(
      ingested(
        'مقتل 50 إرهابياً خلال يومين في الأنبار',
        [
          'أعلنت قيادة عمليات الأنبار، اليوم السبت، تحرير 9 قرى وقتل 50 إرهابياً من عصابات داعش خلال اليومين الماضيين، ضمن عمليات تحرير قضاء راوة.',
          'وقال قائد العمليات في بيان إن "قطعات الجيش تقدمت يوم الخميس على محور راوة، واشتبكت مع عناصر العدو في عدد من القرى، وتمكنت من قتل 30 إرهابياً".',
          'وأضاف أن "العدو حاول يوم الجمعة شن هجوم معاكس على قطعاتنا في أطراف قضاء راوة، وتم التصدي له وقتل 20 من المهاجمين، فيما استشهد جنديان وأصيب سبعة آخرون بجروح".',
        ],
        '2024-06-15',
      ).map((x) => [x.governorate, x.killed, x.wounded]),
    ).toEqual([
      ['Anbar', 30, null],
      ['Anbar', 2, 7],
    ]);
  });
});

describe('a rise that names its event by its kind is of the last event of that kind, not of the last told', () => {
  it('"ليرتفع عدد القتلى في الضربة إلى ستة" after an air strike and then a raid', () => {
    expect(
      ingested(
        'مقتل ثمانية إرهابيين بضربة جوية وعملية إنزال في كركوك',
        [
          'وذكرت خلية الإعلام الأمني في بيان أن "طائرات عراقية نفذت، مساء أمس الأحد، ضربة جوية استهدفت وكراً للإرهابيين في وادي الشاي جنوب كركوك، أسفرت عن قتل 4 إرهابيين".',
          'وأضافت أن "قوة من جهاز مكافحة الإرهاب نفذت، فجر اليوم، عملية إنزال جوي في قضاء الحويجة، أسفرت عن قتل 2 من الإرهابيين واعتقال ثلاثة آخرين".',
          'وفي بيان لاحق، أشارت الخلية إلى أن "قوة مشتركة دخلت موقع الضربة الجوية لتفتيشه، وعثرت على جثتي إرهابيين آخرين، ليرتفع عدد القتلى في الضربة إلى 6 إرهابيين".',
        ],
        '2024-06-10',
      ).map((x) => [x.from, x.killed]),
    ).toEqual([
      ['2024-06-09', 6],
      ['2024-06-10', 2],
    ]);
  });
});
