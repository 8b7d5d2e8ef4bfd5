/**
 * The buttons of a broadcast preview. Each carries the choice it makes (not "toggle"), so a double
 * tap or an old message cannot flip a setting the admin did not see. Short: callback data ≤ 64 bytes.
 */
export type BroadcastButton =
  | { action: 'confirm'; previewId: number; includeChannels: boolean }
  | { action: 'channels'; previewId: number; includeChannels: boolean }
  | { action: 'plain'; previewId: number }
  | { action: 'cancel'; previewId: number };

export const BROADCAST_BUTTON_PREFIX = 'bc:';

const CODES = { confirm: 'ok', channels: 'ch', plain: 'pl', cancel: 'no' } as const;
const ACTIONS = new Map<string, BroadcastButton['action']>(
  Object.entries(CODES).map(([action, code]) => [code, action as BroadcastButton['action']]),
);

export function encodeBroadcastButton(button: BroadcastButton): string {
  const base = `${BROADCAST_BUTTON_PREFIX}${CODES[button.action]}:${button.previewId}`;
  return 'includeChannels' in button ? `${base}:${button.includeChannels ? 1 : 0}` : base;
}

/** undefined for anything not made by encodeBroadcastButton (a forged or foreign button). */
export function decodeBroadcastButton(data: string): BroadcastButton | undefined {
  const match = /^bc:([a-z]{2}):([1-9]\d{0,14})(?::([01]))?$/.exec(data);
  const action = match && ACTIONS.get(match[1]!);
  if (!match || !action) return undefined;
  const previewId = Number(match[2]);
  const flag = match[3];
  if (action === 'confirm' || action === 'channels') {
    return flag === undefined ? undefined : { action, previewId, includeChannels: flag === '1' };
  }
  return flag === undefined ? { action, previewId } : undefined;
}
