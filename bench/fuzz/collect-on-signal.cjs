'use strict';
/* global process */
// Preloaded into the bot by the fuzz run (`node --expose-gc --require …/collect-on-signal.cjs`), never
// by production: on SIGUSR2 a full collection, then a line on stderr. A memory reading taken after it
// sees only what is still reachable, so its trend does not hang on when the collector happened to run
// (which a loaded machine delays).
process.on('SIGUSR2', () => {
  globalThis.gc();
  process.stderr.write('fuzz: collected\n');
});
