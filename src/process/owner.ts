/**
 * Lease owner ids: `host:pid:nonce`. The host and pid let a restarted process on the same machine
 * recognise a dead predecessor; the nonce keeps two app instances in one process apart.
 */
export interface OwnerId {
  host: string;
  pid: number;
  nonce: string;
}

export function formatOwner({ host, pid, nonce }: OwnerId): string {
  return `${host}:${pid}:${nonce}`;
}

/** null when `owner` is not of the `host:pid:nonce` form (then nobody can tell whether it lives). */
export function parseOwner(owner: string): OwnerId | null {
  // From the right: the nonce and pid never hold a colon, a host name might.
  const match = /^(.+):(\d+):([^:]+)$/.exec(owner);
  if (!match) return null;
  const pid = Number(match[2]);
  return Number.isSafeInteger(pid) && pid > 0 ? { host: match[1]!, pid, nonce: match[3]! } : null;
}

/**
 * The owners that are certainly dead: on this host, with a pid that no longer runs. Owners on other
 * hosts, or in a form we cannot read, keep their leases until they run out. Our own pid is alive by
 * definition (another app instance in this process), so it is never declared dead.
 */
export function deadPredecessors(
  owners: readonly string[],
  self: OwnerId,
  pidAlive: (pid: number) => boolean,
): string[] {
  return owners.filter((owner) => {
    const id = parseOwner(owner);
    return id !== null && id.host === self.host && id.pid !== self.pid && !pidAlive(id.pid);
  });
}
