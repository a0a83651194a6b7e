const MAX_LABEL_LENGTH = 64;

/**
 * Bounds the values of a label that clients choose (GraphQL operation names): the first
 * `max` distinct values are kept, later ones become "other", so that no client can make
 * the instance grow a time series per request.
 */
export class LabelCap {
  private readonly seen = new Set<string>();

  constructor(private readonly max: number) {}

  label(value: string): string {
    const clipped = value.slice(0, MAX_LABEL_LENGTH);
    if (this.seen.has(clipped)) return clipped;
    if (this.seen.size >= this.max) return 'other';
    this.seen.add(clipped);
    return clipped;
  }
}
