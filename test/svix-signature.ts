import { createHmac } from 'node:crypto';

/** Signs a webhook body the way Resend (svix) does, for sending test webhooks. */
export function svixHeaders(secret: string, payload: string, id = `msg_${Date.now()}`, timestamp = Math.floor(Date.now() / 1000)) {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${payload}`).digest('base64');
  return { 'svix-id': id, 'svix-timestamp': String(timestamp), 'svix-signature': `v1,${signature}` };
}
