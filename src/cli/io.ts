/** What every plan-targets command shares: its output streams, its usage error and its option reader. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Wrong usage: the message is printed with the usage text and the exit code is 2. */
export class UsageError extends Error {}

/** `--name value` and `--name=value`; anything else (including '-3') is positional. */
export function options(args: string[], names: string[]): { positional: string[]; named: Record<string, string> } {
  const positional: string[] = [];
  const named: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(a);
    if (!m) {
      positional.push(a);
      continue;
    }
    if (!names.includes(m[1])) throw new UsageError(`未知选项 --${m[1]}。`);
    const value = m[2] ?? args[++i];
    if (value === undefined) throw new UsageError(`选项 --${m[1]} 需要一个值。`);
    named[m[1]] = value;
  }
  return { positional, named };
}
