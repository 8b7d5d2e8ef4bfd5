/** A chat's chosen digest slots against the configured ones. Stored `null` means every slot. */

/** The configured slots the chat gets, in configured order; stale names (no longer configured) drop out. */
export function enabledSlots(chosen: readonly string[] | null, slotNames: readonly string[]): string[] {
  return chosen === null ? [...slotNames] : slotNames.filter((slot) => chosen.includes(slot));
}

/**
 * The choice after switching one slot on or off: null again once every slot is on, so that slots
 * added to the schedule later reach the chat too.
 */
export function withSlot(
  chosen: readonly string[] | null,
  slotNames: readonly string[],
  slot: string,
  on: boolean,
): string[] | null {
  const enabled = new Set(enabledSlots(chosen, slotNames));
  if (on) enabled.add(slot);
  else enabled.delete(slot);
  const next = slotNames.filter((s) => enabled.has(s));
  return next.length === slotNames.length ? null : next;
}
