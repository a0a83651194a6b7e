import { Gauge, type Registry } from 'prom-client';
import type { Logger } from '../logger.js';

const READ_TIMEOUT_MS = 2_000;

export interface ScrapedGauge<Row> {
  name: string;
  help: string;
  labelNames?: string[];
  /** Sets the gauge's values from the row read for this scrape. */
  update: (gauge: Gauge, row: Row) => void;
}

/**
 * Gauges filled together by one read (one query) at scrape time. A read that fails or hangs
 * (database down) is logged and these gauges then have no sample in that scrape: the scrape
 * still answers with every other metric, and a missing reading is never mistaken for zero.
 */
export function registerScrapedGauges<Row>(registry: Registry, logger: Logger, collector: string, read: () => Promise<Row>, gauges: ScrapedGauge<Row>[]): void {
  let pending: Promise<Row | null> | null = null;
  // The gauges of one scrape are collected in the same tick, so they share one read.
  const snapshot = (): Promise<Row | null> => {
    pending ??= withTimeout(read(), READ_TIMEOUT_MS)
      .catch((error: Error) => {
        logger.warn({ err: error.message, collector }, 'metrics collector failed; its metrics are left out of this scrape');
        return null;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };
  for (const { name, help, labelNames = [], update } of gauges) {
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        const row = await snapshot();
        this.reset();
        if (row) update(this, row);
        // An unlabelled gauge keeps a value even after reset; removing it leaves no sample.
        else if (labelNames.length === 0) this.remove();
      },
    });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
