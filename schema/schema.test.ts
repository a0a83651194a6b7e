import { readFileSync } from 'node:fs';
import { buildSchema, DangerousChangeType, findBreakingChanges, findDangerousChanges, isObjectType, isUnionType, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from './index.js';

const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');

describe('the GraphQL schema', () => {
  it('is what schema/schema.graphql says (run `npm run schema:print` after changing it)', () => {
    expect(`${printSchema(schema)}\n`).toBe(read('./schema.graphql'));
  });

  it('keeps the public contract: nothing removed, renamed or retyped', () => {
    const contract = buildSchema(read('./contract.graphql'));
    expect(findBreakingChanges(contract, schema)).toEqual([]);
    // Adding members to a contract union would surprise clients that switch on __typename.
    expect(findDangerousChanges(contract, schema).filter((change) => change.type === DangerousChangeType.TYPE_ADDED_TO_UNION)).toEqual([]);
  });

  it('has every contract union with exactly the contract members', () => {
    const contract = buildSchema(read('./contract.graphql'));
    for (const type of Object.values(contract.getTypeMap())) {
      if (!isUnionType(type)) continue;
      const served = schema.getType(type.name);
      expect(isUnionType(served), type.name).toBe(true);
      const names = (t: typeof type) =>
        t
          .getTypes()
          .map((member) => member.name)
          .sort();
      expect(names(served as typeof type), type.name).toEqual(names(type));
    }
  });

  it('makes every error type implement Error with message and code', () => {
    const errors = Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && type.name.endsWith('Error') && type.name !== 'FieldError');
    expect(errors.length).toBeGreaterThanOrEqual(6);
    for (const type of errors) {
      if (!isObjectType(type)) continue;
      expect(
        type.getInterfaces().map((i) => i.name),
        type.name,
      ).toContain('Error');
    }
  });
});
