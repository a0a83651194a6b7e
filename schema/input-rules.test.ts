import { isInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { schema } from './index.js';

interface ValidationExtensions {
  '@pothos/plugin-validation'?: { schemas?: unknown[] };
}

const rulesOf = (extensions: ValidationExtensions) => extensions['@pothos/plugin-validation']?.schemas ?? [];

// Every input object carries its rules as one strict zod object, whose
// keys must be the type's fields: a field without a rule, or a rule without a field, fails here.
describe('input rules', () => {
  const inputTypes = Object.values(schema.getTypeMap()).filter(isInputObjectType);

  it('exist for every input object', () => {
    expect(inputTypes.length).toBeGreaterThan(0);
    const withoutRules = inputTypes.filter((type) => rulesOf(type.extensions as ValidationExtensions).length === 0).map((type) => type.name);
    expect(withoutRules).toEqual([]);
  });

  it('name exactly the fields of their input type', () => {
    for (const type of inputTypes) {
      const objects = rulesOf(type.extensions as ValidationExtensions).filter((rule): rule is z.ZodObject => rule instanceof z.ZodObject);
      expect(objects.length, type.name).toBe(1);
      expect(Object.keys(objects[0]!.shape).sort(), type.name).toEqual(Object.keys(type.getFields()).sort());
    }
  });
});
