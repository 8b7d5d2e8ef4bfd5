import { existsSync } from 'node:fs';
import { parseConfig, type Config } from './schema.js';

/**
 * Reads the environment (and `.env` when present, without overriding what is already set).
 * On a bad variable: prints one line naming it and exits 1, with no stack.
 */
export function loadConfigOrExit(envFile = '.env'): Config {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const result = parseConfig(process.env);
  if (result.ok) return result.config;
  process.stderr.write(`${result.error}\n`);
  process.exit(1);
}
