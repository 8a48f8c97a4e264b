/**
 * 学校指标: row i reads input row i. Each indicator's value beside its standard and its
 * shortfall in natural units, like 申报表 表Ⅱ; the number met and the verdict. Hidden numeric
 * helpers (有效, P, 分摊, R1…, X1…) make the county formulas plain SUMIFS/SUMPRODUCT.
 */
import { columnLetters, qualify } from "../a1";
import type { PlanRule } from "../formulas/rules";
import { RULE_COLORS } from "../status";
import type { CellValue, FormulaMode, PlanColumn } from "../template";
import { INPUT_COLUMNS, neededFigures, RESOURCE, SCHOOL_TYPES, STAGES, type InputKey, type InputSource, type InputSpec, type WorkbookIndicator, type WorkbookStandard } from "./school-inputs";
import { BALANCE_LABELS, column, filled, IN_ROW, letterOf, num, ROW, sheetPlan, str, type SheetPlan } from "./workbook-sheet";

/** School-sheet column keys of indicator k. */
export const schoolKeys = (code: string) => ({ value: `${code}_value`, standard: `${code}_std`, shortfall: `${code}_short`, r: `h_R_${code}`, x: `h_X_${code}` });

function schoolColumns(std: WorkbookStandard, mode: FormulaMode): PlanColumn[] {
  const cols: PlanColumn[] = [column("school", "学校", "reference", 24, true), column("stage", "学段", "reference", 6, true)];
  for (const ind of std.indicators) {
    const k = schoolKeys(ind.code);
    cols.push(column(k.value, `${ind.code} ${ind.name}`, "computed", 12));
    if (ind.thresholds) cols.push(column(k.standard, `${ind.code} 标准`, "reference", 7), column(k.shortfall, `${ind.code} 差额（${ind.shortfallUnit}）`, "computed", 10));
  }
  if (std.minMet !== null) cols.push(column("met", "达标项数", "computed", 8), column("verdict", "该校是否达标", "computed", 10));
  cols.push(
    column("check", "数据检查", "computed", 30),
    column("h_valid", "辅助·有效", "computed", 6, false, true),
    column("h_P", "辅助·在校生", "computed", 8, false, true),
    column("h_share", "辅助·分摊比例", "computed", 8, false, true),
  );
  for (const ind of std.indicators) {
    const k = schoolKeys(ind.code);
    cols.push(column(k.r, `辅助·R ${ind.code}`, "computed", 8, false, true), column(k.x, `辅助·X ${ind.code}`, "computed", 8, false, true));
  }
  if (mode === "live") {
    // PLAN.SCHOOL_CV reads one 学段's rows: these hold the row's P and R when it belongs to the 学段, else blank.
    for (const s of STAGES) {
      cols.push(column(`h_P_${s}`, `辅助·在校生·${s}`, "computed", 8, false, true));
      for (const ind of std.indicators) cols.push(column(`h_R_${ind.code}_${s}`, `辅助·R ${ind.code}·${s}`, "computed", 8, false, true));
    }
  }
  return cols;
}

export function valueFormat(ind: WorkbookIndicator): string {
  return ind.shortfallUnit === "元" ? "#,##0.00" : "0.00";
}

function shortfallFormat(ind: WorkbookIndicator): string {
  return ind.whole ? "0" : "#,##0.00";
}

/**
 * The share of a school's shared physical resources that belongs to this row's 学段
 * (balance.md §3): 1 for a plain 小学 or 初中.
 */
function shareFormula(std: WorkbookStandard, c: (k: InputKey) => string): string {
  const [t, s, a, b, cc] = [c("type"), c("stage"), c("primary"), c("junior"), c("senior")];
  const { nineYear: n, complete: m, twelveYear: [p, q] } = std.split;
  const nine = `IF(${s}="小学",${a}/(${a}+${num(n)}*${b}),${num(n)}*${b}/(${a}+${num(n)}*${b}))`;
  const complete = `${b}/(${b}+${num(m)}*${cc})`;
  const twelveDen = `(${a}+${num(p)}*${b}+${num(q)}*${cc})`;
  const twelve = `IF(${s}="小学",${a}/${twelveDen},${num(p)}*${b}/${twelveDen})`;
  return `IF(${t}="九年一贯制",${nine},IF(${t}="完全中学",${complete},IF(${t}="十二年一贯制",${twelve},1)))`;
}

/**
 * The data check (审核) of one row: "" when the row is complete or blank, else the first
 * problem. A row with a problem is left out of nothing silently: the county shows 数据有误.
 */
function checkFormula(std: WorkbookStandard, c: (k: InputKey) => string, has: (k: InputKey) => boolean, whole: string, headerOf: (k: InputKey) => string): string {
  const figures = neededFigures(std);
  const required = figures.map(c).join(",");
  const numbers = INPUT_COLUMNS.filter((x) => !x.text && has(x.key)).map((x) => c(x.key)).join(",");
  const [t, s] = [c("type"), c("stage")];
  const stageOk = `OR(${s}="小学",${s}="初中")`;
  const typeOk = `OR(${t}="",${SCHOOL_TYPES.map((x) => `${t}=${str(x)}`).join(",")})`;
  const splitMissing =
    `OR(AND(${t}="九年一贯制",COUNT(${c("primary")},${c("junior")})<2),` +
    `AND(${t}="十二年一贯制",COUNT(${c("primary")},${c("junior")},${c("senior")})<3),` +
    `AND(${t}="完全中学",COUNT(${c("junior")},${c("senior")})<2))`;
  return (
    `=IF(COUNTA(${whole})=0,"",` +
    `IF(LEN(TRIM(${c("school")}))=0,"学校名称为空",` +
    `IF(NOT(${stageOk}),"学段应为小学或初中",` +
    `IF(NOT(${typeOk}),"学校类型应为${SCHOOL_TYPES.join("、")}之一",` +
    `IF(OR(NOT(ISNUMBER(${c("students")})),N(${c("students")})<=0),"${headerOf("students")}为空或不大于0",` +
    `IF(COUNT(${required})<${figures.length},"有指标未填报（空白不按0计）",` +
    `IF(MIN(${numbers})<0,"有负数",` +
    `IF(N(${c("indoorSport")})>${c("teachingArea")},"室内体育用房面积大于教学及辅助用房面积",` +
    `IF(AND(${t}="完全中学",${s}<>"初中"),"完全中学只计初中部",` +
    `IF(${splitMissing},"${"一贯制学校或完全中学需填各学段在校生数"}",""))))))))))`
  );
}

export function schoolSheet(std: WorkbookStandard, mode: FormulaMode, name: string, table: string, source: InputSource, rows: number): SheetPlan {
  const columns = schoolColumns(std, mode);
  const L = (key: string) => letterOf(columns, key) + ROW;
  const unit = source.equipmentUnit;
  const has = (k: InputKey) => source.columns[k] !== undefined;
  // An absent optional column reads as a blank: "" (N("") is 0, COUNT skips it).
  const inp = (k: InputKey) => {
    const c = source.columns[k];
    return c ? qualify(source.sheetName, columnLetters(c.col) + IN_ROW) : '""';
  };
  const headerOf = (k: InputKey) => source.columns[k]?.header ?? (INPUT_COLUMNS.find((x) => x.key === k) as InputSpec).header;
  // The whole input row, one sheet prefix: 'sheet'!A2:O2.
  const cols = Object.values(source.columns).map((c) => (c as { col: number }).col);
  const wholeRow = qualify(source.sheetName, `${columnLetters(Math.min(...cols))}${IN_ROW}:${columnLetters(Math.max(...cols))}${IN_ROW}`);

  const stage = L("stage");
  const valid = L("h_valid");
  const P = L("h_P");
  const templates: Record<string, { formula: string; format: string }> = {
    school: { formula: `=IF(${inp("school")}="","",${inp("school")})`, format: "General" },
    stage: { formula: `=IF(${inp("stage")}="","",${inp("stage")})`, format: "General" },
    check: { formula: checkFormula(std, inp, has, wholeRow, headerOf), format: "General" },
    h_valid: { formula: `=IF(AND(${L("check")}="",COUNTA(${wholeRow})>0),1,0)`, format: "0" },
    h_P: { formula: `=IF(${valid}=1,${inp("students")},0)`, format: "0" },
    h_share: { formula: `=IF(${valid}=1,${shareFormula(std, inp)},0)`, format: "0.0000" },
  };
  const metTerms: string[] = [];
  const floorTerms: string[] = [];
  for (const ind of std.indicators) {
    const k = schoolKeys(ind.code);
    const scale = ind.per100 ? "*100" : "";
    const r = RESOURCE[ind.code](inp, unit) + (ind.shared ? `*${L("h_share")}` : "");
    templates[k.r] = { formula: `=IF(${valid}=1,${r},0)`, format: "General" };
    templates[k.x] = { formula: `=IF(${valid}=1,${L(k.r)}/${P}${scale},0)`, format: "General" };
    templates[k.value] = { formula: `=IF(${valid}=1,${L(k.x)},"")`, format: valueFormat(ind) };
    const t = ind.thresholds;
    if (!t) continue;
    const [v, sd] = [L(k.value), L(k.standard)];
    const need = `${sd}*${P}${ind.per100 ? "/100" : ""}-${L(k.r)}`;
    templates[k.standard] = {
      formula: `=IF(${stage}="小学",${num(t["小学"])},IF(${stage}="初中",${num(t["初中"])},""))`,
      format: "General",
    };
    templates[k.shortfall] = {
      formula: `=IF(${valid}=1,IF(${v}>=${sd},"",${ind.whole ? `ROUNDUP(${need},0)` : need}),"")`,
      format: shortfallFormat(ind),
    };
    metTerms.push(`(${v}>=${sd})`);
    floorTerms.push(`${v}>=${num(std.floor)}*${sd}`);
  }
  if (std.minMet !== null) templates.met = { formula: `=IF(${valid}=1,${metTerms.join("+")},"")`, format: "0" };
  if (std.minMet !== null) templates.verdict = {
    formula:
      `=IF(${valid}=1,IF(AND(${L("met")}>=${std.minMet},${floorTerms.join(",")}),${str(BALANCE_LABELS.met)},${str(BALANCE_LABELS.missed)}),` +
      `IF(${L("check")}="","",${str(BALANCE_LABELS.blocked)}))`,
    format: "General",
  };
  if (mode === "live") {
    for (const s of STAGES) {
      const mine = `AND(${valid}=1,${stage}=${str(s)})`;
      templates[`h_P_${s}`] = { formula: `=IF(${mine},${P},"")`, format: "General" };
      for (const ind of std.indicators) templates[`h_R_${ind.code}_${s}`] = { formula: `=IF(${mine},${L(schoolKeys(ind.code).r)},"")`, format: "General" };
    }
  }

  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const row = i + 2;
    values.push(columns.map(() => null));
    formulas.push(columns.map((c) => filled(templates[c.key].formula, row, source.firstRow + i + 1)));
    numberFormats.push(columns.map((c) => templates[c.key].format));
  }

  // Red below the 85% floor, amber from the floor to the standard; the verdict red or green.
  const rules: PlanRule[] = [];
  for (const ind of std.indicators.filter((x) => x.thresholds)) {
    const k = schoolKeys(ind.code);
    const $v = "$" + filled(L(k.value), 2);
    const $sd = "$" + filled(L(k.standard), 2);
    rules.push(
      { columns: [k.value], formula: `=AND(ISNUMBER(${$v}),ISNUMBER(${$sd}),${$v}<${num(std.floor)}*${$sd})`, ...RULE_COLORS.missed, meaning: "missed" },
      { columns: [k.value], formula: `=AND(ISNUMBER(${$v}),ISNUMBER(${$sd}),${$v}<${$sd})`, ...RULE_COLORS.at_risk, meaning: "at_risk" },
    );
  }
  if (std.minMet !== null) {
    const verdict = "$" + filled(L("verdict"), 2);
    rules.push(
      { columns: ["verdict"], formula: `=${verdict}=${str(BALANCE_LABELS.missed)}`, ...RULE_COLORS.missed, meaning: "missed" },
      { columns: ["verdict", "check"], formula: `=${verdict}=${str(BALANCE_LABELS.blocked)}`, ...RULE_COLORS.stale, meaning: "stale" },
      { columns: ["verdict"], formula: `=${verdict}=${str(BALANCE_LABELS.met)}`, ...RULE_COLORS.met, meaning: "met" },
    );
  } else {
    const check = "$" + filled(L("check"), 2);
    rules.push({ columns: ["check"], formula: `=LEN(${check})>0`, ...RULE_COLORS.stale, meaning: "stale" });
  }
  return sheetPlan("school", name, table, columns, { values, formulas, numberFormats, rules, lists: [] });
}
