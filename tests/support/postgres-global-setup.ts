/** vitest globalSetup: one PostgreSQL server for the whole run, stopped and removed at teardown. */
import type { TestProject } from 'vitest/node';
import { startPostgres, type PostgresServerInfo } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: PostgresServerInfo;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const server = await startPostgres();
  // A run killed before teardown still stops the server and removes its folder.
  const onExit = () => server.stop();
  process.once('exit', onExit);
  project.provide('postgres', { host: server.host, port: server.port, user: server.user });
  return () => {
    process.off('exit', onExit);
    server.stop();
  };
}
