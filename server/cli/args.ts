/** CLI helpers: `--name value` / `--flag` argument parsing. */

export class ArgError extends Error {}

export function parseArgs(
  argv: readonly string[],
  spec: { values: readonly string[]; required?: readonly string[] },
): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') continue;
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (!m || !spec.values.includes(m[1] as string)) throw new ArgError(`unknown argument: ${a}`);
    const name = m[1] as string;
    const value = m[2] ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new ArgError(`--${name} needs a value`);
    out[name] = value;
  }
  for (const r of spec.required ?? []) if (!(r in out)) throw new ArgError(`--${r} is required`);
  return out;
}

/** Runs a CLI main, printing argument errors with the usage and exiting 2. */
export function runCli(usage: string, main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((e: unknown) => {
      if (e instanceof ArgError) {
        process.stderr.write(`${e.message}\n${usage}\n`);
        process.exit(2);
      }
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    });
}
