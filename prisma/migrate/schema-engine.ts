import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
} from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { createRequire } from 'node:module';
import pg from 'pg';

export const SCHEMA_PATH = fileURLToPath(new URL('../schema.prisma', import.meta.url));

/** Connection settings as separate fields: with a URL, PrismaPg would run shadow work on the real database. */
function connectionFields(databaseUrl: string): pg.PoolConfig {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username || 'postgres'),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1) || 'postgres'),
  };
}

const CHAR_OID = 18;
const TEXT_OID = 25;
const CHARACTER_COLUMN = ColumnTypeEnum.Character;

// Which columns of a result (keyed by its rows array, which the adapter passes on) were "char".
const charColumns = new WeakMap<unknown[], number[]>();

/**
 * The driver adapter has no mapping for PostgreSQL's internal "char" type (OID 18), which
 * the engine reads from the catalogs (and panics on, unmapped). Let the adapter read such
 * columns as text, then tell the engine their real type (see withCharColumns).
 */
function charAsText<Result>(result: Result): Result {
  const { fields, rows } = result as { fields?: { dataTypeID: number }[]; rows?: unknown[] };
  const indexes: number[] = [];
  fields?.forEach((field, index) => {
    if (field.dataTypeID !== CHAR_OID) return;
    field.dataTypeID = TEXT_OID;
    indexes.push(index);
  });
  if (indexes.length > 0 && rows) charColumns.set(rows, indexes);
  return result;
}

function withCharColumns<Queryable extends SqlQueryable>(queryable: Queryable): Queryable {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumns.get(result.rows) ?? []) result.columnTypes[index] = CHARACTER_COLUMN;
    return result;
  };
  return queryable;
}

async function engineAdapter(connection: Promise<SqlDriverAdapter>): Promise<SqlDriverAdapter> {
  const adapter = withCharColumns(await connection);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => withCharColumns(await startTransaction(...args));
  return adapter;
}

/** Every query of its clients (pool.query uses them too) reports "char" columns as text. */
class CatalogFriendlyPool extends pg.Pool {
  override connect(...args: unknown[]): never {
    const callback = args[0] as ((error: Error | undefined, client?: pg.PoolClient, done?: () => void) => void) | undefined;
    const connect = super.connect.bind(this) as (...a: unknown[]) => unknown;
    if (callback) {
      return connect((error: Error | undefined, client: pg.PoolClient, done: () => void) => callback(error, client && withCharAsText(client), done)) as never;
    }
    return (connect() as Promise<pg.PoolClient>).then(withCharAsText) as never;
  }
}

function withCharAsText(client: pg.PoolClient): pg.PoolClient {
  const marked = client as pg.PoolClient & { charAsText?: boolean };
  if (marked.charAsText) return client;
  marked.charAsText = true;
  const query = client.query.bind(client) as (...a: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (error: Error | undefined, result: unknown) => (last as (e?: Error, r?: unknown) => void)(error, result && charAsText(result));
      return query(...args);
    }
    const result = query(...args) as Promise<unknown> | undefined;
    return result?.then(charAsText);
  }) as never;
  return client;
}

/**
 * An adapter factory whose shadow database we create and drop ourselves (WITH (FORCE), so
 * that lingering connections cannot leave it behind).
 */
function adapterFactory(databaseUrl: string): SqlMigrationAwareDriverAdapterFactory {
  const config = connectionFields(databaseUrl);
  const main = new PrismaPg(new CatalogFriendlyPool(config));
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => engineAdapter(main.connect()),
    async connectToShadowDb() {
      const name = `${config.database}_shadow_${randomUUID().slice(0, 8)}`;
      const admin = new pg.Client(config);
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const pool = new CatalogFriendlyPool({ ...config, database: name });
      pool.on('error', () => {}); // its connections are closed on purpose below
      const shadow = await engineAdapter(new PrismaPg(pool).connect());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await pool.end();
        const cleaner = new pg.Client(config);
        await cleaner.connect();
        await cleaner.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await cleaner.end();
      };
      return shadow;
    },
  };
}

let loaded: Promise<void> | null = null;

/** The package imports its .wasm as an ES module, which Node 20 cannot; instantiate it by hand. */
function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    // The engine's panic hook calls this global and would throw without it; the panic itself
    // then surfaces as the failing call's error.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = { set_message: () => {} };
    const wasmPath = createRequire(import.meta.url)
      .resolve('@prisma/schema-engine-wasm/schema_engine_bg')
      .replace(/\.js$/, '.wasm');
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { './schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return loaded;
}

export async function openSchemaEngine(databaseUrl: string): Promise<SchemaEngine> {
  await loadWasm();
  const schema = readFileSync(SCHEMA_PATH, 'utf8');
  const adapter = bindMigrationAwareSqlAdapterFactory(adapterFactory(databaseUrl));
  return bindings.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, (message: string) => process.env.DEBUG && console.error(message), adapter);
}
