import type { Actor } from '../api/appointments/find-changeable-appointment.js';
import type { Context } from './context.js';

/** The person or API key behind a request that passed its scopes. */
export function actorOf(context: Context): Actor {
  if (context.viewer) return { userId: context.viewer.user.id, privileged: context.viewer.user.role === 'PROVIDER' };
  return { userId: null, privileged: context.apiKey !== null };
}

/** Whether the caller may read every appointment: the provider, or a key with appointments:read. */
export function readsAllAppointments(context: Context): boolean {
  return context.viewer?.user.role === 'PROVIDER' || (context.apiKey?.scopes.includes('appointments:read') ?? false);
}
