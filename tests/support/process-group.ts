import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessInfo {
  pid: number;
  state: string;
  cmdline: string;
}

/** Every process (zombies included) whose process group is `pgid`, read from /proc. */
export function processGroup(pgid: number): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) !== pgid) continue;
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim();
      found.push({ pid: Number(name), state: state!, cmdline });
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}
