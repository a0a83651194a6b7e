// The signed-in session: the bearer token every request carries, kept in sync for both
// sign-in modes (dev tokens in localStorage; Firebase ID tokens refreshed by the SDK).
// The stored state also lets the first render show who is signed in before Firebase has started.

const STORAGE_KEY = 'slotline.session';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: 'CLIENT' | 'PROVIDER';
}

interface SessionState {
  token: string | null;
  user: SessionUser | null;
  /** The token is a Firebase ID token: Firebase renews it, so requests wait for Firebase to start. */
  firebase?: boolean;
}

/** Gives a valid token (renewing it first when `forceRefresh` or when it is about to expire), or null when signed out. */
type TokenSource = (forceRefresh: boolean) => Promise<string | null>;

/** How long a request waits for Firebase to start before it goes with the stored token. */
const SOURCE_WAIT_MS = 10_000;

type Listener = (state: SessionState) => void;

let state: SessionState = read();
const listeners = new Set<Listener>();
let tokenSource: TokenSource | null = null;
// Requests refused together share one renewal.
let renewing: Promise<string | null> | null = null;
let sourceArrived: () => void = () => undefined;
const sourceReady = new Promise<void>((resolve) => (sourceArrived = resolve));

function read(): SessionState {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored ? (JSON.parse(stored) as SessionState) : { token: null, user: null };
  } catch {
    return { token: null, user: null };
  }
}

// Arrow functions only: they are handed around unbound (useSyncExternalStore takes `subscribe` and `get` as they are).
export const session = {
  get: () => state,
  token: () => state.token,
  set: (next: SessionState): void => {
    state = next;
    if (next.token) localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    else localStorage.removeItem(STORAGE_KEY);
    for (const listener of listeners) listener(state);
  },
  /** Firebase hands over its token getter once started; from then on every request asks it. */
  setTokenSource: (source: TokenSource): void => {
    tokenSource = source;
    sourceArrived();
  },
  renewsTokens: () => tokenSource !== null,
  /**
   * The token to send now. A stored Firebase token may have expired while the page was closed: until Firebase
   * has started and can renew it, requests wait (a while) rather than go with it and be refused.
   */
  freshToken: async (forceRefresh = false): Promise<string | null> => {
    if (!tokenSource && state.firebase && state.token) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([sourceReady, new Promise((resolve) => (timer = setTimeout(resolve, SOURCE_WAIT_MS)))]);
      clearTimeout(timer);
    }
    if (!tokenSource) return state.token;
    try {
      if (!forceRefresh) return await tokenSource(false);
      renewing ??= tokenSource(true).finally(() => (renewing = null));
      return await renewing;
    } catch {
      // Firebase could not renew it (offline, say): the server decides about the one we have.
      return state.token;
    }
  },
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
