import { describe, expect, it } from 'vitest';
import { incidents } from '../support/tolls.js';
import { tellsVagueDead } from '../../src/intake/casualties/vague-dead.js';
import { matchView } from '../../src/intake/reading/view.js';

// Invented sentences only (none copied from a probe article).

const m = (text: string) => matchView(text).text;

describe('vague-dead: dead told by a quantity that gives no number', () => {
  it('reads "dozens … were killed", "killed scores of", "قتلت العشرات", "العشرات من القتلى"', () => {
    expect(tellsVagueDead(m('"Dozens of rebel fighters were killed," the colonel said'))).toBe(true);
    expect(tellsVagueDead(m('hundreds were killed in the assault'))).toBe(true);
    expect(tellsVagueDead(m('the ministry said its jets killed "dozens" of fighters'))).toBe(true);
    expect(tellsVagueDead(m('the militia killed scores of “infiltrators” near the dam'))).toBe(true);
    expect(tellsVagueDead(m('وأكد البيان أن القوات قتلت "العشرات" من عناصر التنظيم'))).toBe(true);
    expect(tellsVagueDead(m('وخلف الهجوم عشرات القتلى في صفوف المهاجمين'))).toBe(true);
  });
  it('not dozens of things, nor a counted toll', () => {
    expect(tellsVagueDead(m('dozens of villages were taken back'))).toBe(false);
    expect(tellsVagueDead(m('scores of families fled the town'))).toBe(false);
    expect(tellsVagueDead(m('وقتل خمسة مسلحين في الاشتباكات'))).toBe(false);
    expect(tellsVagueDead(m('ونزحت عشرات العائلات من القرية'))).toBe(false);
    expect(tellsVagueDead(m('the army says it has killed hundreds of militants since the siege began'))).toBe(
      false,
    );
  });
});

describe('vague-toll-other-blow: a fight told with "dozens" dead and a blow of another kind with its count', () => {
  it('keeps the fight of uncounted dead apart from the roadside bomb counted after it', () => {
    const rows = incidents(
      [
        'Government troops on Tuesday launched an offensive on rebel positions around the town of Mayadin, the army said.',
        'Troops and allied militias clashed with rebels on the outskirts of Mayadin from the north and the east.',
        '"Dozens of rebel fighters were killed," a colonel said, without giving a figure.',
        'Two soldiers were killed and five wounded on Tuesday evening when a roadside bomb hit their truck near Mayadin, a medic said.',
      ],
      'en',
      '2019-04-03',
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ killed: null, wounded: null });
    expect(rows[1]).toMatchObject({ killed: 2, wounded: 5 });
  });
  it('keeps shelling that killed "scores" apart from the air strike counted before it', () => {
    const rows = incidents(
      [
        'Warplanes on Thursday struck a convoy of militants near the town of Maarat al-Numan, killing 12 of them, a military source said.',
        'Army artillery also shelled militant positions in Kafranbel, killing scores of gunmen, the source added.',
      ],
      'en',
      '2018-02-09',
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ killed: null, wounded: null });
  });
  it('reads the dead a clause after the fight’s, in its sentence, told as "العشرات": apart from the barrel bombs before', () => {
    const rows = incidents(
      [
        'قتل ثلاثة مدنيين وأصيب سبعة آخرون ليلة الثلاثاء على الأربعاء، ببرميلين متفجرين ألقتهما مروحية على بلدة الحراك في ريف درعا الشرقي.',
        'وعلى جبهة التلال الغربية في ريف درعا، تدور منذ صباح أمس الأربعاء معارك بين فصائل المعارضة وقوات النظام، وتقول الفصائل إنها قتلت "العشرات" من عناصر النظام.',
      ],
      'ar',
      '2019-05-02',
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ killed: 3, wounded: 7 });
    expect(rows[1]).toMatchObject({ killed: null, wounded: null });
  });
  it('not a count of the same kind of blow: the fight told again, with its number', () => {
    const rows = incidents(
      [
        'Troops clashed with militants near Mayadin on Tuesday, and dozens of militants were killed, the army said.',
        'A military source said 43 militants were killed in the clashes.',
      ],
      'en',
      '2019-04-03',
    );
    expect(rows).toHaveLength(1);
  });
  it('not two bombs set off on the spot: "dozens" in the lead, then the count of a car bomb and a suicide bomber', () => {
    const rows = incidents(
      [
        'Two bombs exploded near a market in the city of Homs on Monday, killing dozens of people, officials said.',
        'The health ministry said 27 people were killed and 60 wounded when a car bomb and a suicide bomber struck the crowded market.',
      ],
      'en',
      '2016-03-15',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ killed: 27, wounded: 60 });
  });
  it('not the fight’s own dead told "خلال المعارك", though the sentence also tells car bombs (merge32)', () => {
    const rows = incidents(
      [
        'أعلنت قيادة العمليات، اليوم الخميس، استعادة ناحية القيروان غرب الموصل من تنظيم داعش بعد معارك استمرت ثلاثة أيام.',
        'وقال ضابط في القيادة إن "القطعات اقتحمت مركز الناحية فجر اليوم من محورين، وكبدت التنظيم خسائر فادحة، حيث قتل العشرات من عناصره".',
        'وأضاف أن "تسعة من الجنود قتلوا وأصيب 14 آخرون خلال المعارك"، مبيناً أن "التنظيم دفع بأربع سيارات مفخخة يقودها انتحاريون فجروا أنفسهم قبل بلوغ القطعات".',
      ],
      'ar',
      '2017-05-25',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ killed: 9, wounded: 14 });
  });
});
