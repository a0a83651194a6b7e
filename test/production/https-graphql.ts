import { Agent, request } from 'node:https';
import WebSocket from 'ws';

export interface GraphqlAnswer {
  status: number;
  // Tests read responses loosely, as the JSON they are.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: { data?: Record<string, any>; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
  raw: string;
}

/** GraphQL over HTTPS through the proxy, trusting its certificate; kept-alive connections, as a browser keeps them. */
export class HttpsGraphql {
  readonly agent: Agent;

  constructor(
    private readonly base: string,
    ca: Buffer,
  ) {
    this.agent = new Agent({ keepAlive: true, ca, maxSockets: 8 });
  }

  post(query: string, variables: Record<string, unknown> = {}, authorization?: string): Promise<GraphqlAnswer> {
    const body = JSON.stringify({ query, variables });
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(authorization ? { authorization } : {}),
    };
    return new Promise((resolve, reject) => {
      const outgoing = request(`${this.base}/graphql`, { method: 'POST', headers, agent: this.agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          let parsed: GraphqlAnswer['body'] = null;
          try {
            parsed = JSON.parse(raw) as GraphqlAnswer['body'];
          } catch {
            // Left null: the caller reports the raw body.
          }
          resolve({ status: response.statusCode ?? 0, body: parsed, raw });
        });
      });
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

export interface WsMessage {
  id?: string;
  type: string;
  payload?: unknown;
}

/** A graphql-transport-ws subscription over WSS, every message and the close code kept. */
export async function openSubscription(url: string, ca: Buffer, query: string, variables: Record<string, unknown>) {
  const socket = new WebSocket(url, 'graphql-transport-ws', { ca });
  const messages: WsMessage[] = [];
  socket.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString('utf8')) as WsMessage));
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
  const waitForMessage = async (predicate: (message: WsMessage) => boolean, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = messages.find(predicate);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no such WebSocket message within ${timeoutMs} ms; got ${JSON.stringify(messages)}`);
  };
  await waitForMessage((message) => message.type === 'connection_ack');
  socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
  return { socket, messages, closed, waitForMessage, close: () => socket.close() };
}
