import type { Logger } from './logger.js';

/**
 * What the process does with a failure nobody caught. A rejected promise belongs to one
 * operation (a request, a job, a publish): it is logged and counted, and the process serves
 * on. An uncaught exception may have left shared state half-changed: the process stops as
 * cleanly as it can, within `graceMs`, and exits non-zero so that the orchestrator starts a
 * fresh one.
 */
export function installCrashPolicy(logger: Logger, stop: () => Promise<void>, graceMs = 10_000): { unhandledRejections: number } {
  const stats = { unhandledRejections: 0 };
  process.on('unhandledRejection', (reason) => {
    stats.unhandledRejections++;
    logger.error({ err: reason }, 'unhandled promise rejection; carrying on');
  });
  let exiting = false;
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception; stopping so that a fresh process takes over');
    if (exiting) return;
    exiting = true;
    setTimeout(() => process.exit(1), graceMs).unref();
    void stop().finally(() => process.exit(1));
  });
  return stats;
}
