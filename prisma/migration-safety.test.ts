import { describe, expect, it } from 'vitest';
import { readMigrations } from './migrate/migrations-folder.js';
import { contractStatements, isMarkedContract } from '../test/production/migration-rules.js';

// Migrations written before the first release, when no older version could be running alongside.
// Applied migrations never change (their checksum is recorded), so these stay as they are.
const BEFORE_FIRST_RELEASE = new Set([
  '20261124140000_init',
  '20261124150000_notifications_and_calendars',
  '20261124155427_api_keys',
  '20261124160251_booking_rules_and_date_overrides',
  '20261124160743_provider_profile',
  '20261124225133_oauth_states',
  '20261124225646_client_quotas',
  '20261124231942_slot_events',
  '20261124233226_email_delivery_guarantees',
]);

describe('migrations are safe to apply while the previous release runs (docs/upgrades.md)', () => {
  it('expand only, unless marked as a contract step with its reason', () => {
    const unsafe = readMigrations()
      .filter((migration) => !BEFORE_FIRST_RELEASE.has(migration.name) && !isMarkedContract(migration.sql))
      .flatMap((migration) => contractStatements(migration.sql).map((finding) => `${migration.name}: ${finding.statement} (${finding.why})`));
    expect(unsafe).toEqual([]);
  });

  it('tells expand statements from contract statements', () => {
    const expand = `-- A nullable column, a column with a default, a table, an index.
      SET LOCAL lock_timeout = '5s';
      ALTER TABLE "Appointment" ADD COLUMN "note" TEXT;
      ALTER TABLE "Appointment" ADD COLUMN "priority" INTEGER NOT NULL DEFAULT 0;
      CREATE TABLE "Probe" ("id" SERIAL NOT NULL, "name" TEXT NOT NULL, CONSTRAINT "Probe_pkey" PRIMARY KEY ("id"));
      CREATE INDEX "Appointment_note_idx" ON "Appointment"("note");
      ALTER TYPE "DeliveryStatus" ADD VALUE 'HELD';
      -- DROP COLUMN in a comment is not a statement`;
    expect(contractStatements(expand)).toEqual([]);

    const contract = [
      'ALTER TABLE "Appointment" DROP COLUMN "notes"',
      'DROP TABLE "Probe"',
      'ALTER TABLE "Appointment" RENAME COLUMN "notes" TO "details"',
      'ALTER TABLE "Probe" RENAME TO "Sample"',
      'ALTER TABLE "Notification" ALTER COLUMN "appointmentStart" SET NOT NULL',
      'ALTER TABLE "Appointment" ALTER COLUMN "notes" TYPE VARCHAR(500)',
      'ALTER TABLE "Appointment" ALTER COLUMN "notes" SET DATA TYPE VARCHAR(500)',
      'ALTER TABLE "Appointment" ADD COLUMN "priority" INTEGER NOT NULL',
      'DROP TYPE "MailBreakerState"',
    ];
    for (const statement of contract) expect(contractStatements(`${statement};`), statement).toHaveLength(1);
  });

  it('accepts a contract step marked with its reason, and only with one', () => {
    expect(isMarkedContract('-- contract: no release since 0.4 writes "notes"\nALTER TABLE "Appointment" DROP COLUMN "notes";')).toBe(true);
    expect(isMarkedContract('-- contract:\nALTER TABLE "Appointment" DROP COLUMN "notes";')).toBe(false);
    expect(isMarkedContract('ALTER TABLE "Appointment" DROP COLUMN "notes";')).toBe(false);
  });
});
