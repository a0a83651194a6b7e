// `npm run bench`: latency, throughput, race safety and live fan-out of the real server,
// two API instances as separate processes sharing PostgreSQL and Redis.
import { cpus } from 'node:os';
import { formatInTimeZone } from 'date-fns-tz';
import { Redis } from 'ioredis';
import { constantRate, maxThroughput } from './available-slots.js';
import { bookingRace } from './booking-race.js';
import { closeClients, gql, signIn } from './client.js';
import { createBenchDatabase } from './database.js';
import { fanOut } from './fan-out.js';
import { startServer, type BenchServer } from './servers.js';
import { slotGeneration } from './slot-generation.js';
import { ms, summarize, verdict } from './stats.js';
import { lighthouseMobile } from './lighthouse.js';
import { bookingPageInteractiveMs, initialJavaScriptKb } from './web.js';
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const REDIS_URL = process.env.BENCH_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const HOURS = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
  { weekday, start: '09:00', end: '12:00' },
  { weekday, start: '13:00', end: '17:00' },
]);

async function requireRedis(): Promise<void> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
  } catch {
    throw new Error(`The fan-out benchmark needs Redis at ${REDIS_URL} (set BENCH_REDIS_URL).`);
  } finally {
    redis.disconnect();
  }
}

async function main(): Promise<boolean> {
  await requireRedis();
  if (!existsSync('web/dist/index.html')) execSync('npm run build', { stdio: 'inherit' });
  const database = await createBenchDatabase();
  const servers: BenchServer[] = [];
  try {
    const env = {
      NODE_ENV: 'development',
      AUTH_MODE: 'dev',
      DEV_TOKEN_SECRET: 'bench-secret-that-is-long-enough-to-be-accepted',
      DATABASE_URL: database.url,
      REDIS_URL,
      REDIS_CHANNEL_PREFIX: `bench-${process.pid}:`,
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      GRAPHIQL: 'false',
      DATABASE_POOL_SIZE: '20',
      // The load comes from one address; limits are not what is measured.
      RATE_LIMIT_PER_MINUTE: '0',
      WS_MAX_CONNECTIONS_PER_ADDRESS: '5000',
      WS_MAX_SUBSCRIPTIONS_PER_ADDRESS: '5000',
    };
    servers.push(await startServer(env));
    servers.push(await startServer(env));
    const urls = servers.map((server) => server.url);

    const provider = await signIn(urls[0]!, 'provider@example.com');
    await gql(
      urls[0]!,
      'mutation($input: UpdateAvailabilityInput!) { updateAvailability(input: $input) { __typename } }',
      { input: { weeklyHours: HOURS, slotMinutes: 30 } },
      provider,
    );
    // The benchmark's clients book and cancel far more than the default quotas let one person do.
    await gql(
      urls[0]!,
      'mutation($input: UpdateBookingPolicyInput!) { updateBookingPolicy(input: $input) { __typename } }',
      { input: { maxChangesPerClientPerDay: 1000, maxActiveAppointmentsPerClient: 100 } },
      provider,
    );
    const today = formatInTimeZone(new Date(), 'Europe/Luxembourg', 'yyyy-MM-dd');
    const until = formatInTimeZone(new Date(Date.now() + 62 * 86_400_000), 'Europe/Luxembourg', 'yyyy-MM-dd');
    await gql(
      urls[0]!,
      'mutation($from: String!, $to: String!) { generateSlots(input: { from: $from, to: $to }) { __typename } }',
      { from: today, to: until },
      provider,
    );
    const slots = (
      await gql<{ availableSlots: { id: string }[] }>(urls[0]!, 'query($f: DateTime!, $t: DateTime!) { availableSlots(from: $f, to: $t) { id } }', {
        f: new Date(Date.now() + 86_400_000).toISOString(),
        t: new Date(Date.now() + 60 * 86_400_000).toISOString(),
      })
    ).availableSlots.map((slot) => slot.id);

    console.error('warming up…');
    await constantRate(urls[0]!, 100, 3);
    console.error('availableSlots at 200 req/s…');
    const steady = await constantRate(urls[0]!, 200, 15);
    console.error('availableSlots, maximum throughput…');
    const peak = await maxThroughput(urls[0]!, 32, 10);
    console.error('booking races…');
    const race = await bookingRace(urls, database.url, slots.slice(0, 20), 50);
    console.error('fan-out to 1,000 subscribers…');
    const fan = await fanOut(urls, slots.slice(20, 60), 1_000, 30, 200);
    const rss = servers.map((server) => server.rssMb());
    console.error('web client…');
    const bundle = initialJavaScriptKb();
    const interactive = summarize(await bookingPageInteractiveMs(urls[0]!));
    console.error('Lighthouse, booking page, mobile…');
    const lighthouse = await lighthouseMobile(`${urls[0]!}/`);
    console.error('slot generation…');
    const generation = await slotGeneration(urls[0]!, provider, HOURS);

    const rows = [
      [
        'availableSlots, 4 weeks, 200 req/s open loop',
        `p50 ${ms(steady.p50)}, p90 ${ms(steady.p90)}, p99 ${ms(steady.p99)}, max ${ms(steady.max)}; ${steady.achieved.toFixed(0)} req/s, ${steady.errors} errors, ${steady.slotCount} slots per answer`,
        'p99 < 20 ms',
        verdict(steady.p99 < 20 && steady.errors === 0),
      ],
      [
        'availableSlots, 32 clients closed loop',
        `${peak.perSecond.toFixed(0)} req/s; p50 ${ms(peak.p50)}, p99 ${ms(peak.p99)}; ${peak.errors} errors`,
        'for reference',
        '',
      ],
      [
        `booking race, ${race.rounds} slots x ${race.racers} clients`,
        `p50 ${ms(race.p50)}, p99 ${ms(race.p99)}, max ${ms(race.max)}; rounds without exactly one winner: ${race.wrongOutcomes}; double bookings: ${race.doubleBookings}`,
        'zero double bookings',
        verdict(race.doubleBookings === 0 && race.wrongOutcomes === 0),
      ],
      [
        `booking-to-subscriber, ${fan.subscribers} subscribers on 2 instances`,
        `p50 ${ms(fan.p50)}, p90 ${ms(fan.p90)}, p99 ${ms(fan.p99)}, max ${ms(fan.max)}; ${fan.count} deliveries, ${fan.missing} missing`,
        'p99 < 250 ms',
        verdict(fan.p99 < 250 && fan.missing === 0),
      ],
      [
        'generateSlots, 366 days via GraphQL',
        `${ms(generation.first.ms)} (created ${generation.first.created}); re-run ${ms(generation.again.ms)} (skipped ${generation.again.skipped})`,
        'well under 1 s',
        verdict(generation.first.ms < 1000),
      ],
      ['slot computation, 366 days in-process', `median ${ms(generation.pureMedian)}`, '', ''],
      ['booking page, initial JavaScript (gzip)', `${bundle.kb.toFixed(1)} KB in ${bundle.files} files`, '< 250 KB', verdict(bundle.kb < 250)],
      [
        'booking page interactive (first free slot clickable), 5 cold loads',
        `p50 ${ms(interactive.p50)}, max ${ms(interactive.max)}`,
        '< 2 s',
        verdict(interactive.max < 2000),
      ],
      [
        'booking page, Lighthouse mobile (median of 3)',
        `performance ${lighthouse.performance} (LCP ${ms(lighthouse.lcpMs)}, TBT ${ms(lighthouse.tbtMs)}, CLS ${lighthouse.cls.toFixed(3)}), accessibility ${lighthouse.accessibility}${lighthouse.failedAccessibility.length ? ` (failing: ${lighthouse.failedAccessibility.join(', ')})` : ''}`,
        'performance >= 90, accessibility 100',
        verdict(lighthouse.performance >= 90 && lighthouse.accessibility === 100),
      ],
      ['server memory after fan-out', rss.map((mb, i) => `instance ${i + 1}: ${mb.toFixed(0)} MB RSS`).join(', '), '', ''],
    ];
    console.log(
      `\nSlotline benchmark, ${new Date().toISOString().slice(0, 10)}: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, PostgreSQL ${database.version}\n`,
    );
    console.log('| measurement | result | target | |\n| --- | --- | --- | --- |');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    return race.doubleBookings === 0 && race.wrongOutcomes === 0 && fan.missing === 0;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await closeClients();
    await database.drop();
  }
}

main().then(
  (correct) => process.exit(correct ? 0 : 1),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
