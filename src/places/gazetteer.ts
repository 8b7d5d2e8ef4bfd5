import { IRAQ_ROWS } from './gazetteer-iraq.js';
import { SYRIA_ROWS } from './gazetteer-syria.js';
import { entriesFromRows, parseNames } from './rows.js';
import type { Country, CountryEntry, Entry, GazetteerEntry, RegionEntry } from './types.js';

/** Governorates, districts and towns of Iraq and Syria. */
export function gazetteerEntries(): GazetteerEntry[] {
  return entriesFromRows([...IRAQ_ROWS, ...SYRIA_ROWS]);
}

function region(id: string, country: Country | null, spans: string[], en: string, ar: string): RegionEntry {
  const { names, needsCue, needsArticle } = parseNames(en, ar);
  const entry: RegionEntry = { id, kind: 'region', country, spans, names };
  if (needsCue.length > 0) entry.needsCue = needsCue;
  if (needsArticle.length > 0) entry.needsArticle = needsArticle;
  return entry;
}

/** Areas spanning several governorates: a sentence placed there has no single governorate. */
export function regionEntries(): RegionEntry[] {
  return [
    region(
      'sy-badia',
      'SY',
      ['sy-homs', 'sy-deir-ez-zor', 'sy-raqqa', 'sy-hama', 'sy-rif-dimashq', 'sy-suwayda'],
      'Badia|Badiya|Badiyah|Syrian Desert|Syrian Badia|Badia region|Badiyat al-Sham',
      'البادية|البادية السورية|بادية الشام',
    ),
    region(
      'jazira',
      null,
      ['sy-hasakah', 'sy-raqqa', 'sy-deir-ez-zor', 'iq-nineveh', 'iq-anbar', 'iq-salahuddin'],
      'Jazira|Jezira|Jazira region|Jazirah',
      '?الجزيرة|منطقة الجزيرة|الجزيرة السورية|صحراء الجزيرة',
    ),
    region(
      'iq-hamrin',
      'IQ',
      ['iq-diyala', 'iq-salahuddin', 'iq-kirkuk'],
      'Hamrin|Hamrin mountains|Hemrin|Hamreen|Jabal Hamrin|Hamrin Mountains',
      'حمرين|جبال حمرين|سلسلة جبال حمرين|جبل حمرين|تلال حمرين',
    ),
    region(
      'iq-mutaibija',
      'IQ',
      ['iq-salahuddin', 'iq-diyala'],
      'Mutaibija|Mutaybija|Mtebija|Mutaibijah',
      'مطيبيجة|المطيبيجة',
    ),
    region(
      'iq-tharthar',
      'IQ',
      ['iq-anbar', 'iq-salahuddin'],
      'Tharthar|Lake Tharthar|Tharthar lake|Tharthar Lake',
      'الثرثار|بحيرة الثرثار|وادي الثرثار',
    ),
    region(
      'iq-kurdistan',
      'IQ',
      ['iq-erbil', 'iq-duhok', 'iq-sulaymaniyah', 'iq-halabja'],
      'Kurdistan Region|Iraqi Kurdistan|Kurdistan region|Kurdistan Region of Iraq|KRI',
      'إقليم كردستان|كردستان العراق|إقليم كوردستان|اقليم كردستان العراق',
    ),
    region(
      'iq-middle-euphrates',
      'IQ',
      ['iq-babil', 'iq-karbala', 'iq-najaf', 'iq-qadisiyah'],
      'Middle Euphrates',
      'الفرات الأوسط',
    ),
    region(
      'euphrates-valley',
      null,
      ['sy-deir-ez-zor', 'sy-raqqa', 'iq-anbar'],
      'Euphrates valley|Euphrates Valley|Euphrates River Valley',
      'وادي الفرات',
    ),
    region(
      'iq-qandil',
      'IQ',
      ['iq-erbil', 'iq-sulaymaniyah'],
      'Qandil|Qandil mountains|Qandil Mountains|Mount Qandil',
      '?قنديل|جبال قنديل|جبل قنديل',
    ),
    region(
      'sy-hauran',
      'SY',
      ['sy-daraa', 'sy-suwayda', 'sy-quneitra'],
      'Hauran|Houran|Horan',
      'حوران|سهل حوران',
    ),
  ];
}

function country(id: Country, en: string, ar: string): CountryEntry {
  const { names, needsCue, needsArticle } = parseNames(en, ar);
  const entry: CountryEntry = { id, kind: 'country', country: id, names };
  if (needsCue.length > 0) entry.needsCue = needsCue;
  if (needsArticle.length > 0) entry.needsArticle = needsArticle;
  return entry;
}

export function countryEntries(): CountryEntry[] {
  return [
    country('IQ', 'Iraq|Republic of Iraq', 'العراق|جمهورية العراق'),
    country('SY', 'Syria|Syrian Arab Republic', 'سوريا|?سورية|الجمهورية العربية السورية'),
  ];
}

export function allEntries(): Entry[] {
  return [...gazetteerEntries(), ...regionEntries(), ...countryEntries()];
}
