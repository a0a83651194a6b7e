import type { ApiScope } from './api-keys.js';
import type { Authentication } from './viewer.js';

/**
 * Every authorization rule, once. GraphQL scopes (schema/builder.ts) and the few
 * non-GraphQL routes (exports) ask these, so both answer alike.
 */
export type Caller = Pick<Authentication, 'viewer' | 'apiKey'>;

export const isSignedIn = (caller: Caller): boolean => caller.viewer !== null;

/** A signed-in person or an API key: a refusal is then "forbidden", not "sign in first". */
export const isIdentified = (caller: Caller): boolean => caller.viewer !== null || caller.apiKey !== null;

export const isProvider = (caller: Caller): boolean => caller.viewer?.user.role === 'PROVIDER';

export const hasApiScope = (caller: Caller, scope: ApiScope): boolean => caller.apiKey?.scopes.includes(scope) ?? false;

/** The provider, or a key with appointments:read: may read every appointment and its client. */
export const readsAllAppointments = (caller: Caller): boolean => isProvider(caller) || hasApiScope(caller, 'appointments:read');

/** A person's own data, or anyone's for those who read every appointment. */
export const mayReadUser = (caller: Caller, userId: string): boolean => caller.viewer?.user.id === userId || readsAllAppointments(caller);

/** An e-mail is readable by the provider and by the person it was sent to. */
export const mayReadEmailTo = (caller: Caller, recipientEmail: string): boolean =>
  isProvider(caller) || (caller.viewer !== null && caller.viewer.user.email === recipientEmail);

/** Who acts on an appointment: a person (clients only on their own), or a privileged caller. */
export interface Actor {
  userId: string | null;
  /** The provider or an API key: any appointment, no client limits. */
  privileged: boolean;
}

export function actorOf(caller: Caller): Actor {
  if (caller.viewer) return { userId: caller.viewer.user.id, privileged: isProvider(caller) };
  return { userId: null, privileged: caller.apiKey !== null };
}
