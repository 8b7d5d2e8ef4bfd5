import { isolate, stripBidiControls } from './bidi.js';
import { plural, type PluralForms } from './plural.js';
import type { PictureMessages } from './pictures.js';

const name = (text: string) => isolate(stripBidiControls(text));
const moreForms: PluralForms = {
  zero: '',
  one: 'وحادثة أخرى',
  two: 'وحادثتان أخريان',
  few: 'و{n} حوادث أخرى',
  many: 'و{n} حادثة أخرى',
  other: 'و{n} حادثة أخرى',
};

export const picturesAr: PictureMessages = {
  mapButton: '🗺 الخريطة',
  legend: {
    killed: 'قتلى',
    wounded: 'جرحى',
    noCasualties: 'لا ضحايا مذكورين',
    size: 'حجم الدائرة بحسب عدد الضحايا',
  },
  source: (source) => `المصدر: ${name(source)}`,
  published: (date) => `نُشر في ${date}`,
  notOnMap: 'خارج الخريطة:',
  onlyCountry: 'المكان مذكور على مستوى البلد فقط',
  unknownPlace: 'المكان غير محدد',
  more: (n) => plural('ar', n, moreForms),
  nothingToMap: 'لا يذكر هذا المقال مكاناً محدداً بما يكفي لوضع أي من حوادثه على الخريطة.',
  mapGone: 'هذا المقال لم يعد متاحاً.',
  chart: {
    title: (governorate) =>
      governorate === null ? 'القتلى والجرحى' : `القتلى والجرحى في ${name(governorate)}`,
    byWeek: 'بحسب الأسبوع',
    byMonth: 'بحسب الشهر',
    weekOf: (date) => `أسبوع ${date}`,
    busiest: 'أكثر المحافظات ضحايا',
    basis: (briefings) =>
      `بحسب تاريخ الحوادث في ${plural('ar', briefings, {
        zero: 'لا موجزات',
        one: 'موجز واحد منشور',
        two: 'موجزين منشورين',
        few: '{n} موجزات منشورة',
        many: '{n} موجزاً منشوراً',
        other: '{n} موجز منشور',
      })}`,
    rangesNote: 'الأعداد المذكورة كنطاق محسوبة بحدها الأدنى، وغير المذكورة لا تُحسب.',
    spanNote: 'الحادثة المؤرخة بشهر أو بفترة أيام فقط تُحسب في منتصفها.',
    nothingToChart: (governorate) =>
      governorate === null
        ? 'لا تذكر الموجزات المنشورة أي قتلى أو جرحى بعد.'
        : `لا تذكر الموجزات المنشورة أي قتلى أو جرحى في ${name(governorate)}.`,
    unknownGovernorate: (input, examples) =>
      `لا أعرف محافظة باسم «${name(input)}». جرّب مثلاً: ${examples.map(name).join('، ')}.`,
  },
};
