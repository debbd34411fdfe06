// `npm run gen:types`: writes schemas/types.gen.ts from the JSON Schemas.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateTypes } from './typegen';

const target = fileURLToPath(new URL('./types.gen.ts', import.meta.url));
writeFileSync(target, await generateTypes());
console.log(`wrote ${target}`);
