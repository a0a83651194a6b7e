import WebSocket from 'ws';
import { expect } from 'vitest';

export interface WsMessage {
  id?: string;
  type: string;
  payload?: unknown;
}

/** A graphql-transport-ws socket spoken by hand, to see every message and close code. */
export async function openSocket(url: string) {
  const socket = new WebSocket(url, 'graphql-transport-ws');
  const messages: WsMessage[] = [];
  socket.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString('utf8')) as WsMessage));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const send = (message: WsMessage) => socket.send(JSON.stringify(message));
  const next = async (predicate: (message: WsMessage) => boolean): Promise<WsMessage> => {
    await expect.poll(() => messages.some(predicate), { timeout: 5_000 }).toBe(true);
    return messages.find(predicate)!;
  };
  return {
    socket,
    messages,
    closed,
    send,
    next,
    async init(authorization?: string): Promise<void> {
      send({ type: 'connection_init', payload: authorization ? { authorization } : {} });
      await next((message) => message.type === 'connection_ack');
    },
    /** Starts an operation and returns its first answer (next or error). */
    async operation(id: string, query: string, variables: Record<string, unknown> = {}): Promise<WsMessage> {
      send({ id, type: 'subscribe', payload: { query, variables } });
      return next((message) => message.id === id && (message.type === 'next' || message.type === 'error'));
    },
    close(): void {
      socket.close();
    },
  };
}
