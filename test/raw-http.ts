import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One HTTP request with the path sent byte for byte as given (fetch would normalise it)
 * and an optional body streamed in chunks without a Content-Length.
 */
export function rawRequest(
  baseUrl: string,
  options: { method?: string; path: string; headers?: Record<string, string>; chunks?: AsyncIterable<Buffer> | Buffer[] },
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: hostname, port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (response) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(parts).toString('utf8') }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    void (async () => {
      try {
        for await (const chunk of options.chunks ?? []) {
          if (outgoing.destroyed) return;
          if (!outgoing.write(chunk)) await new Promise((done) => outgoing.once('drain', done));
        }
        outgoing.end();
      } catch {
        // The server may stop reading once it has refused the body; its answer still arrives.
      }
    })();
  });
}
