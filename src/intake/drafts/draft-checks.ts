import type { Briefing } from '../../content/schema.js';
import type { Messages } from '../../i18n/messages.js';
import { formatNumber } from '../../i18n/number.js';

/** One line per incident or figure that has reasons to check: which one, then its reasons (with the article's words). */
export function draftCheckLines(
  briefing: Pick<Briefing, 'incidents' | 'figures'>,
  t: Pick<Messages, 'intake'>,
): string[] {
  const { intake } = t;
  const reasons = (checks: NonNullable<Briefing['figures'][number]['checks']>): string =>
    checks
      .map((c) =>
        c.detail ? `${intake.checkReason[c.reason]} («${c.detail}»)` : intake.checkReason[c.reason],
      )
      .join('; ');
  return [
    ...briefing.incidents.flatMap((incident, i) =>
      incident.checks?.length ? [`${intake.incidentItem(i + 1)}: ${reasons(incident.checks)}`] : [],
    ),
    ...briefing.figures.flatMap((figure) =>
      figure.checks?.length
        ? [`${intake.figureItem(formatNumber(figure.value))}: ${reasons(figure.checks)}`]
        : [],
    ),
  ];
}
