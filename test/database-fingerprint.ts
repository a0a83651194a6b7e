import { withDatabase } from './test-database.js';

// What two databases must share to count as the same: every table's rows, and the schema around them.

export interface TableState {
  rows: number;
  checksum: string;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Row count and a checksum of the rows of every table in schema public. */
export function tableStates(url: string): Promise<Record<string, TableState>> {
  return withDatabase(url, async (db) => {
    const tables = (await db.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).rows;
    const states: Record<string, TableState> = {};
    for (const { name } of tables) {
      const { rows } = await db.query<TableState>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS checksum FROM public.${quote(name)} t`,
      );
      states[name] = rows[0]!;
    }
    return states;
  });
}

/** Columns, indexes, constraints, sequences' positions and extensions: what a restore must bring back besides the rows. */
export function structure(url: string): Promise<Record<string, string[]>> {
  return withDatabase(url, async (db) => {
    const lines = async (sql: string) => (await db.query<{ line: string }>(sql)).rows.map((row) => row.line);
    return {
      columns: await lines(`SELECT concat_ws(' ', table_name, column_name, data_type, is_nullable, column_default) AS line
        FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`),
      indexes: await lines("SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname"),
      // A CHECK's text is re-printed from its parsed form, with other parentheses and casts: only its name counts.
      constraints: await lines(`SELECT concat_ws(' ', c.conrelid::regclass::text, c.conname, c.contype,
          CASE WHEN c.contype <> 'c' THEN pg_get_constraintdef(c.oid) END) AS line
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' ORDER BY 1`),
      sequences: await lines("SELECT concat_ws(' ', sequencename, last_value) AS line FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1"),
      types: await lines(`SELECT concat_ws(' ', t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)) AS line
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY 1`),
      extensions: await lines('SELECT extname AS line FROM pg_extension ORDER BY 1'),
    };
  });
}
