import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../test/parse-csv.js';
import { createUser, startUseCaseHarness, type UseCaseHarness } from '../../test/use-case-harness.js';
import { exportAppointments, isExportFormat } from './export-appointments.js';

let harness: UseCaseHarness;

// Around the spring change in Luxembourg: 2026-03-29 has 23 hours there.
const STARTS = [
  '2026-03-28T22:30:00.000Z', // 23:30 on the 28th: before the period
  '2026-03-28T23:30:00.000Z', // 00:30 on the 29th, winter time
  '2026-03-29T21:00:00.000Z', // 23:00 on the 29th, summer time
  '2026-03-29T22:00:00.000Z', // 00:00 on the 30th: after the period
];
const PERIOD = { from: { year: 2026, month: 3, day: 29 }, to: { year: 2026, month: 3, day: 29 } };

beforeAll(async () => {
  harness = await startUseCaseHarness();
  const client = await createUser(harness.prisma, { name: 'Zoé Müller', email: 'zoe@example.com' });
  for (const [index, start] of STARTS.entries()) {
    const startTime = new Date(start);
    const endTime = new Date(startTime.getTime() + 30 * 60_000);
    const slot = await harness.prisma.timeSlot.create({ data: { startTime, endTime } });
    await harness.prisma.appointment.create({
      data: {
        userId: client.id,
        slotId: slot.id,
        startTime,
        endTime,
        notes: `note ${index}`,
        status: index === 2 ? 'CANCELLED' : 'SCHEDULED',
        cancelReason: index === 2 ? 'Ill' : null,
      },
    });
  }
});
afterAll(() => harness?.stop());

describe('exportAppointments', () => {
  it('lists the appointments starting on the local dates of the period, in the provider’s zone, as CSV', async () => {
    const { outcome, file } = await exportAppointments(harness.deps, { period: PERIOD, format: 'csv' });
    expect(outcome).toBe('exported');
    expect(file).toMatchObject({ filename: 'appointments-2026-03-29-to-2026-03-29.csv', contentType: 'text/csv; charset=utf-8', count: 2 });
    const rows = parseCsv(file.body.toString('utf8').replace(/^\uFEFF/, ''));
    expect(rows.slice(1).map((row) => row.slice(0, 8))).toEqual([
      ['2026-03-29', '00:30', '01:00', 'scheduled', 'Zoé Müller', 'zoe@example.com', 'note 1', ''],
      ['2026-03-29', '23:00', '23:30', 'cancelled', 'Zoé Müller', 'zoe@example.com', 'note 2', 'Ill'],
    ]);
  });

  it('follows the provider’s zone when it changes', async () => {
    await harness.prisma.providerSettings.create({ data: { id: 1, timezone: 'UTC' } });
    try {
      const { file } = await exportAppointments(harness.deps, { period: PERIOD, format: 'csv' });
      expect(file.count).toBe(2);
      const rows = parseCsv(file.body.toString('utf8').replace(/^\uFEFF/, ''));
      expect(rows.slice(1).map((row) => row[1])).toEqual(['21:00', '22:00']);
    } finally {
      await harness.prisma.providerSettings.deleteMany({});
    }
  });

  it('makes the same list a PDF', async () => {
    const { file } = await exportAppointments(harness.deps, { period: PERIOD, format: 'pdf' });
    expect(file).toMatchObject({ filename: 'appointments-2026-03-29-to-2026-03-29.pdf', contentType: 'application/pdf', count: 2 });
    expect(file.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('exports an empty period as a file without rows', async () => {
    const { file } = await exportAppointments(harness.deps, {
      period: { from: { year: 2027, month: 1, day: 1 }, to: { year: 2027, month: 1, day: 31 } },
      format: 'csv',
    });
    expect(file.count).toBe(0);
    expect(parseCsv(file.body.toString('utf8').replace(/^\uFEFF/, ''))).toHaveLength(1);
  });
});

describe('isExportFormat', () => {
  it('knows csv and pdf only', () => {
    expect(['csv', 'pdf', 'CSV', 'xlsx', '', 'csv '].map(isExportFormat)).toEqual([true, true, false, false, false, false]);
  });
});
