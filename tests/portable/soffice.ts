/**
 * LibreOffice as an independent spreadsheet engine: `soffice --headless --convert-to xlsx`
 * opens each file, recalculates every formula and saves it again. A project-local profile
 * with OOXMLRecalcMode=0 ("always recalculate") is needed, or LibreOffice keeps the cached
 * results. Missing soffice is a failure, not a skip: CI installs libreoffice-calc.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const PROFILE_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function sofficePath(): string {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const p = path.join(dir, "soffice");
    if (dir && fs.existsSync(p)) return p;
  }
  throw new Error("找不到 soffice：请安装 LibreOffice（apt-get install --no-install-recommends libreoffice-calc）。这些测试需要真实的表格引擎，不会跳过。");
}

/** A temporary directory holding a fresh LibreOffice profile; remove it with fs.rmSync when done. */
export function makeWorkDir(): { dir: string; profile: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dabiao-lo-"));
  const profile = path.join(dir, "profile");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), PROFILE_XCU);
  return { dir, profile };
}

/** Recalculates every file in one soffice run; returns the converted files' paths (in outDir), in order. */
export function recalc(files: string[], outDir: string, profile: string): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  const args = ["-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outDir, ...files];
  const out = execFileSync(sofficePath(), args, { encoding: "utf8", timeout: 180000, stdio: ["ignore", "pipe", "pipe"] });
  const converted = files.map((f) => path.join(outDir, path.basename(f)));
  // soffice exits 0 even when a conversion fails: check the files, and show its output if one is missing.
  const missing = converted.filter((f) => !fs.existsSync(f));
  if (missing.length > 0) throw new Error(`LibreOffice 未能转换 ${missing.join(", ")}：\n${out}`);
  return converted;
}
