/**
 * What a stop signal means. A signal sent to the whole process group (Ctrl-C in a terminal, `kill
 * -TERM -<pgid>`, Docker) reaches node twice: once directly and once forwarded by `npm start`. Those
 * arrive together and are one request; a signal that comes later, while stopping, insists.
 */
export type SignalAction = 'stop' | 'duplicate' | 'force';

/** Signals this close to the first are the same request, delivered twice. */
export const DUPLICATE_SIGNAL_MS = 1_000;

export function signalAction(
  firstSignalAt: number | null,
  at: number,
  duplicateWindowMs = DUPLICATE_SIGNAL_MS,
): SignalAction {
  if (firstSignalAt === null) return 'stop';
  return at - firstSignalAt < duplicateWindowMs ? 'duplicate' : 'force';
}
