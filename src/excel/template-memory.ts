/**
 * What the workbook remembers about an inserted template: one custom XML part per template,
 * so that reopening the file or re-checking finds the table without re-selecting anything.
 *
 * Custom XML parts travel with the .xlsx, are invisible in the grid and cannot be broken by
 * editing cells. Targets are stored as JSON text inside the XML (escaped like every other
 * field): it round-trips every number exactly and needs no schema of its own. They are
 * dictionary-encoded ([distinct targets as tuples, one index per row]) because the part is
 * written in the same request as the cells: 10,000 rows of plain JSON objects would add
 * about 2 MB to it, the dictionary form a few tens of KB.
 */
import type { Target } from "../core/target";
import { portableColumnIndexes, type FormulaMode } from "../core/template";
import { toWorkbookError } from "./errors";
import { API, SupportCheck, inExcel, officeSupports } from "./run";
import { columnKey, queueColumnNames } from "./template-table";

export const TEMPLATE_NAMESPACE = "urn:dabiao:template:v1";

export interface TemplateRecord {
  templateId: string;
  title: string;
  source: string;
  mode: FormulaMode;
  version: 1;
  sheetName: string;
  tableName: string;
  /** The table's address on its sheet when inserted, e.g. A1:N44. */
  address: string;
  /** Column keys in sheet order, so a re-check knows which column holds 实际值. */
  columns: string[];
  /** One per data row, in row order. */
  targets: Target[];
  /** ISO time of insertion. */
  createdAt: string;
  /** The template's row keys, in row order (built-in templates). */
  rowKeys?: string[];
  /** Target texts the user replaced when inserting (row key or indicator → text). */
  overrides?: Record<string, string>;
}

export interface FoundTemplate extends TemplateRecord {
  /** The custom XML part's id. */
  partId: string;
  /** Whether a table of that name is still in the workbook. */
  tableFound: boolean;
  /** The sheet that holds the table now (sheets can be renamed), or null when the table is gone. */
  currentSheetName: string | null;
}

// XML 1.0 forbids these characters even as references; they are replaced, never written.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content (never attribute values: quotes stay as they are, which keeps JSON compact). */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;"); // parsers turn a raw CR into LF
}

type TargetTuple = [Target["comparator"], number | null, number | null, number | null, [number, number] | null, string | null, boolean, boolean];

/** [distinct targets, row → index]: rows repeat the same few targets. */
export function encodeTargets(targets: Target[]): [TargetTuple[], number[]] {
  const dict: TargetTuple[] = [];
  const seen = new Map<string, number>();
  const rows = targets.map((t) => {
    const tuple: TargetTuple = [t.comparator, t.value, t.min, t.max, t.ratio, t.unit, t.percent, t.stated];
    const key = JSON.stringify(tuple);
    let i = seen.get(key);
    if (i === undefined) {
      i = dict.push(tuple) - 1;
      seen.set(key, i);
    }
    return i;
  });
  return [dict, rows];
}

const COMPARATORS = new Set([">=", "<=", "=", "range", "increase_by", "decrease_by", "ratio"]);
const numOrNull = (x: unknown) => x === null || (typeof x === "number" && Number.isFinite(x));

export function decodeTargets(data: unknown): Target[] | null {
  if (!Array.isArray(data) || data.length !== 2 || !Array.isArray(data[0]) || !Array.isArray(data[1])) return null;
  const dict: Target[] = [];
  for (const t of data[0] as unknown[]) {
    if (!Array.isArray(t) || t.length !== 8) return null;
    const [comparator, value, min, max, ratio, unit, percent, stated] = t as unknown[];
    const ratioOk = ratio === null || (Array.isArray(ratio) && ratio.length === 2 && ratio.every((x) => typeof x === "number"));
    if (!COMPARATORS.has(comparator as string) || ![value, min, max].every(numOrNull) || !ratioOk) return null;
    if (!(unit === null || typeof unit === "string") || typeof percent !== "boolean" || typeof stated !== "boolean") return null;
    dict.push({
      comparator: comparator as Target["comparator"],
      value: value as number | null,
      min: min as number | null,
      max: max as number | null,
      ratio: ratio as [number, number] | null,
      unit: unit as string | null,
      percent,
      stated,
    });
  }
  const out: Target[] = [];
  for (const i of data[1] as unknown[]) {
    if (typeof i !== "number" || !dict[i]) return null;
    out.push({ ...dict[i], ratio: dict[i].ratio ? [...dict[i].ratio] as [number, number] : null });
  }
  return out;
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === "#") {
      const cp = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : "\uFFFD";
    }
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] as string;
  });
}

const FIELDS = ["templateId", "title", "source", "mode", "sheetName", "tableName", "address", "createdAt"] as const;

export function templateXml(r: TemplateRecord): string {
  const el = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<template xmlns="${TEMPLATE_NAMESPACE}" version="${r.version}">`,
    ...FIELDS.map((f) => el(f, r[f])),
    el("columns", JSON.stringify(r.columns)),
    el("targets", JSON.stringify(encodeTargets(r.targets))),
    ...(r.rowKeys ? [el("rowKeys", JSON.stringify(r.rowKeys))] : []),
    ...(r.overrides ? [el("overrides", JSON.stringify(r.overrides))] : []),
    `</template>`,
  ].join("");
}

/** Text of the first <name> element (any namespace prefix), or null when absent. */
function element(xml: string, name: string): string | null {
  const m = new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?(?:/>|>([^<]*)</(?:[\\w.-]+:)?${name}\\s*>)`).exec(xml);
  if (!m) return null;
  return unescapeXml(m[1] ?? "");
}

/** The record in an XML part written by templateXml; null when it is not one (or is damaged). */
export function parseTemplateXml(xml: string): TemplateRecord | null {
  const root = /<(?:[\w.-]+:)?template\b[^>]*>/.exec(xml);
  if (!root || !root[0].includes(TEMPLATE_NAMESPACE)) return null;
  const version = /\bversion\s*=\s*["'](\d+)["']/.exec(root[0]);
  if (!version || version[1] !== "1") return null;
  const text: Partial<Record<(typeof FIELDS)[number], string>> = {};
  for (const f of FIELDS) {
    const v = element(xml, f);
    if (v === null) return null;
    text[f] = v;
  }
  if (text.mode !== "live" && text.mode !== "portable") return null;
  try {
    const columns: unknown = JSON.parse(element(xml, "columns") ?? "null");
    const targets = decodeTargets(JSON.parse(element(xml, "targets") ?? "null"));
    if (!Array.isArray(columns) || !columns.every((c) => typeof c === "string")) return null;
    if (!targets) return null;
    const rowKeysText = element(xml, "rowKeys");
    const rowKeys: unknown = rowKeysText === null ? undefined : JSON.parse(rowKeysText);
    if (rowKeys !== undefined && !(Array.isArray(rowKeys) && rowKeys.every((k) => typeof k === "string"))) return null;
    const overridesText = element(xml, "overrides");
    const overrides: unknown = overridesText === null ? undefined : JSON.parse(overridesText);
    const isTextMap = (o: unknown) =>
      typeof o === "object" && o !== null && !Array.isArray(o) && Object.values(o).every((v) => typeof v === "string");
    if (overrides !== undefined && !isTextMap(overrides)) return null;
    return {
      templateId: text.templateId as string,
      title: text.title as string,
      source: text.source as string,
      mode: text.mode,
      version: 1,
      sheetName: text.sheetName as string,
      tableName: text.tableName as string,
      address: text.address as string,
      columns: columns as string[],
      targets,
      createdAt: text.createdAt as string,
      ...(rowKeys ? { rowKeys: rowKeys as string[] } : {}),
      ...(overrides ? { overrides: overrides as Record<string, string> } : {}),
    };
  } catch {
    return null;
  }
}

/** Columns that make a table one of ours (live or portable), even without the add-in's memory. */
const REQUIRED_COLUMNS = ["indicator", "target", "actual", "status"];

/**
 * A template table the workbook holds without a memory of it: a file exported by
 * `plan-targets workbook`, or one copied from another workbook. Recognised by its headers.
 */
function recognised(tableName: string, sheetName: string, address: string, headers: string[]): FoundTemplate | null {
  const keys = headers.map(columnKey);
  if (!REQUIRED_COLUMNS.every((k) => keys.includes(k))) return null;
  return {
    templateId: "",
    title: sheetName,
    source: "",
    mode: portableColumnIndexes(headers) ? "portable" : "live",
    version: 1,
    sheetName,
    tableName,
    address: address.slice(address.lastIndexOf("!") + 1),
    columns: keys,
    targets: [],
    createdAt: "",
    partId: "",
    tableFound: true,
    currentSheetName: sheetName,
  };
}

/**
 * Every template in this workbook, with where its table is now: those the add-in remembers
 * (custom XML parts, ExcelApi 1.5), then tables recognised by their headers alone (partId "").
 * Two syncs: the parts and the tables, then the parts' XML and the tables' headers. Parts that
 * are not ours or are damaged are skipped.
 */
export async function findTemplates(
  context: Excel.RequestContext,
  options: { isSetSupported?: SupportCheck } = {},
): Promise<FoundTemplate[]> {
  const supports = options.isSetSupported ?? officeSupports;
  try {
    const parts = supports("ExcelApi", API.customXmlParts) ? context.workbook.customXmlParts.getByNamespace(TEMPLATE_NAMESPACE) : null;
    parts?.load("items/id");
    const tables = context.workbook.tables;
    tables.load("items/name, items/worksheet/name");
    await context.sync();

    const xmls = (parts?.items ?? []).map((p) => ({ id: p.id, xml: p.getXml() }));
    const where = new Map<string, string>();
    for (const t of tables.items) where.set(t.name.toLowerCase(), t.worksheet.name);
    const shapes = queueColumnNames(context, tables).map((t) => {
      const range = t.table.getRange();
      range.load("address");
      return { ...t, range };
    });
    if (xmls.length === 0 && shapes.length === 0) return [];
    await context.sync();

    const found: FoundTemplate[] = [];
    for (const { id, xml } of xmls) {
      const record = parseTemplateXml(xml.value);
      if (!record) continue;
      const sheet = where.get(record.tableName.toLowerCase());
      found.push({ ...record, partId: id, tableFound: sheet !== undefined, currentSheetName: sheet ?? null });
    }
    const known = new Set(found.map((f) => f.tableName.toLowerCase()));
    for (const s of shapes) {
      if (known.has(s.name.toLowerCase())) continue;
      const table = recognised(s.name, s.sheetName, s.range.address, s.columnNames());
      if (table) found.push(table);
    }
    return found;
  } catch (e) {
    throw toWorkbookError(e);
  }
}

/** findTemplates in its own Excel.run, for the task pane. */
export function loadTemplates(): Promise<FoundTemplate[]> {
  return inExcel((context) => findTemplates(context));
}
