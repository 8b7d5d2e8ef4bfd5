import { callbackCodec, flag, integer } from '../telegram/callback-codec.js';

/** Preview ids (the broadcast's number): positive, up to 15 digits. */
const previewId = integer(1, 999_999_999_999_999);

/**
 * The buttons of a broadcast preview, by kind. Each carries the choice it makes (not "toggle"), so
 * a double tap or an old message cannot flip a setting the admin did not see.
 */
export const BROADCAST_BUTTONS = {
  confirm: { tag: 'bc:ok', fields: { previewId, includeChannels: flag } },
  channels: { tag: 'bc:ch', fields: { previewId, includeChannels: flag } },
  plain: { tag: 'bc:pl', fields: { previewId } },
  cancel: { tag: 'bc:no', fields: { previewId } },
} as const;

export const broadcastButtons = callbackCodec(BROADCAST_BUTTONS);

/** Every tag above starts so: the admin guard recognises an admin's button by it. */
export const BROADCAST_BUTTON_PREFIX = 'bc:';

/** A broadcast button, named by `action` as the admin feature reads it. */
export type BroadcastButton =
  | { action: 'confirm'; previewId: number; includeChannels: boolean }
  | { action: 'channels'; previewId: number; includeChannels: boolean }
  | { action: 'plain'; previewId: number }
  | { action: 'cancel'; previewId: number };

export function encodeBroadcastButton(button: BroadcastButton): string {
  const { previewId } = button;
  return 'includeChannels' in button
    ? broadcastButtons.encode({ kind: button.action, previewId, includeChannels: button.includeChannels })
    : broadcastButtons.encode({ kind: button.action, previewId });
}

/** undefined for anything not made by encodeBroadcastButton (a forged or foreign button). */
export function decodeBroadcastButton(data: string): BroadcastButton | undefined {
  const button = broadcastButtons.decode(data);
  if (!button) return undefined;
  const { previewId } = button;
  return 'includeChannels' in button
    ? { action: button.kind, previewId, includeChannels: button.includeChannels }
    : { action: button.kind, previewId };
}
