import type { PrismaClient } from '../db/prisma.js';
import { loadProviderRules, type ProviderRules } from './provider-settings.js';

const TTL_MS = 5_000;

/**
 * The provider's rules, read at most every 5 seconds per instance: availableSlots and every
 * booking need them, and they change rarely. A change made here is seen at once; one made
 * on another instance within 5 seconds.
 */
export class ProviderRulesCache {
  private cached: { rules: Promise<ProviderRules>; at: number } | null = null;

  constructor(private readonly prisma: PrismaClient) {}

  get(): Promise<ProviderRules> {
    if (!this.cached || Date.now() - this.cached.at > TTL_MS) {
      const rules = loadProviderRules(this.prisma);
      this.cached = { rules, at: Date.now() };
      rules.catch(() => (this.cached = null));
    }
    return this.cached.rules;
  }

  invalidate(): void {
    this.cached = null;
  }
}
