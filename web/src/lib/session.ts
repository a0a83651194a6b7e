// The signed-in session: the bearer token every request carries, kept in sync for both
// sign-in modes (dev tokens in localStorage; Firebase ID tokens refreshed by the SDK).

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
}

type Listener = (state: SessionState) => void;

let state: SessionState = read();
const listeners = new Set<Listener>();

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
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
