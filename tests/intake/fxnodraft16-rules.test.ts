// Rules from the fxnodraft16 round (issue 12, gold incidents never drafted): a like event told as
// having come before ("سبق أن … مماثل") with no place of its own, at the news's place; and a blow
// on a funeral — the cemetery it headed to no grave of remains, its day the burial's, and who was
// among the dead told in between no event of its own; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';
import { likenedBefore } from '../../src/intake/places/likened-before.js';
import { tellsRemains } from '../../src/intake/places/grave-site.js';
import { graveLead } from '../../src/intake/roundups/grave-lead.js';
import { matchView } from '../../src/intake/reading/view.js';
import { dayAtFuneral } from '../../src/intake/dates/funeral-day.js';

describe('a like event told as having come before, with no place of its own: at the news’s place', () => {
  it('"إذ سبق أن أسفر شجار مماثل الشهر الماضي عن إصابة شخص"', () => {
    expect(
      ingested(
        'قتيل وجريحان بشجار عشائري',
        [
          'أفاد مصدر أمني في محافظة ذي قار، اليوم السبت، بمقتل شخص وإصابة اثنين بشجار عشائري في قضاء سوق الشيوخ.',
          'وأضاف المصدر أن "الشجار ليس الأول بين العائلتين، إذ سبق أن أسفر شجار مماثل الشهر الماضي عن إصابة شخص بطلق ناري".',
        ],
        '2019-04-13',
      ),
    ).toEqual([
      { from: '2019-04-13', to: '2019-04-13', governorate: 'Dhi Qar', killed: 1, wounded: 2 },
      { from: '2019-03-01', to: '2019-03-31', governorate: 'Dhi Qar', killed: null, wounded: 1 },
    ]);
  });

  it('needs both "سبق أن" and a likeness', () => {
    expect(likenedBefore(matchView('وسبق أن أدى هجوم مماثل إلى مقتل اثنين').text)).toBe(true);
    expect(likenedBefore(matchView('وسبق أن أدى هجوم إلى مقتل اثنين').text)).toBe(false);
    expect(likenedBefore(matchView('وأدى هجوم مماثل إلى مقتل اثنين').text)).toBe(false);
  });
});

describe('a blow on a funeral', () => {
  it('the cemetery a funeral heads to tells no grave; remains still do', () => {
    expect(graveLead('شيّع المئات ظهر اليوم شهداء القصف في موكب وصولاً إلى المقبرة الشمالية.', 'ar')).toBe(
      false,
    );
    expect(tellsRemains(matchView('عثرت فرق الطب العدلي على رفات عشرة أشخاص في المقبرة').text)).toBe(true);
    expect(
      tellsRemains(
        matchView('كانوا في طريقهم إلى مقبرة البلدة عندما أطلق مسلحون النار، ما أدى إلى مقتل ثلاثة').text,
        true,
      ),
    ).toBe(false);
  });

  it('"ولم تكد مراسم الدفن تنتهي حتى سقطت قذائف …، ما أدى إلى إصابة ثلاثة من المشيعين": the burial’s day, after the victims told', () => {
    expect(
      ingested(
        'تشييع ضحايا قصف الرستن',
        [
          'شيّع المئات من أهالي مدينة الرستن، ظهر اليوم، شهداء القصف الذي استهدف حياً سكنياً في المدينة مساء أمس السبت، وصولاً إلى المقبرة الغربية.',
          'وقال مصدر طبي إن حصيلة القصف بلغت سبعة شهداء و20 جريحاً.',
          'وأضاف المصدر أن بين الشهداء طفلين، ورجلاً كان برفقة ابنه الذي أصيب بجروح.',
          'ولم تكد مراسم الدفن تنتهي حتى سقطت ثلاث قذائف هاون على الطريق المؤدي إلى المقبرة، ما أدى إلى إصابة ثلاثة من المشيعين.',
        ],
        '2013-05-12',
      ),
    ).toEqual([
      { from: '2013-05-11', to: '2013-05-11', governorate: 'Homs', killed: 7, wounded: 20 },
      { from: '2013-05-12', to: '2013-05-12', governorate: 'Homs', killed: null, wounded: 3 },
    ]);
  });

  it('a teller speaking during the funeral tells when he spoke, not a blow on it', () => {
    const burial = { from: '2020-03-02', to: '2020-03-02', precision: 'day' as const };
    expect(dayAtFuneral('وقال أحد القادة، خلال مراسم التشييع، إن مقاتلين اثنين أصيبا', burial)).toBeNull();
    expect(
      dayAtFuneral('وسقطت قذيفة قرب موكب التشييع، ما أدى إلى إصابة اثنين من المشيعين', burial)?.date.from,
    ).toBe('2020-03-02');
  });
});

describe('a deed told "about two hours later": an event of its own, a blow on reinforcements still the one attack', () => {
  it('"About two hours later, gunmen … opened fire on a police checkpoint …, killing …, the source said"', () => {
    expect(
      ingested(
        'Attacks kill five in Kirkuk',
        [
          'In the morning, a roadside bomb struck a police patrol in the Rahimawa neighborhood of northern Kirkuk, killing two policemen and wounding one, a police source said.',
          'About two hours later, gunmen in a pickup truck opened fire on a police checkpoint in the Wasiti neighborhood of southern Kirkuk, killing three policemen and wounding two, the source said.',
        ],
        '2012-06-05',
      ),
    ).toHaveLength(2);
  });

  it('"An hour later, a roadside bomb struck an army vehicle sent to reinforce the post"', () => {
    expect(
      ingested(
        'Soldiers killed in attack near Kirkuk',
        [
          'ISIS militants attacked an army post near the town of Daquq, south of Kirkuk, late on Saturday, killing two soldiers and wounding two, a security source said.',
          'An hour later, a roadside bomb struck an army vehicle sent to reinforce the post, wounding one soldier.',
        ],
        '2023-03-05',
      ),
    ).toEqual([{ from: '2023-03-04', to: '2023-03-04', governorate: 'Kirkuk', killed: 2, wounded: 3 }]);
  });
});
