import type { IncomingMessage } from 'node:http';

/** The raw request body as text, refusing bodies over `limit` bytes. */
export async function readBody(request: IncomingMessage, limit = 256 * 1024): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
