import { connect, type Socket } from 'node:net';
import { createServer } from 'node:tls';
import type { TestPki } from './test-pki.js';

/**
 * TLS in front of a plain-HTTP local fake, so that production (which refuses http:// endpoints for
 * services that receive API keys) reaches it over https:// with the test CA.
 */
export async function startTlsFront(pki: TestPki, port: number, targetPort: number) {
  const sockets = new Set<Socket>();
  const server = createServer({ key: pki.serverKey, cert: pki.serverCert }, (incoming) => {
    const outgoing = connect(targetPort, '127.0.0.1');
    for (const socket of [incoming, outgoing]) {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      socket.on('error', () => {
        incoming.destroy();
        outgoing.destroy();
      });
    }
    incoming.pipe(outgoing).pipe(incoming);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  return {
    url: `https://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
