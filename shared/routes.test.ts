import { describe, expect, it } from 'vitest';
import { isClientRoute } from './routes.js';

describe('isClientRoute', () => {
  it.each(['/', '/sign-in', '/appointments', '/appointments/', '/appointments/3f2c', '/booked/abc', '/settings', '/admin'])('knows %s', (path) => {
    expect(isClientRoute(path)).toBe(true);
  });

  it.each(['/nope', '/appointments/a/b', '/booked', '/booked/', '/admin/x', '/sign-in/again', '/assets/app.js'])('does not know %s', (path) => {
    expect(isClientRoute(path)).toBe(false);
  });
});
