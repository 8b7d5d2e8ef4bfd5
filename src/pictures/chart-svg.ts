import { catalogue } from '../i18n/catalogue.js';
import { formatNumber } from '../i18n/number.js';
import type { ChartData } from './chart-data.js';
import { PALETTE } from './palette.js';
import { n, svgDocument, textLine, textWidth, wrapText, type Size } from './svg.js';

export const CHART_SIZE: Size = { width: 1200, height: 800 };

const PAD = 28;

/** The axis of people counts: a whole, round step (1, 2 or 5 times a power of ten) and 2–5 ticks above 0. */
export function axisTicks(max: number): { step: number; top: number } {
  const rough = Math.max(1, max / 4);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((s) => s * power).find((s) => s >= rough)!;
  return { step, top: Math.max(step, Math.ceil(max / step) * step) };
}

/**
 * Killed and wounded over time (grouped bars per week or month) beside the busiest governorates
 * (stacked bars), as SVG. Laid out in reading order: time runs left to right in English and right
 * to left in Arabic, where the panels swap sides too. Pure.
 */
export function drawChart(data: ChartData, size: Size = CHART_SIZE): string {
  const { lang } = data;
  const rtl = lang === 'ar';
  const t = catalogue(lang);
  const tc = t.pictures.chart;
  const W = size.width;
  // Reading-order x (from the reading edge) to page x, for points and for boxes.
  const px = (x: number) => (rtl ? W - x : x);
  const box = (x: number, w: number) => (rtl ? W - x - w : x);
  const start = rtl ? 'right' : 'left';
  const end = rtl ? 'left' : 'right';
  const out: string[] = [];

  // Header: title, what a bar is, legend.
  const title = wrapText(tc.title(data.governorate), 30, W - 2 * PAD, 1)[0]!;
  out.push(textLine(title, { x: px(PAD), y: 50, size: 30, lang, weight: 'bold', className: 'title' }));
  out.push(
    textLine(
      `${data.unit === 'week' ? tc.byWeek : tc.byMonth} · ${t.casualties(data.killed, data.wounded)}`,
      { x: px(PAD), y: 84, size: 20, lang, fill: PALETTE.muted, className: 'subtitle' },
    ),
  );
  let legendX = PAD;
  for (const [colour, label] of [
    [PALETTE.killed, t.pictures.legend.killed],
    [PALETTE.wounded, t.pictures.legend.wounded],
  ] as const) {
    out.push(
      `<rect class="legend" x="${n(box(legendX, 18))}" y="106" width="18" height="18" fill="${colour}"/>`,
    );
    out.push(
      textLine(label, { x: px(legendX + 26), y: 121, size: 18, lang, align: start, className: 'legend' }),
    );
    legendX += 26 + textWidth(label, 18) + 30;
  }

  // Time panel.
  const plot = { x0: PAD + 60, x1: W * 0.64, y0: 160, y1: size.height - 120 };
  const { step, top } = axisTicks(Math.max(...data.buckets.flatMap((b) => [b.killed, b.wounded])));
  const y = (v: number) => plot.y1 - ((plot.y1 - plot.y0) * v) / top;
  for (let v = 0; v <= top; v += step) {
    out.push(
      `<line x1="${n(px(plot.x0))}" x2="${n(px(plot.x1))}" y1="${n(y(v))}" y2="${n(y(v))}" stroke="${v === 0 ? PALETTE.muted : PALETTE.grid}"/>`,
    );
    out.push(
      textLine(formatNumber(v), {
        x: px(plot.x0 - 10),
        y: y(v) + 6,
        size: 16,
        lang,
        align: end,
        fill: PALETTE.muted,
        className: 'tick',
      }),
    );
  }
  const count = data.buckets.length;
  const group = (plot.x1 - plot.x0) / count;
  const bar = Math.min(group * 0.36, 46);
  const widest = Math.max(...data.buckets.map((b) => textWidth(b.label, 16)));
  const stride = Math.max(1, Math.ceil(((widest + 14) * count) / (plot.x1 - plot.x0)));
  const showValues = count <= 16;
  data.buckets.forEach((b, i) => {
    const centre = plot.x0 + group * (i + 0.5);
    for (const [k, value, colour, kind] of [
      [-1, b.killed, PALETTE.killed, 'killed'],
      [0, b.wounded, PALETTE.wounded, 'wounded'],
    ] as const) {
      const x = centre + k * bar;
      if (value > 0) {
        out.push(
          `<rect class="bar ${kind}" data-bucket="${b.start}" x="${n(box(x, bar))}" y="${n(y(value))}" width="${n(bar)}" height="${n(plot.y1 - y(value))}" fill="${colour}"/>`,
        );
        if (showValues)
          out.push(
            textLine(formatNumber(value), {
              x: px(x + bar / 2),
              y: y(value) - 6,
              size: 15,
              lang,
              align: 'center',
              className: 'value',
            }),
          );
      }
    }
    if (i % stride === 0)
      out.push(
        textLine(b.label, {
          x: px(centre),
          y: plot.y1 + 26,
          size: 16,
          lang,
          align: 'center',
          fill: PALETTE.text,
          className: 'bucket',
        }),
      );
  });

  // Busiest governorates.
  const panel = { x0: W * 0.69, x1: W - PAD };
  out.push(
    textLine(tc.busiest, {
      x: px(panel.x0),
      y: plot.y0 - 4,
      size: 20,
      lang,
      weight: 'bold',
      align: start,
      className: 'busiest',
    }),
  );
  const largest = Math.max(1, ...data.governorates.map((g) => g.killed + g.wounded));
  const valueRoom = 70;
  data.governorates.forEach((g, i) => {
    const top = plot.y0 + 26 + i * 62;
    out.push(
      textLine(g.name, {
        x: px(panel.x0),
        y: top + 18,
        size: 18,
        lang,
        align: start,
        className: 'governorate',
      }),
    );
    const full = panel.x1 - panel.x0 - valueRoom;
    const killedWidth = (full * g.killed) / largest;
    const woundedWidth = (full * g.wounded) / largest;
    if (g.killed > 0)
      out.push(
        `<rect class="total killed" x="${n(box(panel.x0, killedWidth))}" y="${n(top + 28)}" width="${n(killedWidth)}" height="20" fill="${PALETTE.killed}"/>`,
      );
    if (g.wounded > 0)
      out.push(
        `<rect class="total wounded" x="${n(box(panel.x0 + killedWidth, woundedWidth))}" y="${n(top + 28)}" width="${n(woundedWidth)}" height="20" fill="${PALETTE.wounded}"/>`,
      );
    out.push(
      textLine(formatNumber(g.killed + g.wounded), {
        x: px(panel.x0 + killedWidth + woundedWidth + 8),
        y: top + 44,
        size: 16,
        lang,
        align: start,
        fill: PALETTE.muted,
        className: 'total-value',
      }),
    );
  });

  out.push(
    textLine(tc.basis(data.briefings), {
      x: px(PAD),
      y: size.height - 52,
      size: 17,
      lang,
      fill: PALETTE.muted,
      className: 'basis',
    }),
  );
  out.push(
    textLine(tc.rangesNote, {
      x: px(PAD),
      y: size.height - 24,
      size: 15,
      lang,
      fill: PALETTE.muted,
      className: 'note',
    }),
  );
  return svgDocument(size, out);
}
