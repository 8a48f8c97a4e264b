/**
 * `plan-targets cv` and `plan-targets balance`: the official 差异系数 and the per-school and
 * county verdicts of the 均衡 standards, from lists or from one row per school (CSV or .xlsx).
 * The JSON lines are a fixed contract: scripts outside this repository read them.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { PlanError } from "../core/errors";
import { InputFileError, readInputBytes, readInputText } from "./input-files";
import { coefficientOfVariation } from "../core/balance/coefficient";
import { evaluatePreschool, KINDERGARTEN_HEADERS, PRESCHOOL_STANDARD, type KindergartenKey, type KindergartenRow } from "../core/balance/preschool";
import { cellNumber, evaluateBalance, type BalanceResult } from "../core/balance/verdict";
import { recogniseSource } from "../core/balance/workbook-source";
import { withOverrides, WORKBOOK_STANDARDS, type WorkbookOverrides } from "../core/balance/workbook-standard";
import { BALANCE_LABELS, type EquipmentUnit, type InputKey, type InputRow, type Stage, type WorkbookStandard } from "../core/balance/workbook-plan";
import { takeOutputOptions, writeBalanceWorkbook } from "./balance-workbook-file";
import { OutputRefusal } from "./output-file";
import { options, UsageError, type Io } from "./io";

export const BALANCE_USAGE = `  plan-targets cv <资源数列表> <在校生数列表> [--per100]
                                                   官方差异系数（在校生加权）：{"cv","mean","sd","n"}；列表以逗号分隔
  plan-targets balance <学校.csv|学校.xlsx> [--standard youzhi-2017|jiben-2012|xueqian-2020] [--override 名称=值]… [--json]
                       [-o 输出.xlsx [--mode portable|live] [--force]]
                                                   每校每学段一行 → 各校指标、县域差异系数与结论`;

/** Columns a school list often carries that the computation does not need: ignored, not refused. */
const IGNORED = /^(序号|编号|学校代码|学校标识码|标识码|备注|说明|乡镇|乡镇街道|所在地|地区|区域|城乡类别|城乡分类|办学性质|举办者|校长|联系人|联系电话)$/;

export function cvCommand(args: string[], io: Io): number {
  const { positional, named, flags } = withFlags(args, [], ["per100"]);
  void named;
  if (positional.length !== 2) throw new UsageError("cv 需要两个参数：资源数列表与在校生数列表，如 cv 12,30,8 400,900,310。");
  const list = (s: string, what: string) =>
    s.split(/[,，;；\s]+/).filter((x) => x !== "").map((x, i) => {
      const v = cellNumber(x);
      if (v === null || Number.isNaN(v)) throw new PlanError("not_a_number", `${what}的第 ${i + 1} 项“${x}”不是数字`, x);
      return v;
    });
  const r = list(positional[0], "资源数");
  const p = list(positional[1], "在校生数");
  const c = coefficientOfVariation(r, p, flags.has("per100"), p.map((_, i) => `第 ${i + 1} 项`), "该指标");
  io.out(JSON.stringify({ cv: c.cv, mean: c.mean, sd: c.sd, n: c.n }));
  return 0;
}

export async function balanceCommand(argv: string[], io: Io): Promise<number> {
  let taken;
  try {
    taken = takeOutputOptions(argv);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { positional, named, flags, repeated } = withFlags(taken.rest, ["standard"], ["json"], ["override"]);
  if (positional.length !== 1) throw new UsageError("balance 需要一个参数：学校数据文件（.csv 或 .xlsx），每校每学段一行。");
  const id = named.standard ?? "youzhi-2017";
  if (id === "xueqian-2020") return preschoolCommand(positional[0], repeated.override ?? [], flags.has("json"), taken.options !== null, io);
  const national = WORKBOOK_STANDARDS.find((s) => s.id === id);
  if (!national) throw new UsageError(`未知标准“${id}”。可用：${WORKBOOK_STANDARDS.map((s) => s.id).join("、")}。`);
  const { overrides, minStudents } = readOverrides(national, repeated.override ?? []);
  const std = withOverrides(national, overrides);
  const file = positional[0];
  const table = await readTable(file);
  const { rows, equipmentUnit } = schoolRows(std, table, file);
  const result = evaluateBalance(std, rows, { equipmentUnit, minStudents });
  const errors = result.checks.filter((c) => c.severity === "error");
  if (errors.length > 0) {
    for (const e of errors) io.err(`错误：${path.basename(file)} 第 ${e.row} 行，${e.school}，“${e.column}”：${e.message}`);
    io.err(`共 ${errors.length} 处数据错误，未计算。请改正后重试。`);
    return 1;
  }
  for (const w of result.checks) io.err(`提示：第 ${w.row} 行，${w.school}，“${w.column}”：${w.message}`);
  if (flags.has("json")) printJson(std, result, io);
  else printTables(std, result, io);
  if (taken.options) {
    try {
      io.out(await writeBalanceWorkbook({ ...taken.options, standard: std, schools: rows, equipmentUnit }));
    } catch (e) {
      if (e instanceof OutputRefusal) {
        io.err(`错误：${e.message}`);
        return 1;
      }
      throw e;
    }
  }
  return 0;
}

/** 学前普及普惠 2020: one row per kindergarten → the county roll-ups. */
async function preschoolCommand(file: string, overrideItems: string[], json: boolean, output: boolean, io: Io): Promise<number> {
  if (output) throw new UsageError("xueqian-2020 没有工作簿输出（-o）：请用 --json 或表格输出。");
  let population: number | undefined;
  const thresholds: Record<string, number> = {};
  for (const item of overrideItems) {
    const m = /^([^=]+)=(.+)$/.exec(item.trim());
    const v = m ? cellNumber(m[2]) : null;
    if (!m || v === null || Number.isNaN(v) || v < 0) throw new UsageError(`--override 应写作 名称=数值，如 适龄人口=26000、P2=0.85，而不是“${item}”。`);
    const name = m[1].trim();
    if (/^(适龄人口|3-5岁人口|三至五岁人口|population)$/i.test(name)) population = v;
    else if (PRESCHOOL_STANDARD.some((x) => x.code === name.toUpperCase() || x.name === name)) thresholds[name.toUpperCase().startsWith("P") ? name.toUpperCase() : name] = v;
    else throw new UsageError(`--override 的“${name}”不是 xueqian-2020 的指标。可用：适龄人口、${PRESCHOOL_STANDARD.map((x) => x.code).join("、")}。`);
  }
  const table = await readTable(file);
  const keys = new Map<string, KindergartenKey>();
  for (const [k, names] of Object.entries(KINDERGARTEN_HEADERS) as [KindergartenKey, string[]][]) for (const n of names) keys.set(n, k);
  const normal = (h: string) => h.replace(/[（(][^）)]*[）)]/g, "").replace(/\s/g, "");
  const columns = table.headers.map((h) => keys.get(normal(h)) ?? null);
  const unknown = table.headers.filter((h, i) => h.trim() !== "" && columns[i] === null && !IGNORED.test(normal(h)));
  if (unknown.length > 0) throw new PlanError("bad_argument", `${path.basename(file)}：不认识的列“${unknown.join("”“")}”。学前普及普惠需要 园名,办园性质,在园幼儿数,专任教师数 [,持证专任教师数,班级数,班额达标班级数]。`);
  const missing = (["name", "nature", "children", "teachers"] as KindergartenKey[]).filter((k) => !columns.includes(k)).map((k) => KINDERGARTEN_HEADERS[k][0]);
  if (missing.length > 0) throw new PlanError("bad_argument", `${path.basename(file)}：缺少列“${missing.join("”“")}”。`);
  const rows: KindergartenRow[] = table.rows.map((cells) => {
    const row: KindergartenRow = {};
    columns.forEach((k, i) => {
      if (k) row[k] = cells[i] ?? null;
    });
    return row;
  });
  const r = evaluatePreschool(rows, { population, thresholds });
  const errors = r.checks.filter((c) => c.severity === "error");
  if (errors.length > 0) {
    for (const e of errors) io.err(`错误：${path.basename(file)} 第 ${e.row} 行，${e.school}，“${e.column}”：${e.message}`);
    return 1;
  }
  for (const w of r.checks) io.err(`提示：${w.message}`);
  if (json) {
    for (const i of r.indicators) io.out(JSON.stringify({ level: "county", stage: "学前", indicator: i.code, name: i.name, value: i.value, threshold: i.threshold, pass: i.pass }));
    io.out(JSON.stringify({ level: "county", stage: "学前", indicator: "all", pass: r.pass }));
    return 0;
  }
  io.out("学前教育普及普惠（教督〔2020〕1号）县域指标：");
  for (const i of r.indicators) {
    const shown = i.code === "P4" ? `1 : ${fmt(i.value, 1)}` : `${fmt(i.value * 100, 2)}%`;
    const limit = i.threshold === null ? "—" : i.code === "P4" ? `≤ 1 : ${i.threshold}` : `≥${fmt(i.threshold * 100, 2)}%`;
    io.out([i.name, shown, limit, i.pass === null ? "（仅供参考）" : i.pass ? BALANCE_LABELS.met : BALANCE_LABELS.missed].join("\t"));
  }
  io.out(`结论：${r.pass ? BALANCE_LABELS.met : BALANCE_LABELS.missed}`);
  return 0;
}

function printJson(std: WorkbookStandard, r: BalanceResult, io: Io): void {
  for (const s of r.schools) {
    io.out(JSON.stringify({ level: "school", school: s.school, stage: s.stage, values: s.values, met: s.met, pass: s.pass, shortfall: s.shortfall, ratios: s.ratios }));
  }
  for (const c of r.county) {
    io.out(JSON.stringify({ level: "county", stage: c.stage, indicator: c.indicator, name: c.name, n: c.n, mean: c.mean, sd: c.sd, cv: c.cv, threshold: c.threshold, pass: c.pass, pulls: c.pulls }));
  }
  for (const v of r.verdicts) {
    io.out(JSON.stringify({ level: "county", stage: v.stage, indicator: "all", composite: v.composite, threshold: v.threshold, rule: std.countyRule, pass: v.pass }));
  }
}

const fmt = (x: number, d = 4) => (Number.isFinite(x) ? Number(x.toFixed(d)).toString() : "—");

function printTables(std: WorkbookStandard, r: BalanceResult, io: Io): void {
  io.out(`${std.title} — ${std.source}`);
  const withStandard = std.indicators.filter((i) => i.thresholds);
  if (withStandard.length > 0) {
    io.out("\n各校（学段）指标：");
    io.out(["学校", "学段", ...withStandard.map((i) => i.code), "达标项", "结论", "差额"].join("\t"));
    for (const s of r.schools) {
      const short = Object.entries(s.shortfall).map(([code, n]) => {
        const ind = std.indicators.find((i) => i.code === code) as WorkbookStandard["indicators"][number];
        return `${ind.name}还差 ${fmt(n, ind.whole ? 0 : 2)} ${ind.shortfallUnit}`;
      });
      io.out([s.school, s.stage, ...withStandard.map((i) => fmt(s.values[i.code], 2)), `${s.met}/${withStandard.length}`, s.pass ? BALANCE_LABELS.met : BALANCE_LABELS.missed, short.join("；")].join("\t"));
    }
  }
  io.out("\n县域校际差异系数：");
  io.out(["学段", "指标", "校数", "均值", "标准差", "差异系数", "标准", "结论", "拉高最多的学校"].join("\t"));
  for (const c of r.county) {
    io.out([c.stage, `${c.indicator} ${c.name}`, String(c.n), fmt(c.mean), fmt(c.sd), fmt(c.cv), `≤${c.threshold}`, c.pass ? BALANCE_LABELS.met : BALANCE_LABELS.missed, c.pulls.map((p) => `${p.school}(${fmt(p.share * 100, 1)}%)`).join("、")].join("\t"));
  }
  for (const v of r.verdicts) {
    const rule = std.countyRule === "each" ? `各项差异系数均≤${v.threshold}` : `综合差异系数≤${v.threshold}`;
    io.out(`${v.stage}：综合差异系数 ${fmt(v.composite)}；${rule}：${v.pass ? BALANCE_LABELS.met : BALANCE_LABELS.missed}`);
  }
}

/** --override: an indicator (code or name) `L2=1.2` / `L2.初中=1.2`, `cv=0.45` / `cv.小学=0.5`, `split.九年一贯制=1.2`, `split.完全中学=1.25`, `最少在校生=50`. */
function readOverrides(std: WorkbookStandard, items: string[]): { overrides: WorkbookOverrides; minStudents?: number } {
  const overrides: WorkbookOverrides = {};
  let minStudents: number | undefined;
  for (const item of items) {
    const m = /^([^=]+?)(?:\.(小学|初中))?=(.+)$/.exec(item.trim());
    const value = m ? cellNumber(m[3]) : null;
    if (!m || value === null || Number.isNaN(value) || value < 0) throw new UsageError(`--override 应写作 名称=数值，如 L2=1.2、L2.初中=1.2、cv.小学=0.45、split.九年一贯制=1.2、最少在校生=50，而不是“${item}”。`);
    const [, name, stage] = m;
    const stages: Stage[] = stage ? [stage as Stage] : ["小学", "初中"];
    if (/^cv$|^差异系数$/i.test(name)) overrides.cv = { ...overrides.cv, ...Object.fromEntries(stages.map((s) => [s, value])) };
    else if (/^split\.九年一贯制$|^九年一贯制$/.test(name)) overrides.nineYear = value;
    else if (/^split\.完全中学$|^完全中学$/.test(name)) overrides.complete = value;
    else if (/^(最少在校生|min-?students|exclude<)$/i.test(name)) minStudents = value;
    else {
      const ind = std.indicators.find((i) => i.code.toLowerCase() === name.toLowerCase() || i.name === name);
      if (!ind) throw new UsageError(`--override 的“${name}”不是 ${std.id} 的指标。可用：${std.indicators.map((i) => i.code).join("、")}、cv、split.九年一贯制、split.完全中学、最少在校生。`);
      if (!ind.thresholds) throw new UsageError(`${ind.code}（${ind.name}）在 ${std.id} 中没有逐校标准，不能覆盖。`);
      overrides.thresholds = { ...overrides.thresholds, [ind.code]: { ...overrides.thresholds?.[ind.code], ...Object.fromEntries(stages.map((s) => [s, value])) } };
    }
  }
  return { overrides, minStudents };
}

/** The header row and the data rows, as text or numbers. */
interface Table {
  headers: string[];
  rows: (string | number | null)[][];
}

async function readTable(file: string): Promise<Table> {
  let data: Buffer;
  try {
    data = readInputBytes(file, " .csv 或 .xlsx 文件");
  } catch (e) {
    throw e instanceof InputFileError ? new PlanError("bad_argument", e.message) : e;
  }
  if (data.length === 0) throw new PlanError("bad_argument", `文件“${file}”是空的。`);
  const zip = data[0] === 0x50 && data[1] === 0x4b;
  if (/\.xlsx$/i.test(file) || zip) {
    if (!zip) throw new PlanError("bad_argument", `“${file}”不是 .xlsx 文件（内容不是 Excel 工作簿）。`);
    return readXlsx(data, file);
  }
  if (/\.xls$/i.test(file)) throw new PlanError("bad_argument", `“${file}”是旧版 .xls：请在 Excel 中另存为 .xlsx 或 CSV 后再试。`);
  // Excel's "Unicode 文本" is UTF-16 with a BOM: its zero bytes are text, not a binary file.
  const utf16 = (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff);
  if (!utf16 && data.indexOf(0) >= 0) throw new PlanError("bad_argument", `“${file}”不是文本或 .xlsx 文件。`);
  try {
    return parseCsv(readInputText(file, data));
  } catch (e) {
    throw e instanceof InputFileError ? new PlanError("bad_argument", e.message) : e;
  }
}

/** RFC 4180 CSV (quotes, doubled quotes, line breaks inside quotes); a tab-separated file too. */
export function parseCsv(text: string): Table {
  const firstLine = text.split(/\r?\n/, 1)[0];
  const sep = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  const records: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      records.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    records.push(row);
  }
  const nonEmpty = records.filter((r) => r.some((c) => c.trim() !== ""));
  if (nonEmpty.length === 0) throw new PlanError("bad_argument", "文件中没有表头与数据。");
  const [headers, ...rows] = nonEmpty;
  return { headers: headers.map((h) => h.trim()), rows: rows.map((r) => r.map((c) => (c.trim() === "" ? null : c.trim()))) };
}

async function readXlsx(data: Buffer, file: string): Promise<Table> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new PlanError("bad_argument", `“${file}”无法作为 .xlsx 打开（文件损坏或加密）。`);
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new PlanError("bad_argument", `“${file}”没有工作表。`);
  const grid: (string | number | null)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (r) => {
    const cells: (string | number | null)[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const v = r.getCell(c).value as unknown;
      const value = v && typeof v === "object" && "result" in (v as object) ? (v as { result: unknown }).result : v && typeof v === "object" && "richText" in (v as object) ? (v as { richText: { text: string }[] }).richText.map((t) => t.text).join("") : v;
      cells.push(value === null || value === undefined || value === "" ? null : typeof value === "number" ? value : String(value).trim());
    }
    grid.push(cells);
  });
  if (grid.length === 0) throw new PlanError("bad_argument", `“${file}”的第一个工作表是空的。`);
  const [headers, ...rows] = grid;
  return { headers: headers.map((h) => (h === null ? "" : String(h))), rows };
}

/** Rows keyed by input column; unknown or missing columns are refused by name. */
function schoolRows(std: WorkbookStandard, table: Table, file: string): { rows: InputRow[]; equipmentUnit: EquipmentUnit } {
  const headers = table.headers.map((h) => (IGNORED.test(h.replace(/\s/g, "")) ? "" : h));
  const found = recogniseSource(std, "", headers, { row: 0, col: 0 });
  if (found.unknown.length > 0) {
    throw new PlanError("bad_argument", `${path.basename(file)}：不认识的列“${found.unknown.join("”“")}”。请改为标准表头，如 学校,学段,在校生数,高于规定学历教师数,县级以上骨干教师数,…（见 plan-targets --help）。`);
  }
  if (found.missing.length > 0) throw new PlanError("bad_argument", `${path.basename(file)}：缺少列“${found.missing.join("”“")}”。`);
  const source = found.source as NonNullable<typeof found.source>;
  const columns = Object.entries(source.columns) as [InputKey, { col: number }][];
  const rows = table.rows.map((cells) => {
    const row: InputRow = {};
    for (const [key, { col }] of columns) row[key] = cells[col] ?? null;
    return row;
  });
  return { rows, equipmentUnit: source.equipmentUnit };
}

/** options() plus boolean flags and repeatable options. */
function withFlags(args: string[], names: string[], flagNames: string[], repeatable: string[] = []) {
  const flags = new Set<string>();
  const repeated: Record<string, string[]> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const m = /^--([a-z0-9]+)(?:=(.*))?$/.exec(args[i]);
    if (m && flagNames.includes(m[1])) flags.add(m[1]);
    else if (m && repeatable.includes(m[1])) {
      const v = m[2] ?? args[++i];
      if (v === undefined) throw new UsageError(`选项 --${m[1]} 需要一个值。`);
      (repeated[m[1]] ??= []).push(v);
    } else rest.push(args[i]);
  }
  const { positional, named } = options(rest, names);
  return { positional, named, flags, repeated };
}
