import { describe, expect, it } from 'vitest';
import { addDays, parseLocalDate } from './local-date.js';
import { steadyOffsetOn, zonedWallClockToUtc } from './time-zone.js';
import { generateSlotTimes, generationRangeProblem, MAX_GENERATION_DAYS } from './slot-generation.js';
import { parseWeeklyHours } from './weekly-hours.js';

const LUXEMBOURG = 'Europe/Luxembourg';
const weekdaysNineToFive = parseWeeklyHours(
  [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, start: '09:00', end: '12:00' },
    { weekday, start: '13:00', end: '17:00' },
  ]),
).intervals;

function date(text: string) {
  const parsed = parseLocalDate(text);
  if (!parsed) throw new Error(`bad date ${text}`);
  return parsed;
}

function slotsOn(day: string, weeklyHours = weekdaysNineToFive, timezone = LUXEMBOURG) {
  return generateSlotTimes({ timezone, slotMinutes: 30, weeklyHours }, date(day), date(day)).map((slot) => [
    slot.startTime.toISOString(),
    slot.endTime.toISOString(),
  ]);
}

describe('generateSlotTimes', () => {
  it('lays out 30-minute slots in each interval, leaving the lunch break free', () => {
    const slots = slotsOn('2027-01-11'); // a Monday in winter (UTC+1)
    expect(slots).toHaveLength(14);
    expect(slots[0]).toEqual(['2027-01-11T08:00:00.000Z', '2027-01-11T08:30:00.000Z']);
    expect(slots[5]).toEqual(['2027-01-11T10:30:00.000Z', '2027-01-11T11:00:00.000Z']);
    expect(slots[6]).toEqual(['2027-01-11T12:00:00.000Z', '2027-01-11T12:30:00.000Z']);
    expect(slots.at(-1)).toEqual(['2027-01-11T15:30:00.000Z', '2027-01-11T16:00:00.000Z']);
  });

  it('produces nothing on days without hours', () => {
    expect(slotsOn('2027-01-16')).toEqual([]); // Saturday
  });

  it('keeps 09:00 local across the spring change (2027-03-28, UTC+1 to UTC+2)', () => {
    const friday = slotsOn('2027-03-26');
    const monday = slotsOn('2027-03-29');
    expect(friday[0]?.[0]).toBe('2027-03-26T08:00:00.000Z');
    expect(monday[0]?.[0]).toBe('2027-03-29T07:00:00.000Z');
    expect(monday).toHaveLength(14);
  });

  it('keeps 09:00 local across the autumn change (2027-10-31, UTC+2 to UTC+1)', () => {
    const friday = slotsOn('2027-10-29');
    const monday = slotsOn('2027-11-01');
    expect(friday[0]?.[0]).toBe('2027-10-29T07:00:00.000Z');
    expect(monday[0]?.[0]).toBe('2027-11-01T08:00:00.000Z');
    expect(monday).toHaveLength(14);
  });

  it('skips wall-clock times that do not exist on the spring change day', () => {
    const night = parseWeeklyHours([{ weekday: 7, start: '01:00', end: '04:00' }]).intervals;
    const slots = slotsOn('2027-03-28', night);
    // 02:00 and 02:30 do not exist that night in Luxembourg.
    expect(slots.map(([start]) => start)).toEqual([
      '2027-03-28T00:00:00.000Z',
      '2027-03-28T00:30:00.000Z',
      '2027-03-28T01:00:00.000Z', // 03:00 CEST
      '2027-03-28T01:30:00.000Z',
    ]);
  });

  it('produces non-overlapping slots on the autumn change day, using the first 02:00', () => {
    const night = parseWeeklyHours([{ weekday: 7, start: '01:00', end: '04:00' }]).intervals;
    const slots = slotsOn('2027-10-31', night);
    expect(slots.map(([start]) => start)).toEqual([
      '2027-10-30T23:00:00.000Z', // 01:00 CEST
      '2027-10-30T23:30:00.000Z',
      '2027-10-31T00:00:00.000Z', // 02:00 CEST, the first of the two
      '2027-10-31T00:30:00.000Z',
      '2027-10-31T02:00:00.000Z', // 03:00 CET
      '2027-10-31T02:30:00.000Z',
    ]);
    for (let i = 1; i < slots.length; i++) expect(slots[i]![0]! >= slots[i - 1]![1]!).toBe(true);
  });

  it('only produces whole slots that fit in an interval', () => {
    const odd = parseWeeklyHours([{ weekday: 1, start: '09:00', end: '10:45' }]).intervals;
    expect(slotsOn('2027-01-11', odd)).toHaveLength(3);
  });

  it('covers a whole year in the provider zone', () => {
    const slots = generateSlotTimes({ timezone: LUXEMBOURG, slotMinutes: 30, weeklyHours: weekdaysNineToFive }, date('2027-01-01'), date('2027-12-31'));
    expect(slots).toHaveLength(261 * 14); // 261 weekdays in 2027
  });
});

describe('steady offsets', () => {
  it('agree with the exact conversion on every day of a year, in zones east and west of UTC', () => {
    for (const zone of ['Europe/Luxembourg', 'America/Santiago', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'America/St_Johns']) {
      for (let offset = 0; offset < 366; offset++) {
        const day = addDays(date('2027-01-01'), offset);
        const steady = steadyOffsetOn(day, zone);
        if (steady === null) continue;
        for (const minute of [0, 9 * 60, 23 * 60 + 30]) {
          const expected = Date.UTC(day.year, day.month - 1, day.day) + (minute - steady) * 60_000;
          expect(zonedWallClockToUtc(day, minute, zone)?.getTime(), `${zone} +${offset} days, minute ${minute}`).toBe(expected);
        }
      }
    }
  });
});

describe('date overrides and buffers', () => {
  it('replace the weekly hours on their dates, and keep free time after each slot', () => {
    const rules = {
      timezone: LUXEMBOURG,
      slotMinutes: 30,
      bufferMinutes: 10,
      weeklyHours: weekdaysNineToFive,
      dateOverrides: new Map([
        ['2027-01-11', []],
        ['2027-01-12', [{ startMinute: 14 * 60, endMinute: 15 * 60 + 10 }]],
      ]),
    };
    const slots = generateSlotTimes(rules, date('2027-01-11'), date('2027-01-13')).map((slot) => slot.startTime.toISOString());
    expect(slots.filter((start) => start.startsWith('2027-01-11'))).toEqual([]);
    expect(slots.filter((start) => start.startsWith('2027-01-12'))).toEqual(['2027-01-12T13:00:00.000Z', '2027-01-12T13:40:00.000Z']);
    expect(slots.filter((start) => start.startsWith('2027-01-13')).slice(0, 3)).toEqual([
      '2027-01-13T08:00:00.000Z',
      '2027-01-13T08:40:00.000Z',
      '2027-01-13T09:20:00.000Z',
    ]);
  });
});

describe('date overrides', () => {
  const starts = (rules: Parameters<typeof generateSlotTimes>[0], day: string) =>
    generateSlotTimes(rules, date(day), date(day)).map((slot) => slot.startTime.toISOString());

  it('open a day without weekly hours, with a break between two intervals', () => {
    const rules = {
      timezone: LUXEMBOURG,
      slotMinutes: 60,
      weeklyHours: weekdaysNineToFive,
      dateOverrides: new Map([
        [
          '2027-01-16',
          [
            { startMinute: 9 * 60, endMinute: 11 * 60 },
            { startMinute: 14 * 60, endMinute: 15 * 60 },
          ],
        ],
      ]),
    };
    expect(starts(rules, '2027-01-16')).toEqual(['2027-01-16T08:00:00.000Z', '2027-01-16T09:00:00.000Z', '2027-01-16T13:00:00.000Z']);
    expect(starts(rules, '2027-01-17')).toEqual([]); // the Sunday after keeps its weekly (no) hours
  });

  it('close a working day, and leave the days around it alone', () => {
    const rules = { timezone: LUXEMBOURG, slotMinutes: 30, weeklyHours: weekdaysNineToFive, dateOverrides: new Map([['2027-01-12', []]]) };
    expect(starts(rules, '2027-01-12')).toEqual([]);
    expect(starts(rules, '2027-01-11')).toHaveLength(14);
    expect(starts(rules, '2027-01-13')).toHaveLength(14);
  });

  it('follow the wall clock on the spring change day 2026-03-29, leaving out the hour that does not exist', () => {
    const rules = {
      timezone: LUXEMBOURG,
      slotMinutes: 60,
      weeklyHours: [],
      dateOverrides: new Map([['2026-03-29', [{ startMinute: 60, endMinute: 5 * 60 }]]]),
    };
    expect(starts(rules, '2026-03-29')).toEqual([
      '2026-03-29T00:00:00.000Z', // 01:00 CET
      '2026-03-29T01:00:00.000Z', // 03:00 CEST; 02:00 does not exist
      '2026-03-29T02:00:00.000Z', // 04:00 CEST
    ]);
  });

  it('follow the wall clock on the autumn change day 2026-10-25, without overlapping slots', () => {
    const rules = {
      timezone: LUXEMBOURG,
      slotMinutes: 60,
      weeklyHours: [],
      dateOverrides: new Map([['2026-10-25', [{ startMinute: 60, endMinute: 4 * 60 }]]]),
    };
    expect(starts(rules, '2026-10-25')).toEqual([
      '2026-10-24T23:00:00.000Z', // 01:00 CEST
      '2026-10-25T00:00:00.000Z', // the first 02:00 (CEST)
      '2026-10-25T02:00:00.000Z', // 03:00 CET
    ]);
  });
});

describe('2026 in Luxembourg', () => {
  it('keeps 09:00 local on the weekdays around both changes (2026-03-29 and 2026-10-25)', () => {
    expect(slotsOn('2026-03-27')[0]?.[0]).toBe('2026-03-27T08:00:00.000Z');
    expect(slotsOn('2026-03-30')[0]?.[0]).toBe('2026-03-30T07:00:00.000Z');
    expect(slotsOn('2026-10-23')[0]?.[0]).toBe('2026-10-23T07:00:00.000Z');
    expect(slotsOn('2026-10-26')[0]?.[0]).toBe('2026-10-26T08:00:00.000Z');
  });

  it('lays out a Sunday break on each change day the same as on any Sunday', () => {
    const sunday = parseWeeklyHours([
      { weekday: 7, start: '09:00', end: '10:00' },
      { weekday: 7, start: '11:00', end: '12:00' },
    ]).intervals;
    expect(slotsOn('2026-03-29', sunday).map(([start]) => start)).toEqual([
      '2026-03-29T07:00:00.000Z',
      '2026-03-29T07:30:00.000Z',
      '2026-03-29T09:00:00.000Z',
      '2026-03-29T09:30:00.000Z',
    ]);
    expect(slotsOn('2026-10-25', sunday).map(([start]) => start)).toEqual([
      '2026-10-25T08:00:00.000Z',
      '2026-10-25T08:30:00.000Z',
      '2026-10-25T10:00:00.000Z',
      '2026-10-25T10:30:00.000Z',
    ]);
  });

  it('lays out one slot per wall-clock hour: 23 on the spring change day, 24 in autumn, the repeated hour once', () => {
    const allDay = parseWeeklyHours([{ weekday: 7, start: '00:00', end: '24:00' }]).intervals;
    const rules = { timezone: LUXEMBOURG, slotMinutes: 60, weeklyHours: allDay };
    expect(generateSlotTimes(rules, date('2026-03-29'), date('2026-03-29'))).toHaveLength(23);
    const autumn = generateSlotTimes(rules, date('2026-10-25'), date('2026-10-25'));
    expect(autumn).toHaveLength(24);
    for (let i = 1; i < autumn.length; i++) expect(autumn[i]!.startTime >= autumn[i - 1]!.endTime).toBe(true);
  });
});

describe('generationRangeProblem', () => {
  it('takes one day up to a year and a day', () => {
    expect(generationRangeProblem(date('2027-01-01'), date('2027-01-01'))).toBeNull();
    expect(generationRangeProblem(date('2028-01-01'), addDays(date('2028-01-01'), MAX_GENERATION_DAYS - 1))).toBeNull();
  });

  it('refuses a reversed or too long range on "to"', () => {
    expect(generationRangeProblem(date('2027-01-02'), date('2027-01-01'))).toEqual({ path: 'to', message: '"to" must not be before "from".' });
    expect(generationRangeProblem(date('2030-01-01'), date('2031-01-02'))).toEqual({ path: 'to', message: 'At most 366 days at a time.' });
  });
});
