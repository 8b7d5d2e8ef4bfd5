/**
 * A throwaway PostgreSQL server for the tests: Debian's `postgresql` binaries, `initdb` into a temp
 * folder (trust auth, UTF8), `pg_ctl start` on a free port of 127.0.0.1 with its socket in that
 * folder. As root the binaries run as the `postgres` user (the server refuses to run as root).
 * One server per test run (see postgres-global-setup.ts); each test gets a database of its own.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** What tests need to reach the server (vitest `provide`/`inject` carries it). */
export interface PostgresServerInfo {
  host: string;
  port: number;
  user: string;
}

export interface PostgresServer extends PostgresServerInfo {
  /** Stops the server and removes its folder; safe to call twice. */
  stop(): void;
}

const SUPERUSER = 'postgres';

/** The folder holding initdb and pg_ctl, or null. */
export function findPostgresBinaries(): string | null {
  const candidates: string[] = [];
  try {
    candidates.push(
      execFileSync('pg_config', ['--bindir'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim(),
    );
  } catch {
    // No pg_config on the PATH: try Debian's layout.
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(debian, v, 'bin')));
  }
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) ?? null;
}

function missingBinariesMessage(): string {
  return process.env.CI === 'true'
    ? 'PostgreSQL binaries (initdb, pg_ctl) not found on this CI machine: .ci/run must install the postgresql package'
    : 'PostgreSQL binaries (initdb, pg_ctl) not found: the store tests need them. Install them with: apt-get install postgresql';
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Runs a PostgreSQL binary, as the postgres user when we are root; throws with its output on failure. */
function runAsOwner(bin: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [command, argv] = asRoot ? ['runuser', ['-u', SUPERUSER, '--', bin, ...args]] : [bin, args];
  const result = spawnSync(command, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(
      `${bin} ${args.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout || result.error}`,
    );
  }
}

export async function startPostgres(): Promise<PostgresServer> {
  const bindir = findPostgresBinaries();
  if (!bindir) throw new Error(missingBinariesMessage());
  const dir = mkdtempSync(join(tmpdir(), 'mawjaz-pg-'));
  const data = join(dir, 'data');
  const socketDir = join(dir, 'sock');
  mkdirSync(socketDir);
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', SUPERUSER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', SUPERUSER], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
    chownSync(socketDir, uid, gid);
  }
  let running = false;
  const stop = () => {
    if (running) {
      running = false;
      try {
        runAsOwner(join(bindir, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate', '-w']);
      } catch {
        // Already gone: nothing left to stop.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    runAsOwner(join(bindir, 'initdb'), [
      '-D',
      data,
      '-U',
      SUPERUSER,
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    // Durability is not under test here: no fsync makes every commit cheap.
    const settings = [
      '-c listen_addresses=127.0.0.1',
      `-k ${socketDir}`,
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=300',
    ];
    // Another process may take the port between our probe and the server's bind: try a few.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      try {
        runAsOwner(join(bindir, 'pg_ctl'), [
          'start',
          '-D',
          data,
          '-w',
          '-t',
          '60',
          '-l',
          join(dir, 'server.log'),
          '-o',
          `${settings.join(' ')} -p ${port}`,
        ]);
        running = true;
        return { host: '127.0.0.1', port, user: SUPERUSER, stop };
      } catch (error) {
        if (attempt >= 3) {
          const log = existsSync(join(dir, 'server.log'))
            ? readFileSync(join(dir, 'server.log'), 'utf8')
            : '';
          throw new Error(`${(error as Error).message}\n${log}`, { cause: error });
        }
      }
    }
  } catch (error) {
    stop();
    throw error;
  }
}

export function postgresUrl(server: PostgresServerInfo, database: string): string {
  return `postgres://${server.user}@${server.host}:${server.port}/${database}`;
}

/** Runs one statement on the server's maintenance database. */
async function admin(server: PostgresServerInfo, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl(server, 'postgres') });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

let databases = 0;

/** A new empty database (copied from template0, which nobody connects to); returns its URL and a dropper. */
export async function createDatabase(
  server: PostgresServerInfo,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `mawjaz_${process.pid}_${++databases}_${Math.random().toString(36).slice(2, 8)}`;
  // FILE_COPY: with fsync off a copy of the small template beats writing it all to the WAL.
  await admin(server, `CREATE DATABASE ${name} TEMPLATE template0 STRATEGY FILE_COPY`);
  return {
    url: postgresUrl(server, name),
    drop: () => admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
