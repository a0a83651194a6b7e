import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';

/** A Redis server of the test's own, which the test may kill and start again on the same port. */
export async function startRedisProcess(port = 20_000 + Math.floor(Math.random() * 20_000)) {
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await waitForPort(port, true);
  };
  const kill = async () => {
    child?.kill('SIGKILL');
    child = null;
    await waitForPort(port, false);
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, kill, start, stop: kill };
}

async function waitForPort(port: number, open: boolean): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const reachable = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' });
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (reachable === open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`port ${port} did not become ${open ? 'reachable' : 'free'}`);
}
