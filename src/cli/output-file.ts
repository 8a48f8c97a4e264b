/**
 * Writing an output file the way every plan-targets command does: never over an existing
 * file without --force (checked before any work, and again by an exclusive write).
 */
import * as fs from "fs";
import * as path from "path";

/** The file cannot be written; the message names it and says what to do. */
export class OutputRefusal extends Error {}

/** Refuses before any work when `output` exists (and --force is not given) or is a directory. */
export function checkOutput(output: string, force: boolean): string {
  const out = path.resolve(output);
  if (fs.existsSync(out) && !force) throw new OutputRefusal(`“${output}”已存在，未做任何更改。如需覆盖，请加 --force。`);
  if (fs.existsSync(out) && fs.statSync(out).isDirectory()) throw new OutputRefusal(`“${output}”是一个目录。`);
  return out;
}

/** Writes `bytes`; exclusive unless `force` (another process may have created the file meanwhile). */
export function writeOutput(output: string, bytes: Buffer, force: boolean): void {
  try {
    fs.writeFileSync(path.resolve(output), bytes, { flag: force ? "w" : "wx" });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new OutputRefusal(`“${output}”已存在，未做任何更改。如需覆盖，请加 --force。`);
    if (code === "ENOENT") throw new OutputRefusal(`无法写入“${output}”：目录不存在。`);
    throw new OutputRefusal(`无法写入“${output}”（${code ?? String(e)}）。`);
  }
}
