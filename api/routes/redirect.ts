import type { ServerResponse } from 'node:http';

/** A 302 that no cache keeps and that leaks nothing of its URL to the next page. */
export function redirect(response: ServerResponse, location: string, cookie?: string): void {
  response.writeHead(302, {
    location,
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    ...(cookie ? { 'set-cookie': cookie } : {}),
  });
  response.end();
}
