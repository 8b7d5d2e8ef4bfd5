// Rules from the fxnodraft31 round (issue 12, drafts that should not exist, and days): remains found
// do not date the dead told before them; the place a convoy was heading for is not the blast's; a fight
// told breaking out on a day dates the fight its report told; a blow named by its day as the owner
// ("Last Friday's blast") dates the blow just told. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('remains found, with the year their dead were killed, are not the finding of the dead just told', () => {
  it('"The remains of 25 policemen, captured in 2015, were found" leaves the strike before it undated', () => {
    expect(
      ingested(
        'Syria roundup: soldiers killed in strikes',
        [
          'A soldier was killed and three others were wounded when a drone hit their post near Palmyra in Homs province.',
          'The remains of 25 policemen, believed to have been captured and shot by militants in 2015, were found in a mass grave in the desert east of Palmyra.',
        ],
        '2021-02-10',
      ),
    ).toEqual([{ from: '2021-02-10', to: '2021-02-10', governorate: 'Homs', killed: 1, wounded: 3 }]);
  });

  it('"The bodies were found Wednesday" still dates the dead told before it', () => {
    expect(
      ingested(
        'Two shepherds found dead',
        [
          'The bodies of two shepherds were found in the desert near Rutba in Anbar province, police said Thursday.',
          'The men were found Wednesday near their flock.',
        ],
        '2021-02-11',
      ),
    ).toEqual([{ from: '2021-02-10', to: '2021-02-10', governorate: 'Anbar', killed: 2, wounded: null }]);
  });
});

describe('where a convoy was heading ("كان الرتل متجهاً من … نحو …") is not where it was hit', () => {
  it('the destination base in another governorate makes no second incident', () => {
    expect(
      ingested(
        'انفجار عبوة على رتل في ذي قار',
        [
          'أفاد مصدر أمني، اليوم الأربعاء، بإصابة سائق جراء انفجار عبوة ناسفة استهدفت رتلاً قرب قضاء الشطرة شمالي الناصرية.',
          'وقال المصدر إن "العبوة انفجرت مساء أمس الثلاثاء لدى مرور الرتل، ما أسفر عن إصابة أحد السائقين"، مبيناً أن "الرتل كان متجهاً من البصرة نحو قاعدة عين الأسد في الأنبار".',
        ],
        '2021-05-26',
      ),
    ).toEqual([{ from: '2021-05-25', to: '2021-05-25', governorate: 'Dhi Qar', killed: null, wounded: 1 }]);
  });
});

describe('a fight told breaking out on a day ("نزاعاً مسلحاً اندلع ليلة …") dates the fight its report told', () => {
  it('the night over two days, after a lead dated by the report', () => {
    expect(
      ingested(
        'نزاع عشائري في الرفاعي',
        [
          'أفاد مصدر في الشرطة، اليوم الأربعاء، بارتفاع حصيلة النزاع العشائري الذي شهده قضاء الرفاعي شمالي الناصرية الى أربعة قتلى وستة جرحى.',
          'وقال المصدر إن "نزاعاً مسلحاً اندلع ليلة الاثنين على الثلاثاء بين عشيرتين في قرية البو حسين التابعة لقضاء الرفاعي بسبب خلاف على المياه".',
        ],
        '2019-06-12',
      ),
    ).toEqual([{ from: '2019-06-10', to: '2019-06-11', governorate: 'Dhi Qar', killed: 4, wounded: 6 }]);
  });

  it('"اندلعت الاشتباكات مساء أمس"', () => {
    expect(
      ingested(
        'قتيلان بمواجهات في قلعة سكر',
        [
          'أعلنت مديرية شرطة ذي قار، اليوم السبت، مقتل شخصين وإصابة ثلاثة آخرين بمواجهات عشائرية في ناحية قلعة سكر.',
          'وأوضحت المديرية أن الاشتباكات اندلعت مساء أمس الجمعة بسبب خلاف على قطعة أرض.',
        ],
        '2020-10-17',
      ),
    ).toEqual([{ from: '2020-10-16', to: '2020-10-16', governorate: 'Dhi Qar', killed: 2, wounded: 3 }]);
  });
});

describe('a blow named by its day as the owner ("Last Friday\'s blast") dates the blow just told', () => {
  it('after a story-first lead with no day', () => {
    expect(
      ingested(
        'A boy killed by old shell near Zubair',
        [
          'ZUBAIR, Iraq (AFP) - Two shepherds went out with their flock at dawn. By noon, one of them was dead.',
          'The shepherd found an old artillery shell in the sand west of Zubair and tried to move it. It exploded.',
          "Last Thursday's blast was the third in Basra province this year, the mine action centre said.",
        ],
        '2023-09-25',
      ),
    ).toEqual([{ from: '2023-09-21', to: '2023-09-21', governorate: 'Basra', killed: 1, wounded: null }]);
  });
});
