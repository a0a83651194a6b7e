import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { isClientRoute } from '../../shared/routes.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { HttpProblem } from './problem.js';

/**
 * Serves the built web client: hashed assets cached for a year, everything else
 * revalidated. The app's pages (shared/routes.ts) get index.html so that they survive a
 * reload; other page-like paths get it too, with status 404, and the app shows its
 * not-found page. Missing files (anything with an extension, anything under /assets/)
 * stay a plain 404. Source maps stay private in production.
 */
export async function registerWebClient(app: FastifyInstance, options: { root: string; production: boolean }): Promise<void> {
  // A relative WEB_ROOT (the default ./web/dist) is relative to the package, not to the working directory.
  const root = resolve(PACKAGE_ROOT, options.root);
  const index = join(root, 'index.html');
  const assets = `${sep}assets${sep}`;
  await app.register(fastifyStatic, {
    root,
    // The folder appears only once `npm run build` ran; until then every path ends below.
    wildcard: true,
    cacheControl: false,
    allowedPath: (path) => !(options.production && path.endsWith('.map')),
    setHeaders: (response, file) => {
      response.header('cache-control', file.includes(assets) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0]!;
    const pageLike = (request.method === 'GET' || request.method === 'HEAD') && !/\.[a-z0-9]+$/i.test(path) && !path.startsWith('/assets/');
    if (!pageLike) throw new HttpProblem(404, 'NOT_FOUND', 'There is nothing at this address.');
    if (!existsSync(index)) throw new HttpProblem(503, 'UNAVAILABLE', 'The web client is not built yet: run "npm run build".');
    return reply
      .code(isClientRoute(path) ? 200 : 404)
      .header('cache-control', 'no-cache')
      .sendFile('index.html', root);
  });
}
