import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { generateTypes } from './typegen';

describe('schemas/types.gen.ts', () => {
  it('equals a fresh generation from the schemas (run `npm run gen:types` after changing a schema)', async () => {
    const committed = readFileSync(new URL('./types.gen.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await generateTypes());
  });
});
