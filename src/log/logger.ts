import { Writable } from 'node:stream';
import pino, { type Logger, type LevelWithSilent } from 'pino';

export type { Logger } from 'pino';

/** Replaces every occurrence of each secret in `text`. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  return secrets.reduce((out, secret) => (secret ? out.split(secret).join('[redacted]') : out), text);
}

/**
 * JSON logger. The token is redacted twice: by pino's `redact` paths for fields that hold it, and on
 * every written line, because telegraf puts it inside request URLs of network errors.
 */
export function createLogger(options: {
  level: LevelWithSilent;
  secrets: readonly string[];
  write?: (line: string) => void;
}): Logger {
  const write = options.write ?? ((line: string) => process.stdout.write(line));
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      write(scrubSecrets(chunk.toString('utf8'), options.secrets));
      done();
    },
  });
  return pino(
    {
      level: options.level,
      base: undefined,
      redact: { paths: ['token', '*.token', 'config.token', 'telegram.token'], censor: '[redacted]' },
    },
    destination,
  );
}
