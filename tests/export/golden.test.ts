/**
 * One golden .xlsx per target type (tests/golden/*.xlsx), so that any change to what the
 * exporter writes shows up as a reviewable diff. The comparison is a normalised dump of the
 * files' parts, one XML tag per line; zip timestamps never enter it and the creation time is
 * pinned. After an intended format change: UPDATE_GOLDEN=1 npx jest tests/export/golden,
 * then review `git diff --stat tests/golden` and the dumps printed by a failing run.
 */
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import { planToXlsx } from "../../src/xlsx/template-workbook";
import { buildTemplatePlan } from "../../src/core/template";
import { definitionOf, TYPE_TARGETS } from "../portable/cases";

const DIR = path.join(__dirname, "..", "golden");
const NOW = new Date("2025-01-01T00:00:00Z");
const NAMES: Record<string, string> = { ">=": "ge", "<=": "le", "=": "eq", range: "range", increase_by: "increase_by", decrease_by: "decrease_by", ratio: "ratio" };

/** Every part of the package, sorted by name, XML split one tag per line. */
async function dump(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => !zip.files[n].dir)
    .sort();
  const lines: string[] = [];
  for (const name of names) {
    const text = await zip.files[name].async("string");
    lines.push(`=== ${name}`, ...text.replace(/>\s*</g, ">\n<").split("\n"));
  }
  return lines;
}

function exampleRows(type: string) {
  // Each target of the type, with the inputs a file would carry (none: a fresh template).
  return TYPE_TARGETS[type as keyof typeof TYPE_TARGETS].map((target) => ({ target, actual: null, baseline: null, note: null }));
}

describe.each(Object.keys(TYPE_TARGETS))("golden file for %s", (type) => {
  const file = path.join(DIR, `${NAMES[type]}.xlsx`);

  test(`tests/golden/${NAMES[type]}.xlsx matches what the exporter writes today`, async () => {
    const def = { ...definitionOf(exampleRows(type), `golden-${NAMES[type]}`), title: `目标类型 ${type}`, sheetName: `类型${NAMES[type]}` };
    const bytes = await planToXlsx(buildTemplatePlan(def, { mode: "portable" }), { now: NOW });
    if (process.env.UPDATE_GOLDEN === "1") {
      fs.mkdirSync(DIR, { recursive: true });
      fs.writeFileSync(file, bytes);
    }
    if (!fs.existsSync(file)) throw new Error(`缺少 ${file}：请运行 UPDATE_GOLDEN=1 npx jest tests/export/golden 生成并检查后提交。`);
    expect(await dump(bytes)).toEqual(await dump(fs.readFileSync(file)));
  });
});

test("the dump sees a one-character change in a part", async () => {
  const bytes = fs.readFileSync(path.join(DIR, "ge.xlsx"));
  const zip = await JSZip.loadAsync(bytes);
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file("xl/worksheets/sheet1.xml", sheet.replace('width="30"', 'width="31"'));
  const changed = await zip.generateAsync({ type: "nodebuffer" });
  expect(await dump(changed)).not.toEqual(await dump(bytes));
});
