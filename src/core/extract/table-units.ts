/** What a table cell or caption may state as a unit, and how a measure's name ends. */
import { parseTarget } from "../parse-target";
import { showTarget, type ShownTarget } from "../target";
import { PERSON_NOUNS } from "./lexicon";
import { unitAt } from "../phrase/units";

/** A unit as a table writes it in a cell, a unit column or a caption: %, 万人, 所, 元/生. */
export const UNIT_CELL = /^(%|‰|个百分点|万?(人|人次|名|位|所|个|家|项|套|台|间|张|米|册|本|起|期|次|条|处|户|亩|平方米|元|辆|座|块|场|场次)|岁|年|小时|万元|亿元|千米|公里|㎡|m2|M2|m²|平米|[^\d\s]{1,4}\/[^\d\s]{1,4})$/;

/** A unit as the text writes it, in the form items state it (㎡, m2, 平米 → 平方米); any other text as it is. */
export function canonicalUnit(u: string): string {
  const known = unitAt(u, 0);
  return known !== undefined && known[0] === u ? known[1] : u;
}

/** Header cells over the column of row labels (指标 | 2020年 | 2025年). */
const LABEL_HEADERS = new Set(["类别", "序号", "领域", "分类", "指标类别", "维度"]);
/** …and the many ways a table words 指标 or 项目 over its labels (主要项目和指标, 监测指标, 指标名称). */
const LABEL_HEADER = /^(?:主要|核心|具体|监测|评价|评估|考核|主要发展|发展)?(?:项目|指标)(?:[和及与](?:项目|指标))?(?:名称|内容|类别)?$/;
/** A corner cell naming both axes (类别/学年度, 项目/年份, 年度/指标): the labels run down, the years across. */
const CORNER_HEADER = /^(?:类别|项目|指标|分类)[/／\\](?:年度|年份|学年度?|年|学期)$|^(?:年度|年份|学年度?)[/／\\](?:类别|项目|指标|分类)$/;
/** The first characters a label header may open on: most lines are ruled out with one lookup. */
export const LABEL_HEADER_STARTS = new Set([...LABEL_HEADERS, "主", "核", "具", "监", "评", "考", "发", "项", "指", "年"].map((h) => h.charCodeAt(0)));

export function isLabelHeader(t: string): boolean {
  return LABEL_HEADERS.has(t) || LABEL_HEADER.test(t) || CORNER_HEADER.test(t);
}

/** A gloss in brackets after a column's header (2020年基期值(起始日期用作比较的数据)), longer than a unit marker. */
export const HEADER_GLOSS = /[(（][^()（）]{9,40}[)）]$/;

/** Columns of what was planned and what was done, for the row's indicator (计划任务数 | 累计完成数, 全年计划完成数 | 实际完成数). */
export const PLAN_HEADERS = /^(全年|年度|本年)?(计划|目标)(完成|任务)?(数|值|数量)$|^(计划|目标)?任务数$/;
/** A column of a measure the table plans (计划招生人数, 预计投资额), not the plan of the row's indicator (计划数, above). */
export const PLANNED_MEASURE = /^(计划|预计|拟)[\u4e00-\u9fff]{2,}/;
export const DONE_HEADERS = /^(累计|实际)(完成)?(数|值|数量)$|^(累计|实际)?完成(数|值|数量)$/;
/** A column of the share done (完成率, 完成进度): a figure of its own, not one of the row's indicator. */
export const SHARE_DONE_HEADER = /^完成(率|比例|进度)/;

/** The end of a name that measures something (…率, …数, …面积); a name without it names a part (小学, 城区). */
export const MEASURE_END = /(率|比|比例|占比|比重|数|量|额|面积|年限|系数)$/;

/** What a count is counted in when the table does not say (园数 → 所, 班级数 → 个, 专任教师数 → 人); null when the name does not tell. */
export function impliedCountUnit(name: string): string | null {
  if (!name.endsWith("数")) return null;
  if (/人次数$/.test(name)) return "人次";
  if (/人数$/.test(name)) return "人";
  const noun = name.slice(0, -1);
  if (/(学校|校|园|幼儿园|小学|中学|初中|高中|学院|大学|机构)$/.test(noun)) return "所";
  if (/(班|班级|教学点|项目|点|学位|托位|床位)$/.test(noun)) return "个";
  if (/(生|师|员|长|儿|幼儿|儿童|少年|职工|人口|者|干部|医)$/.test(noun) || PERSON_NOUNS.test(noun)) return "人";
  return null;
}

/**
 * A cell's figure under a unit of ten thousands (79.97 under 万人, 90.87 under 万平方米), counted in
 * the unit itself (799700 人); null for any other unit (万元 and 亿元 stay units) or a cell that
 * does not read so.
 */
export function inTenThousands(text: string, unit: string): ShownTarget | null {
  if (!/^万(?!元)./.test(unit)) return null;
  try {
    const t = showTarget(parseTarget(text + unit));
    if (t.unit === unit.slice(1)) return t;
  } catch {
    // read below
  }
  // 22.7 under 万人年: a unit the text reader does not know, counted in ten thousands all the same
  return /^\d+(?:\.\d+)?$/.test(text) ? { comparator: "=", value: Math.round(Number(text) * 10000 * 1e6) / 1e6, unit: unit.slice(1) } : null;
}

/** A column of row numbers (序号, 编号), and a row's number in it. */
export const SERIAL_HEADERS: ReadonlySet<string> = new Set(["序号", "编号"]);
export const SERIAL = /^\d{1,3}$/;

/** Figures alone on a line, a cell left empty as a dash: a row's figures under its label, as PDF copies wrap them (- - 40.0 88.3 120.5). */
export const FIGURES_ALONE = /^(?:\d+(?:\.\d+)?|[—–…-]+)(?:\s+(?:\d+(?:\.\d+)?|[—–…-]+))*$/;

/** A label and its unit marker: 初中学校数(所), 初中在校学生数(万人), 招生总量(万人). */
export const MARKED_LABEL = /^(.+?)[(（](万?(?:人年|人次|人|所|个|平方米|元|万元|亿元|册|台|间|名|项|篇|种|件|部|套))[)）]$/;

/** A unit in brackets alone in its cell (所), （万人）, (%): a line of them under a header gives each column its unit. */
export const UNIT_MARK = /^[(（]\s*([^()（）\s]{1,6})\s*[)）]$/;

/** A row on one line: its label (a list number at most for digits) and two or more figures set apart by spaces (Beijing 21 312 1454). */
export const ONE_LINE_ROW = /^((?:\d{1,2}[.、])?[^\d]*?[^\d\s])\s+((?:\d+(?:\.\d+)?|[—–-])(?:\s+(?:\d+(?:\.\d+)?|[—–-]))+)$/;
/** The figures of such a row, in order (global: reset lastIndex before a scan). */
export const ROW_FIGURE = /\d+(?:\.\d+)?|[—–-]/g;

/** A column of its measure's total, above or among its parts (合计 under 职工总数; 合计 | 其中:女 | 一年级 …; 计 under 教学及辅助用房). */
export const TOTAL_COLUMN = /^(合计|小计|总计|总数|计)$/;

/** A cell's text without the spaces a copy put inside it (地 区 → 地区, 入园(班) 儿 童 数). */
export const compact = (t: string): string => t.replace(/\s+/g, "");
/** A plain number alone in its cell (1340, 99.70, -2): what the yearbook readers take for a figure. */
export const BARE_NUMBER = /^[+-]?\d+(\.\d+)?$/;
/** A cell that marks a figure left out (—, -, /, …). */
export const EMPTY_MARK = /^[—–\-－/／…]+$/;
