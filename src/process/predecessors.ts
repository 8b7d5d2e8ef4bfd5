import type { Logger } from 'pino';
import type { LeaseStore } from '../store/store.js';
import { deadPredecessors, type OwnerId } from './owner.js';

/** Whether a process with this pid exists (EPERM: it does, under another user). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * At start: gives up the leases of earlier processes on this host that died without a clean stop
 * (SIGKILL, OOM, power cut of the process), so their jobs and the polling lease are taken up at
 * once instead of after their lease runs out. Returns the owners released.
 */
export async function releaseDeadPredecessors(deps: {
  leases: LeaseStore;
  self: OwnerId;
  pidAlive: (pid: number) => boolean;
  log: Logger;
}): Promise<string[]> {
  const dead = deadPredecessors(await deps.leases.owners(), deps.self, deps.pidAlive);
  for (const owner of dead) {
    const released = await deps.leases.releaseAll(owner);
    deps.log.info({ owner, released }, 'released the leases of a dead predecessor');
  }
  return dead;
}
