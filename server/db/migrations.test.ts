import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./migrations', import.meta.url));

test('migrations name no schema, so each PostgreSQL test file can live in its own schema', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.sql'));
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) expect(readFileSync(`${dir}/${f}`, 'utf8')).not.toMatch(/"public"\./);
});
