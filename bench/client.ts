import { Agent, request } from 'undici';

// Keep-alive connections, so that the load generator measures the server, not TCP set-up.
const dispatcher = new Agent({ connections: 128, keepAliveTimeout: 30_000 });

export async function gql<T = unknown>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await request(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    dispatcher,
  });
  const body = (await response.body.json()) as { data?: T; errors?: { message: string }[] };
  if (response.statusCode !== 200 || body.errors?.length) {
    throw new Error(`HTTP ${response.statusCode}: ${body.errors?.map((error) => error.message).join('; ')}`);
  }
  return body.data as T;
}

export async function signIn(url: string, email: string): Promise<string> {
  const data = await gql<{ devSignIn: { token: string } }>(url, 'mutation($e: String!) { devSignIn(email: $e) { token } }', { e: email });
  return data.devSignIn.token;
}

export function closeClients(): Promise<void> {
  return dispatcher.close();
}
