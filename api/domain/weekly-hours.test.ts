import { describe, expect, it } from 'vitest';
import { parseDayHours, parseWeeklyHours } from './weekly-hours.js';

describe('parseWeeklyHours', () => {
  it('turns "HH:MM" into minutes, sorted by weekday and start', () => {
    const { intervals, problems } = parseWeeklyHours([
      { weekday: 2, start: '13:00', end: '17:00' },
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 2, start: '09:00', end: '12:00' },
    ]);
    expect(problems).toEqual([]);
    expect(intervals).toEqual([
      { weekday: 1, startMinute: 540, endMinute: 720 },
      { weekday: 2, startMinute: 540, endMinute: 720 },
      { weekday: 2, startMinute: 780, endMinute: 1020 },
    ]);
  });

  it('rejects bad weekdays, bad times and reversed intervals with paths', () => {
    const { intervals, problems } = parseWeeklyHours([
      { weekday: 8, start: '09:00', end: '10:00' },
      { weekday: 1, start: '9am', end: '10:00' },
      { weekday: 1, start: '11:00', end: '10:00' },
      { weekday: 0, start: '24:00', end: '25:00' },
      { weekday: 1.5, start: '10:00', end: '10:00' },
    ]);
    expect(intervals).toEqual([]);
    expect(problems).toEqual([
      { path: 'weeklyHours.0.weekday', message: 'Weekday must be 1 (Monday) to 7 (Sunday).' },
      { path: 'weeklyHours.1.start', message: 'Start must be a time "HH:MM" between 00:00 and 23:59.' },
      { path: 'weeklyHours.2.end', message: 'End must be after start.' },
      { path: 'weeklyHours.3.weekday', message: 'Weekday must be 1 (Monday) to 7 (Sunday).' },
      { path: 'weeklyHours.3.start', message: 'Start must be a time "HH:MM" between 00:00 and 23:59.' },
      { path: 'weeklyHours.3.end', message: 'End must be a time "HH:MM" between 00:00 and 24:00.' },
      { path: 'weeklyHours.4.weekday', message: 'Weekday must be 1 (Monday) to 7 (Sunday).' },
      { path: 'weeklyHours.4.end', message: 'End must be after start.' },
    ]);
  });

  it('rejects overlaps on one day, naming the later interval, but not across days', () => {
    const overlap = parseWeeklyHours(
      [
        { weekday: 2, start: '11:30', end: '13:00' },
        { weekday: 2, start: '09:00', end: '12:00' },
        { weekday: 3, start: '11:30', end: '13:00' },
      ],
      'input.weeklyHours',
    );
    expect(overlap).toEqual({ intervals: [], problems: [{ path: 'input.weeklyHours.0.start', message: 'Overlaps 09:00-12:00 on the same day.' }] });
  });

  it('lets one interval end where the next starts: a day without a break', () => {
    const { problems, intervals } = parseWeeklyHours([
      { weekday: 4, start: '09:00', end: '12:00' },
      { weekday: 4, start: '12:00', end: '17:00' },
    ]);
    expect(problems).toEqual([]);
    expect(intervals).toHaveLength(2);
  });

  it('accepts 24:00 as an end of day, and an empty week', () => {
    expect(parseWeeklyHours([{ weekday: 3, start: '20:00', end: '24:00' }]).intervals).toEqual([{ weekday: 3, startMinute: 1200, endMinute: 1440 }]);
    expect(parseWeeklyHours([])).toEqual({ intervals: [], problems: [] });
  });
});

describe('parseDayHours', () => {
  it('reads one day of hours with breaks, under "hours"', () => {
    expect(
      parseDayHours([
        { start: '14:00', end: '18:00' },
        { start: '08:00', end: '12:00' },
      ]),
    ).toEqual({
      intervals: [
        { startMinute: 480, endMinute: 720 },
        { startMinute: 840, endMinute: 1080 },
      ],
      problems: [],
    });
  });

  it('takes no hours as a closed day', () => {
    expect(parseDayHours([])).toEqual({ intervals: [], problems: [] });
  });

  it('reports bad times and overlaps with their paths', () => {
    expect(parseDayHours([{ start: '25:00', end: '10:00' }]).problems).toEqual([
      { path: 'hours.0.start', message: 'Start must be a time "HH:MM" between 00:00 and 23:59.' },
    ]);
    expect(
      parseDayHours(
        [
          { start: '09:00', end: '12:00' },
          { start: '10:00', end: '11:00' },
        ],
        'day',
      ).problems,
    ).toEqual([{ path: 'day.1.start', message: 'Overlaps 09:00-12:00 on the same day.' }]);
  });
});
