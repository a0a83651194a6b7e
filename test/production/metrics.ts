/** An instance's /metrics as Prometheus scrapes it: directly, with the bearer token. */
export async function scrape(instanceUrl: string, token: string): Promise<string> {
  const response = await fetch(`${instanceUrl}/metrics`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
  return response.text();
}

/**
 * The sum of a series' samples whose labels include `labels` (all of them when empty), or null
 * when no sample of that name exists.
 */
export function metricValue(exposition: string, name: string, labels: Record<string, string> = {}): number | null {
  let total: number | null = null;
  for (const line of exposition.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})?\s+(\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const labelText = match[2] ?? '';
    if (!Object.entries(labels).every(([label, value]) => labelText.includes(`${label}="${value}"`))) continue;
    total = (total ?? 0) + Number(match[3]);
  }
  return total;
}
