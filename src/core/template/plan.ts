/**
 * TemplatePlan: a whole indicator sheet as data, with no Office.js. Built from a template
 * definition (built-in or extracted); consumed by the Office.js applier (src/excel) and by the
 * ExcelJS exporter (src/xlsx). Neither applier knows any target logic: everything they write
 * is here.
 *
 * Cells are addressed in A1 notation relative to `anchor` (the header's top-left cell), so
 * a plan can be placed anywhere; a new sheet uses A1.
 */
import { columnLetters } from "../a1";
import { PlanError } from "../errors";
import { formulasFor, type ComputedFormulas } from "../formulas/computed-columns";
import { planRules, type PlanRule } from "../formulas/rules";
import { formatTarget, type Target } from "../target";
import { HELPER_KEYS, HELPER_VALUE_KEYS, PLAN_FILLS, planColumns, type CellValue, type ColumnKey, type ColumnKind, type FormulaMode, type HelperKey, type PlanColumn } from "./columns";
import { parseRowTarget, type TemplateDefinition, type TemplateRowDefinition } from "./definition";
import { helperValues } from "./helper-values";
import { uniqueSheetName, uniqueTableName } from "./names";
import { numberFormatsFor } from "./number-formats";

export interface TemplateMetadata {
  templateId: string;
  title: string;
  /** Document cited, e.g. 《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）. */
  source: string;
  mode: FormulaMode;
  /** One per row, in row order: the parsed target that the formulas check. */
  targets: Target[];
  version: 1;
  /** Row keys of the template (TemplateRowDefinition.key), in row order. */
  rowKeys?: string[];
  /** Target texts the user replaced (row key or indicator → text), e.g. a province's stricter threshold. */
  overrides?: Record<string, string>;
}

export interface TemplatePlan {
  sheetName: string;
  tableName: string;
  /** Zero-based row and column of the header's top-left cell. */
  anchor: { row: number; col: number };
  columns: PlanColumn[];
  /** Data rows × columns. Exactly one of value or formula is meaningful per cell: formulas start with "=". */
  values: CellValue[][];
  formulas: (string | null)[][];
  /** Data rows × columns, Excel number format codes ("General", "0.0%", "0", "#,##0.00\"万元\"", "@"). */
  numberFormats: string[][];
  /** Fill colours by column kind. */
  fills: Record<ColumnKind, string>;
  rules: PlanRule[];
  freezeHeader: boolean;
  metadata: TemplateMetadata;
}

/** A sheet as the appliers write it: a TemplatePlan without the template memory (balance sheets too). */
export type SheetLike = Omit<TemplatePlan, "metadata">;

export interface BuildOptions {
  mode?: FormulaMode;
  /** Zero-based row and column of the header's top-left cell; default A1. */
  anchor?: { row: number; col: number };
  existingSheetNames?: string[];
  /** Table names and defined names already in the workbook (one namespace). */
  existingTableNames?: string[];
  /** Replaces a row's target text: key is a row key or an indicator naming exactly one row. */
  overrides?: Record<string, string>;
}

/** Row index for an override key: a row key, else an indicator naming exactly one row. */
function overrideRow(rows: readonly TemplateRowDefinition[], key: string, templateId: string): number {
  const byKey = rows.findIndex((r) => r.key === key);
  if (byKey >= 0) return byKey;
  const byIndicator = rows.map((r, i) => (r.indicator === key ? i : -1)).filter((i) => i >= 0);
  if (byIndicator.length === 1) return byIndicator[0];
  if (byIndicator.length > 1) {
    const keys = byIndicator.map((i) => rows[i].key).join("、");
    throw new PlanError("bad_argument", `指标“${key}”在模板 ${templateId} 中有 ${byIndicator.length} 行，请用行号之一：${keys}`, key);
  }
  throw new PlanError("bad_argument", `模板 ${templateId} 中没有行号或指标“${key}”，无法覆盖其目标`, key);
}

/**
 * The whole sheet for a template, as data: names, columns, values, formulas (live: PLAN
 * functions; portable: native formulas over hidden helper columns), number formats, fills,
 * rules and metadata. Throws PlanError for a template without targets (a summary's actuals:
 * use fillActualsFromSummary), for an unreadable target or override, and for an unknown mode.
 */
export function buildTemplatePlan(definition: TemplateDefinition, options: BuildOptions = {}): TemplatePlan {
  const mode: FormulaMode = options.mode ?? "live";
  if (mode !== "live" && mode !== "portable") throw new PlanError("bad_argument", `未知的公式模式“${String(mode)}”`, String(mode));
  const anchor = options.anchor ?? { row: 0, col: 0 };
  if (!(Number.isInteger(anchor.row) && Number.isInteger(anchor.col) && anchor.row >= 0 && anchor.col >= 0)) {
    throw new PlanError("bad_argument", "锚点必须是非负整数行列", JSON.stringify(anchor));
  }
  const rows = definition.rows;
  if (definition.kind !== "targets" || rows.some((r) => r.target === null)) {
    throw new PlanError(
      "bad_argument",
      `“${definition.title}”是实际值样本，没有目标，不能单独生成目标表；请用它填写其他模板的实际值（fillActualsFromSummary）`,
      definition.id,
    );
  }

  const targetText = rows.map((r) => r.target as string);
  const overrides = options.overrides ?? {};
  for (const key of Object.keys(overrides)) {
    targetText[overrideRow(rows, key, definition.id)] = overrides[key];
  }
  const targets = rows.map((r, i) =>
    parseRowTarget(targetText[i], r, targetText[i] === r.target ? "目标" : "覆盖目标"),
  );

  const columns = planColumns(mode);
  const col = (key: ColumnKey | HelperKey) => anchor.col + columns.findIndex((c) => c.key === key);
  const firstDataRow = anchor.row + 1;

  // Every row has the same relative formulas: write them once with a row placeholder, then
  // fill in each row's number (10,000 portable rows would otherwise build 40,000 long strings).
  const ROW = "\u0000";
  const at = (key: ColumnKey | HelperKey) => columnLetters(col(key)) + ROW;
  const helpers = mode === "portable" ? Object.fromEntries(HELPER_KEYS.map((k) => [k, at(k)])) : undefined;
  const template = formulasFor(mode, {
    actual: at("actual"),
    target: at("target"),
    baseline: at("baseline"),
    note: at("note"),
    ...(helpers ? { gap: at("gap"), helpers } : {}),
  });
  const pieces = Object.fromEntries(Object.entries(template).map(([k, f]) => [k, (f as string).split(ROW)]));

  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  rows.forEach((r, i) => {
    const t = targets[i];
    const rowNumber = String(firstDataRow + i + 1);
    const computed = Object.fromEntries(Object.entries(pieces).map(([k, p]) => [k, p.join(rowNumber)])) as unknown as ComputedFormulas;
    const { level, gap } = numberFormatsFor(t, r.format);
    const targetText = formatTarget(t);
    const helperCells = helperValues(t, targetText);
    const cell: Record<ColumnKey | HelperKey, { value: CellValue; formula?: string; format: string }> = {
      seq: { value: i + 1, format: "0" },
      section: { value: r.section, format: "@" },
      indicator: { value: r.indicator, format: "@" },
      scope: { value: r.scope, format: "@" },
      target: { value: targetText, format: "@" },
      unit: { value: t.unit, format: "@" },
      deadline: { value: r.deadline, format: "0" },
      baseline: { value: r.baseline ?? null, format: level },
      actual: { value: r.actual ?? null, format: level },
      gap: { value: null, formula: computed.gap, format: gap },
      progress: { value: null, formula: computed.progress, format: "0.0%" },
      // Never "@" on a formula cell: Excel would keep the formula as text.
      status: { value: null, formula: computed.status, format: "General" },
      note: { value: null, format: "@" },
      source: { value: `${definition.source}${r.page ? `第${r.page}页` : ""}：“${r.quote}”`, format: "@" },
      // Portable helpers (unused in live mode): constants from parseTarget, then the check formula.
      ...(Object.fromEntries(
        HELPER_VALUE_KEYS.map((k, j) => [k, { value: helperCells[j], format: k === "h_text" || k === "h_cmp" ? "@" : "General" }]),
      ) as Record<Exclude<HelperKey, "h_check">, { value: CellValue; format: string }>),
      h_check: { value: null, formula: computed.check, format: "General" },
    };
    type Key = ColumnKey | HelperKey;
    values.push(columns.map((c) => cell[c.key as Key].value));
    formulas.push(columns.map((c) => cell[c.key as Key].formula ?? null));
    numberFormats.push(columns.map((c) => cell[c.key as Key].format));
  });

  const name = definition.sheetName || definition.title;
  const usedOverrides = Object.keys(overrides).length > 0 ? { ...overrides } : undefined;
  return {
    sheetName: uniqueSheetName(name, options.existingSheetNames ?? []),
    tableName: uniqueTableName(name, options.existingTableNames ?? []),
    anchor: { row: anchor.row, col: anchor.col },
    columns,
    values,
    formulas,
    numberFormats,
    fills: { ...PLAN_FILLS },
    rules: planRules(col("status"), firstDataRow, mode),
    freezeHeader: true,
    metadata: {
      templateId: definition.id,
      title: definition.title,
      source: definition.source,
      mode,
      targets,
      version: 1,
      rowKeys: rows.map((r) => r.key),
      ...(usedOverrides ? { overrides: usedOverrides } : {}),
    },
  };
}
