import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { envVariables } from './env.js';

const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8').split('\n');
const compose = readFileSync(new URL('../docker/compose.yml', import.meta.url), 'utf8');
const VARIABLE = /^# ([A-Z][A-Z0-9_]*)=/;
const COMPOSE_SECTION = '## Docker Compose only';

describe('.env.example', () => {
  const composeStart = example.findIndex((line) => line.startsWith(COMPOSE_SECTION));
  const entries = example.flatMap((line, index) => {
    const name = VARIABLE.exec(line)?.[1];
    return name ? [{ name, meaning: example[index - 2] ?? '', rules: example[index - 1] ?? '', composeOnly: composeStart >= 0 && index > composeStart }] : [];
  });
  const serverNames = Object.keys(envVariables.shape);

  it('names exactly the variables the server reads, each once', () => {
    const names = entries.filter((entry) => !entry.composeOnly).map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...serverNames].sort());
  });

  it('ends with exactly the variables only docker/compose.yml reads', () => {
    const composeNames = new Set([...compose.matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((match) => match[1]!));
    const expected = [...composeNames].filter((name) => !serverNames.includes(name)).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(
      entries
        .filter((entry) => entry.composeOnly)
        .map((entry) => entry.name)
        .sort(),
    ).toEqual(expected);
  });

  it('gives each its meaning, its default and what production needs', () => {
    for (const { name, meaning, rules } of entries) {
      expect(meaning, name).toMatch(/^# [^ ].{10,}$/);
      expect(meaning, name).not.toMatch(/^# (default:|#)/);
      expect(rules, name).toMatch(/^# default: .+ \| production: (required|optional|refused)/);
    }
  });

  it('holds no secret: every line is a comment or blank, and keys are placeholders', () => {
    for (const line of example) expect(line, line).toMatch(/^(#.*)?$/);
    for (const name of ['RESEND_API_KEY', 'RESEND_WEBHOOK_SECRET', 'GOOGLE_CLIENT_SECRET', 'GOOGLE_TOKEN_KEY', 'DATABASE_URL', 'REDIS_URL']) {
      expect(
        example.find((line) => line.startsWith(`# ${name}=`)),
        name,
      ).toMatch(/change[-_]me|from-openssl/);
    }
  });
});
