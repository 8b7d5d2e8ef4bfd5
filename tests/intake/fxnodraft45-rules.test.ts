// Rules from the fxnodraft45 round (issue 12, incidents with no draft or a wrong day): the day a
// source's retelling gives victims the lead told by its report's day only; the security news a
// ruling's article turns to, an event of its own; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { dayOfRetoldVictims } from '../../src/intake/dates/retold-victims-day.js';
import { turnsToSecurityNews } from '../../src/intake/followups/security-news-turn.js';
import { matchView } from '../../src/intake/reading/view.js';
import { withoutTravellersHome } from '../../src/intake/places/elsewhere/travellers-home.js';
import { withoutFarMeasure } from '../../src/intake/places/elsewhere/far-measure.js';
import { draftedRows } from '../support/tolls.js';

describe("a source's retelling of the victims gives the lead its day", () => {
  const day = (from: string, to = from) => ({ date: { from, to, precision: 'day' as const } });
  const reported = { from: '2020-03-11', to: '2020-03-11', precision: 'day' as const };

  it('a day in the week up to the report is the event’s', () => {
    expect(dayOfRetoldVictims(null, reported, day('2020-03-10'), '2020-03-11')).toEqual(day('2020-03-10'));
  });

  it('not where the event has a day of its own, nor a background year, nor a day after the report', () => {
    expect(dayOfRetoldVictims(reported, reported, day('2020-03-10'), '2020-03-11')).toBeNull();
    expect(dayOfRetoldVictims(null, reported, day('2014-01-01', '2014-12-31'), '2020-03-11')).toBeNull();
    expect(dayOfRetoldVictims(null, reported, day('2020-02-01'), '2020-03-11')).toBeNull();
    expect(dayOfRetoldVictims(null, null, day('2020-03-12'), '2020-03-11')).toBeNull();
  });

  it('the whole pipeline dates the killing by the day the source told', () => {
    const raw = [
      'مقتل راعيين في قرية زراعية',
      'أفاد مصدر في شرطة محافظة صلاح الدين، الأربعاء، بأن مسلحين مجهولين قتلوا راعيا وشقيقه قرب قضاء بلد.',
      'وقال المصدر إن "مسلحين يستقلون سيارة مدنية دخلوا مساء أمس الثلاثاء مرعى قرب القرية، وأطلقوا النار على الراعي وشقيقه، ما أدى إلى مقتلهما في الحال".',
      'وأضاف أن الشرطة فتحت تحقيقا في الحادث.',
    ].join('\n\n');
    expect(draftedRows(raw, '2020-03-11').map((r) => [r.from, r.to, r.killed])).toEqual([
      ['2020-03-10', '2020-03-10', 2],
    ]);
  });
});

describe('a ruling’s article that turns to the security news tells an event of its own', () => {
  it.each(['وعلى صعيد أمني، قتل شرطي', 'أمنياً، انفجرت عبوة', 'On the security front, a bomb killed two'])(
    '"%s" turns to the security news',
    (text) => {
      expect(turnsToSecurityNews(matchView(text).text)).toBe(true);
    },
  );

  it('a clause of the deed itself does not', () => {
    expect(turnsToSecurityNews(matchView('وأسفر الهجوم عن مقتل خمسة من عناصر الأمن').text)).toBe(false);
  });

  it('the whole pipeline keeps yesterday’s blast apart from the deed the court judged', () => {
    const raw = [
      'السجن المؤبد لمدان بتفجير سوق عام 2007',
      'أصدرت محكمة الجنايات المركزية، اليوم الأحد، حكما بالسجن المؤبد بحق مدان بتفجير سيارة مفخخة في سوق شعبي في مدينة الحلة في أيار/مايو 2007.',
      'وعلى صعيد أمني، قتل شرطيان وأصيب مدني بجروح بانفجار عبوة ناسفة على طريق قرب مدينة الحلة أمس السبت.',
      'وأضاف المصدر أن قوة أمنية طوقت المكان.',
    ].join('\n\n');
    const rows = draftedRows(raw, '2012-02-12').filter((r) => r.killed !== null);
    expect(rows.map((r) => [r.from, r.killed, r.wounded])).toEqual([['2012-02-11', 2, 1]]);
  });
});

describe('where travellers come from is not where they were hit', () => {
  it('"مسافرين من أهالي مدينة X" is blanked up to the time told after it', () => {
    const text = 'خطف مسلحون ثلاثة مسافرين من أهالي مدينة الكوت مساء أمس قرب بلدة الصويرة';
    const left = withoutTravellersHome(text);
    expect(left).not.toContain('الكوت');
    expect(left).toContain('مساء أمس قرب بلدة الصويرة');
  });

  it('"pilgrims from X" in English, up to "at" the spot', () => {
    const left = withoutTravellersHome(
      'Gunmen shot dead two pilgrims from Basra at a checkpoint near Samarra.',
    );
    expect(left).not.toContain('Basra');
    expect(left).toContain('at a checkpoint near Samarra');
  });

  it('a local "من أهالي" who is no traveller keeps his town', () => {
    const text = 'قتل شاب من أهالي المسيب برصاص مسلحين';
    expect(withoutTravellersHome(text)).toBe(text);
  });

  it('the whole pipeline places the killing at the road, not at the travellers’ home', () => {
    const raw = [
      'مقتل مسافرين على طريق سريع',
      'قتل مسلحون مجهولون ثلاثة مسافرين من أهالي مدينة الديوانية مساء أمس الأحد، بعد أن أوقفوا سيارتهم عند حاجز وهمي على الطريق السريع قرب بلدة اليوسفية جنوب بغداد.',
      'وأضاف المصدر أن المسلحين لاذوا بالفرار.',
    ].join('\n\n');
    expect(draftedRows(raw, '2006-04-10').map((r) => [r.governorate, r.killed])).toEqual([['Baghdad', 3]]);
  });
});

describe('a spot measured from a city a hundred kilometres off is not in that city', () => {
  it('"250 km west of Baghdad" is blanked, "30 km north of Baghdad" kept', () => {
    expect(withoutFarMeasure('near the village of X, 250 km west of Baghdad, wounding two')).not.toContain(
      'Baghdad',
    );
    expect(withoutFarMeasure('near the village of X, 30 km north of Baghdad')).toContain('Baghdad');
  });

  it('miles count as kilometres; Arabic "على بعد 300 كم غرب بغداد" too', () => {
    expect(withoutFarMeasure('some 90 miles northwest of Baghdad')).not.toContain('Baghdad');
    expect(withoutFarMeasure('قرب قرية س على بعد 300 كم غرب بغداد')).not.toContain('بغداد');
  });

  it('the whole pipeline keeps the blast in the article’s governorate', () => {
    const raw = [
      'Gunmen kill policeman in Ramadi',
      'RAMADI, Iraq, May 4 (Xinhua) -- Gunmen shot dead a policeman in central Ramadi on Tuesday, a police source said.',
      'Later in the day, a roadside bomb struck an army patrol near the town of Zawiya, 200 km west of Baghdad, wounding three soldiers, the source said.',
      'No group claimed responsibility.',
    ].join('\n\n');
    expect(draftedRows(raw, '2010-05-04', 'en').map((r) => [r.governorate, r.killed, r.wounded])).toEqual([
      ['Anbar', 1, null],
      ['Anbar', null, 3],
    ]);
  });
});

describe('only the capitals: a big governorate’s seat may be in the spot’s governorate', () => {
  it('"150 km west of Mosul" is kept', () => {
    expect(withoutFarMeasure('near the village of X, 150 km west of Mosul')).toContain('Mosul');
  });
});
