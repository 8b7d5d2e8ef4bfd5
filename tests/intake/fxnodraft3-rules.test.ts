// Rules found on gold incidents with casualties that got no draft of their own (issue 12, fixer
// fxnodraft3): bodies found on a day beside companions still missing, a total that words make of
// several events but whose items fall on other days, a roundup item at a quarter the gazetteer knows
// only by its city, a dashed list's item whose toll comes a sentence after it, a second blow told
// after ", and police said", and a rate told "every day";
// each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"The bodies of four herders were found on Tuesday, and two are still missing"', () => {
  it('is that day’s incident: the missing are only those not yet accounted for', () => {
    expect(
      rows(
        'Bodies of shepherds found in Anbar desert',
        [
          'The bodies of four shepherds who had taken their flocks into the desert were found on Tuesday near the town of Rutba in Anbar province, police said, and two of their companions are still missing.',
          'Police blamed Islamic State remnants hiding in the desert.',
        ],
        '2021-03-10',
      ),
    ).toEqual([['2021-03-09', '2021-03-09', 'Anbar', 4, null]]);
  });
  it('stays no incident where the missing are a tally standing since a campaign', () => {
    expect(
      rows(
        'Families of the missing protest in Duhok',
        [
          'Hundreds of families protested in Duhok on Monday to demand news of their relatives.',
          'About 2,000 people remain missing since the assault on the district in 2014, the families said.',
        ],
        '2021-03-10',
      ),
    ).toEqual([]);
  });
});

describe('"in a series of raids on Sunday", then "In a separate incident on Saturday…"', () => {
  it('keeps the raids an incident: an item of another day is none of the total’s', () => {
    expect(
      rows(
        'Troops kill militants in Diyala raids',
        [
          'Iraqi troops killed nine suspected militants in a series of raids on farms north of Baquba on Sunday, the army said on Monday.',
          'In a separate incident on Saturday, two soldiers were killed and four wounded when a roadside bomb struck their vehicle south of Baquba.',
          'Police in Baquba said gunmen had shot dead a village mukhtar outside his home late on Sunday.',
        ],
        '2019-07-15',
      ),
    ).toEqual([
      ['2019-07-14', '2019-07-14', 'Diyala', 9, null],
      ['2019-07-13', '2019-07-13', 'Diyala', 2, 4],
      ['2019-07-14', '2019-07-14', 'Diyala', 1, null],
    ]);
  });
});

describe('a roundup item at a quarter the gazetteer knows only by its city', () => {
  it('is the next item, in English, though its counts fill what the one before lacked', () => {
    expect(
      rows(
        'Iraq violence: 3 killed, 9 wounded',
        [
          "A roadside bomb killed a traffic policeman in Baghdad's Karrada district on Sunday.",
          "Two bombs in Baghdad's Bustan district wounded nine people.",
          'Gunmen killed a shop owner in Basra.',
        ],
        '2011-04-11',
      ),
    ).toEqual([
      ['2011-04-10', '2011-04-10', 'Baghdad', 1, null],
      ['2011-04-10', '2011-04-10', 'Baghdad', null, 9],
      ['2011-04-10', '2011-04-10', 'Basra', 1, null],
    ]);
  });
  it('is the next item, in Arabic, when the paragraph opens on a quarter named like a place elsewhere', () => {
    expect(
      rows(
        'ارتفاع حصيلة القصف على حي في حلب',
        [
          'ارتفعت حصيلة القتلى الذين سقطوا اليوم الأحد جراء القصف بقذائف الهاون على حي الشعار في مدينة حلب إلى 14 قتيلا، بحسب ناشطين.',
          'وقال ناشط من داخل الحي إن القصف لم يتوقف منذ الفجر.',
          'وفي حي الحمدانية، قتل شابان برصاص قناصة تابعين لقوات النظام متمركزين على سطح مبنى، فيما أصيب ثالث بجروح.',
        ],
        '2013-06-09',
      ),
    ).toEqual([
      ['2013-06-09', '2013-06-09', 'Aleppo', 14, null],
      ['2013-06-09', '2013-06-09', 'Aleppo', 2, 1],
    ]);
  });
});

describe('"- Mortar rounds fell on houses in X.", then "Police said two were killed"', () => {
  it('is the next item of the list, with the toll told after it', () => {
    expect(
      rows(
        'Violence in Iraq, Tuesday',
        [
          'BAGHDAD',
          '- A roadside bomb struck an army patrol on the Qanat highway near Sumer, wounding four soldiers.',
          '- Mortar rounds landed on homes in Adhamiya in the evening. Police said three civilians were killed and six were wounded.',
          'BASRA',
          '- Gunmen shot dead a shop owner in Basra.',
        ],
        '2008-03-11',
      ).map(([, , governorate, killed, wounded]) => [governorate, killed, wounded]),
    ).toEqual([
      ['Baghdad', null, 4],
      ['Baghdad', 3, 6],
      ['Basra', 1, null],
    ]);
  });
});

describe('", and police said a roadside bomb killed two …" after another blow', () => {
  it('is a blow of its own, of its own day', () => {
    expect(
      rows(
        'Mortar hits mosque in Baghdad',
        [
          'A mortar round hit a mosque in Baghdad’s Kadhimiya district during evening prayers yesterday, wounding five worshippers, and police said a roadside bomb killed three soldiers in Ghazaliya this morning.',
        ],
        '2007-02-06',
      ),
    ).toEqual([
      ['2007-02-05', '2007-02-05', 'Baghdad', null, 5],
      ['2007-02-06', '2007-02-06', 'Baghdad', 3, null],
    ]);
  });
});

describe('a rate told "every day"', () => {
  it('is no incident beside the blow told', () => {
    expect(
      rows(
        'Car bomb in Baghdad',
        [
          'A car bomb killed six people in Baghdad’s Sadr City district on Tuesday, police said.',
          "Iraq's Interior Ministry estimates that more than 60 people are being killed every day in Baghdad alone, most of them in sectarian attacks.",
        ],
        '2006-10-11',
      ),
    ).toEqual([['2006-10-10', '2006-10-10', 'Baghdad', 6, null]]);
  });
});
