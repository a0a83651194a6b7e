import type { Services } from '../services.js';
import { createOAuthState } from './oauth-states.js';

export type StartCalendarConnectionResult = { outcome: 'started'; authorizationUrl: string } | { outcome: 'not-configured' };

/** The link that leads this user's browser to Google's consent page, valid once for 10 minutes. */
export async function startCalendarConnection(deps: Pick<Services, 'prisma' | 'google' | 'now'>, userId: string): Promise<StartCalendarConnectionResult> {
  if (!deps.google) return { outcome: 'not-configured' };
  const state = await createOAuthState({ prisma: deps.prisma, signer: deps.google.state, now: deps.now }, userId);
  return { outcome: 'started', authorizationUrl: deps.google.startUrl(state) };
}
