/**
 * A fake workbook for tests and the benchmark; never imported by the add-in.
 *
 * office-addin-mock has no Excel object model, so this builds one from OfficeMockObject
 * data: every method the excel layer calls is declared here, properties read "not loaded"
 * until load() and sync(), and every write is a plain set. Each set and call is recorded
 * per request (between two syncs) with its JSON size, and applied to a small cell model the
 * way Excel would take it (a string starting with = becomes a formula unless the cell is
 * formatted as text @; R1C1 formulas are stored as their A1 text), so tests can assert what
 * the sheet ends up holding and not only which calls were made.
 */
import { OfficeMockObject } from "office-addin-mock";
import { MAX_COLS, cellA1, fromR1C1, parseRangeAddress, qualify, rangeA1, shiftFormula } from "../../src/core/a1";
import { jsonBytes } from "../../src/excel/request-size";

/** What Office.js adds around each call (object path + action JSON), on top of its data. */
export const FAKE_CALL_OVERHEAD_BYTES = 250;

export type Scalar = string | number | boolean;

export interface FakeCell {
  value?: Scalar;
  formula?: string;
  numberFormat?: string;
  /** A formula's computed value, set by a test's engine (values read 0 without it). */
  result?: Scalar;
}

export interface FakeConditionalFormat {
  address: string;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  stopIfTrue?: boolean;
}

export class FakeSheet {
  visibility = "Visible";
  readonly cells = new Map<string, FakeCell>();
  frozenRows = 0;
  readonly widths = new Map<number, number>();
  readonly hidden = new Set<number>();
  readonly fills: { address: string; color: string }[] = [];
  /** Index 0 has the highest priority, as in Excel. */
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  /** range.dataValidation rules set (ExcelApi 1.8), in order. */
  readonly validations: { address: string; rule: unknown; errorAlert?: unknown }[] = [];
  /** Merged areas (A1), put there by a test. */
  readonly merged: string[] = [];
  /** PivotTables (name and A1 area), put there by a test. */
  readonly pivots: { name: string; address: string }[] = [];
  constructor(public name: string) {}
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  address: string;
  hasHeaders: boolean;
  style?: string;
}

export interface FakeChart {
  sheet: FakeSheet;
  type: string;
  /** Source data address on the chart's sheet. */
  source: string;
  seriesBy: string;
  title: string;
  name: string;
  /** Top-left and bottom-right cells given to setPosition. */
  position: [string, string] | null;
  /** Fill colour per series index. */
  seriesColors: Record<number, string>;
  legendPosition: string;
  /** categoryAxis.reversePlotOrder (ExcelApi 1.7). */
  categoriesReversed: boolean;
}

export interface LogEntry {
  /** Request index: 0 before the first sync, 1 between the first and the second… */
  request: number;
  target: string;
  kind: "set" | "call" | "load";
  name: string;
  value: unknown;
  bytes: number;
}

export interface FakeWorkbookOptions {
  /** Existing sheets (the first is active); default ["Sheet1"]. */
  sheets?: string[];
  tables?: { name: string; sheet: string; address: string }[];
  /** Defined names. */
  names?: string[];
  /** Selected range, e.g. "Sheet1!B2" or "'数据 表'!C3:D5"; default A1 of the active sheet. */
  selection?: string;
  /** Requirement sets; default: everything supported. */
  supports?: (set: string, version: string) => boolean;
  /** Make the n-th sync (1-based) fail with this Excel error code. */
  failOnSync?: { sync: number; code: string; message?: string };
  /**
   * Which PLAN function names this Excel registered: "english" (default; English Excel),
   * "localized" (Chinese Excel: only the names in `localNames`, reachable through
   * formulasLocal; English names read back #NAME?), or "none" (the add-in's runtime is not
   * loaded: every PLAN call is #NAME?).
   */
  functions?: "english" | "localized" | "none";
  /** The localized PLAN names (TARGET_STATUS → 目标状态), for functions: "localized". */
  localNames?: Record<string, string>;
  /** Loads of a PLAN formula cell's value that read #BUSY! (a custom function still calculating). */
  busyReads?: number;
}

/** Excel's sheet names: 1–31 characters, none of []:*?/\, no leading or trailing apostrophe, not History. */
export function excelAcceptsSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !/^'|'$/.test(name) && name.toLowerCase() !== "history";
}

/**
 * Excel's defined names and table names ([MS-XLSB] 2.5.166): a letter, _ or \ first, then
 * letters, digits, _ and .; at most 255; not TRUE/FALSE; and nothing Excel could read as a
 * cell reference, which includes names that begin like one (A1…, R2…, C1…, R, C, RC).
 */
export function excelAcceptsTableName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) return false;
  if (/^(true|false)$/i.test(name)) return false;
  return !/^([A-Za-z]{1,3}\d|[RrCc](\d|$)|[Rr][Cc](\d|$))/.test(name);
}

/** API calls that need a requirement set: calling one that is missing fails the request, as in Excel. */
const REQUIRES: Record<string, string> = {
  suspendApiCalculationUntilNextSync: "1.6",
  suspendScreenUpdatingUntilNextSync: "1.9",
  getByNamespace: "1.5",
  "customXmlParts.add": "1.5",
  freezeRows: "1.7",
  getTables: "1.9",
  getPivotTables: "1.12",
  getMergedAreasOrNullObject: "1.13",
  autoFill: "1.9",
};

/** Excel on the web refuses a request over 5 MB (RequestPayloadSizeLimitExceeded). */
export const FAKE_REQUEST_LIMIT = 5 * 1024 * 1024;
/** Excel's conditional-format rule editor works with formulas of at most 255 characters. */
export const FAKE_RULE_FORMULA_MAX = 255;

/** Whether two A1 areas share a cell. */
function overlaps(a: string, b: string): boolean {
  const x = parseRangeAddress(a);
  const y = parseRangeAddress(b);
  return x.row < y.row + y.rows && y.row < x.row + x.rows && x.col < y.col + y.cols && y.col < x.col + x.cols;
}

/**
 * A number format code Excel accepts: quotes and brackets balanced, at most four sections,
 * and no stray character Excel would not read as a literal. Enough to catch a code built wrong.
 */
export function excelAcceptsNumberFormat(code: string): boolean {
  if (code === "General" || code === "@") return true;
  let sections = 1;
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (quoted) {
      if (ch === '"') quoted = false;
      continue;
    }
    if (ch === "\\") {
      i++;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === "[") {
      if (bracket) return false;
      bracket = true;
    } else if (ch === "]") {
      if (!bracket) return false;
      bracket = false;
    } else if (ch === ";" && !bracket) sections++;
    else if (!bracket && /[{}<>=^`~|]/.test(ch)) return false;
  }
  return !quoted && !bracket && sections <= 4 && code.length > 0;
}

/** Excel's display of a number under the number formats the add-in writes; General otherwise. */
export function formatForText(v: unknown, code: string | undefined): string {
  if (typeof v !== "number") return v === undefined || v === null ? "" : String(v);
  const fmt = code ?? "General";
  if (fmt === "General" || fmt === "@") return String(Number(v.toPrecision(11)));
  const literal = /"([^"]*)"$/.exec(fmt);
  const core = fmt.replace(/"[^"]*"$/, "");
  const percent = core.endsWith("%");
  const body = percent ? core.slice(0, -1) : core;
  const decimals = (body.split(".")[1] ?? "").replace(/[^0#]/g, "").length;
  const n = percent ? v * 100 : v;
  let text = Math.abs(n).toFixed(decimals);
  if (body.includes(",")) {
    const [int, frac] = text.split(".");
    text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac !== undefined ? "." + frac : "");
  }
  return (n < 0 && Number(text.replace(/,/g, "")) !== 0 ? "-" : "") + text + (percent ? "%" : "") + (literal ? literal[1] : "");
}

const MUTATING = new Set([
  "add",
  "autoFill",
  "select",
  "setXml",
  "setPosition",
  "setSolidColor",
  "freezeRows",
  "activate",
  "delete",
  "clear",
  "suspendApiCalculationUntilNextSync",
  "suspendScreenUpdatingUntilNextSync",
]);

const MOCK_METHODS = new Set(["sync", "addMock", "setValue", "resetValue", "populate", "loadCalled", "updatePropertyCall"]);

type Raw = OfficeMockObject & Record<string, unknown>;

class ExcelError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** Office.js fills isNullObject on any load of an *OrNullObject result; office-addin-mock needs it named. */
function withNullFlag(arg: unknown): unknown {
  if (typeof arg === "string") return /\bisNullObject\b/.test(arg) ? arg : `${arg}, isNullObject`;
  if (Array.isArray(arg)) return arg.includes("isNullObject") ? arg : [...arg, "isNullObject"];
  return arg;
}

function isNumeric(s: string): boolean {
  return /^\s*[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?%?\s*$/i.test(s);
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[];
  readonly tables: FakeTable[] = [];
  readonly names: string[];
  readonly xmlParts: { id: string; xml: string }[] = [];
  readonly charts: FakeChart[] = [];
  /** Recorded sets, calls and loads, per request. */
  readonly log: LogEntry[] = [];
  syncs = 0;
  activeSheet: FakeSheet;
  selection: string;
  supports: (set: string, version: string) => boolean;
  private functions: "english" | "localized" | "none";
  private busyReads: number;
  private localNames: Set<string>;
  failOnSync: FakeWorkbookOptions["failOnSync"];
  /** The request context to pass to the code under test. */
  readonly context: Excel.RequestContext;
  /** An Office global whose requirements.isSetSupported follows `supports`. */
  readonly office: OfficeMockObject;

  private readonly created: Raw[] = [];
  private readonly proxies = new WeakMap<object, unknown>();
  private readonly onSet = new WeakMap<object, (prop: string, value: unknown) => void>();
  private readonly onLoad = new WeakMap<object, (arg: unknown) => unknown>();
  private readonly sheetObjects = new Map<FakeSheet, Raw>();
  private readonly tableObjects = new Map<FakeTable, unknown>();
  /** Range proxies → their address, for calls that take a range (charts.add). */
  private readonly rangeAddresses = new WeakMap<object, string>();
  private pending: { result: { value: unknown }; value: () => unknown }[] = [];
  private pendingError: ExcelError | null = null;

  constructor(options: FakeWorkbookOptions = {}) {
    this.sheets = (options.sheets ?? ["Sheet1"]).map((n) => new FakeSheet(n));
    this.activeSheet = this.sheets[0];
    this.names = [...(options.names ?? [])];
    for (const t of options.tables ?? []) {
      this.tables.push({ name: t.name, sheet: this.sheet(t.sheet), address: t.address, hasHeaders: true });
    }
    this.selection = options.selection ?? qualify(this.activeSheet.name, "A1");
    this.supports = options.supports ?? (() => true);
    this.functions = options.functions ?? "english";
    this.busyReads = options.busyReads ?? 0;
    this.localNames = new Set(Object.values(options.localNames ?? {}));
    this.failOnSync = options.failOnSync;
    this.office = new OfficeMockObject({
      context: { requirements: { isSetSupported: (set: string, version: string) => this.supports(set, version) } },
    });
    this.context = this.track(this.makeContext(), "context") as unknown as Excel.RequestContext;
  }

  // -------------------------------------------------------------------------------------
  // Inspection, for tests

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  cell(sheet: string, a1: string): FakeCell | undefined {
    return this.sheet(sheet).cells.get(a1.toUpperCase());
  }

  /** Sets cells directly (existing user data), bypassing the log; a FakeCell sets a format too. */
  putCells(sheet: string, cells: Record<string, Scalar | FakeCell>): void {
    const s = this.sheet(sheet);
    for (const [a1, v] of Object.entries(cells)) s.cells.set(a1.toUpperCase(), typeof v === "object" ? { ...v } : { value: v });
  }

  /** Sizes of the requests sent so far (one per sync), in bytes of JSON plus call overhead. */
  requestBytes(): number[] {
    const sizes = new Array<number>(this.syncs).fill(0);
    for (const e of this.log) if (e.request < this.syncs) sizes[e.request] += e.bytes;
    return sizes;
  }

  /** Property sets and calls that change the workbook (not navigation such as getRange), in order. */
  writes(request?: number): LogEntry[] {
    return this.log.filter(
      (e) => (e.kind === "set" || (e.kind === "call" && MUTATING.has(e.name))) && (request === undefined || e.request === request),
    );
  }

  // -------------------------------------------------------------------------------------
  // Recording

  private record(target: string, kind: LogEntry["kind"], name: string, value: unknown): void {
    const bytes = jsonBytes({ target, name, value }) + FAKE_CALL_OVERHEAD_BYTES;
    this.log.push({ request: this.syncs, target, kind, name, value, bytes });
    const need = REQUIRES[name] ?? REQUIRES[`${target.split(".").pop()}.${name}`];
    if (kind === "call" && need && !this.supports("ExcelApi", need)) {
      this.fail("ApiNotFound", `${name} needs ExcelApi ${need}`);
    }
  }

  private fail(code: string, message: string): void {
    if (!this.pendingError) this.pendingError = new ExcelError(code, message);
  }

  /** Wraps a mock object so that sets and calls are recorded and applied to the model. */
  private track(raw: object, path: string): unknown {
    const known = this.proxies.get(raw);
    if (known) return known;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const wb = this;
    const proxy: object = new Proxy(raw, {
      get(target, prop) {
        const v = Reflect.get(target, prop, target) as unknown;
        if (typeof prop !== "string") return v;
        if (prop === "load") {
          return (arg: unknown) => {
            wb.record(path, "load", "load", arg);
            const mapped = wb.onLoad.get(target)?.(arg) ?? arg;
            (OfficeMockObject.prototype.load as (a: unknown) => unknown).call(target, mapped);
            return proxy;
          };
        }
        if (typeof v === "function") {
          if (MOCK_METHODS.has(prop)) return (v as (...a: unknown[]) => unknown).bind(target);
          return (...args: unknown[]) => {
            wb.record(path, "call", prop, args);
            return (v as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        if (v instanceof OfficeMockObject) return wb.track(v, `${path}.${prop}`);
        return v;
      },
      set(target, prop, value) {
        if (typeof prop === "string") {
          wb.record(path, "set", prop, value);
          wb.onSet.get(target)?.(prop, value);
        }
        (target as Record<string | symbol, unknown>)[prop] = value;
        return true;
      },
    });
    this.proxies.set(raw, proxy);
    return proxy;
  }

  private mock(data: object): Raw {
    const raw = new OfficeMockObject(data) as Raw;
    this.created.push(raw);
    if ("isNullObject" in data) this.onLoad.set(raw, (arg) => withNullFlag(arg));
    return raw;
  }

  private async sync(): Promise<void> {
    this.syncs++;
    const fail = this.failOnSync;
    if (fail && fail.sync === this.syncs) throw new ExcelError(fail.code, fail.message ?? fail.code);
    const bytes = this.requestBytes()[this.syncs - 1] ?? 0;
    if (bytes > FAKE_REQUEST_LIMIT) {
      this.pendingError = null;
      throw new ExcelError("RequestPayloadSizeLimitExceeded", `request of ${bytes} bytes`);
    }
    if (this.pendingError) {
      const e = this.pendingError;
      this.pendingError = null;
      throw e;
    }
    for (const raw of this.created) await OfficeMockObject.prototype.sync.call(raw);
    for (const p of this.pending) p.result.value = p.value();
    this.pending = [];
    // office-addin-mock finishes loading in promise callbacks it does not await.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  // -------------------------------------------------------------------------------------
  // Object model

  private makeContext(): Raw {
    const collection = (items: () => unknown[], extra: Record<string, unknown> = {}) => this.collection(items, extra);
    const worksheets = collection(() => this.sheets.map((s) => ({ name: s.name, visibility: s.visibility })), {
      add: (name: string) => this.addSheet(name),
      getItem: (name: string) => {
        const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
        if (!s) this.fail("ItemNotFound", `sheet ${name}`);
        return this.sheetObject(s ?? new FakeSheet(name));
      },
      getItemOrNullObject: (name: string) => {
        const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
        return s ? this.sheetObject(s) : this.nullSheet();
      },
      getActiveWorksheet: () => this.sheetObject(this.activeSheet),
    });
    const findTable = (name: string) => this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
    const tables = collection(() => this.tables.map((t) => ({ name: t.name, showHeaders: t.hasHeaders, worksheet: { name: t.sheet.name } })), {
      getItem: (name: string) => {
        const t = findTable(name);
        if (!t) this.fail("ItemNotFound", `table ${name}`);
        return this.tableObject(t ?? { name, sheet: this.activeSheet, address: "A1:A2", hasHeaders: true });
      },
    });
    const names = collection(() => this.names.map((n) => ({ name: n })));
    const customXmlParts = this.mock({
      add: (xml: string) => {
        const id = `{0000${this.xmlParts.length + 1}-DABIAO}`;
        this.xmlParts.push({ id, xml });
        return this.mock({ id });
      },
      getItem: (id: string) => {
        if (!this.xmlParts.some((p) => p.id === id)) this.fail("ItemNotFound", `custom XML part ${id}`);
        return this.partObject(id);
      },
      getItemOrNullObject: (id: string) => this.partObject(id),
      getByNamespace: (ns: string) =>
        this.track(
          collection(() =>
            this.xmlParts
              .filter((p) => new RegExp(`xmlns(:\\w+)?="${ns.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"`).test(p.xml))
              .map((p) => ({
                id: p.id,
                getXml: () => {
                  const result = { value: undefined as unknown };
                  this.pending.push({ result, value: () => p.xml });
                  return result;
                },
              })),
          ),
          "context.workbook.customXmlParts.getByNamespace()",
        ),
    });
    const workbook = this.mock({
      getSelectedRange: () => {
        const ref = parseRangeAddress(this.selection);
        const sheet = ref.sheet === null ? this.activeSheet : this.sheet(ref.sheet);
        return this.rangeObject(sheet, ref.row, ref.col, ref.rows, ref.cols);
      },
    });
    this.attach(workbook, "worksheets", worksheets);
    this.attach(workbook, "tables", tables);
    this.attach(workbook, "names", names);
    this.attach(workbook, "customXmlParts", customXmlParts);
    const context = this.mock({
      application: {
        suspendApiCalculationUntilNextSync: () => undefined,
        suspendScreenUpdatingUntilNextSync: () => undefined,
      },
      sync: () => this.sync(),
    });
    this.attach(context, "workbook", workbook);
    return context;
  }

  /** Makes an existing mock object a navigation property of another (range.worksheet → its sheet). */
  private attach(parent: Raw, name: string, child: Raw): void {
    (parent as unknown as { _properties: Map<string, unknown> })._properties.set(name, child);
    parent[name] = child;
  }

  private collection(items: () => unknown[], extra: Record<string, unknown> = {}): Raw {
    const raw = this.mock({ items: [], ...extra });
    // office-addin-mock cannot load "items/name": load the whole items array instead.
    this.onLoad.set(raw, () => {
      (raw as unknown as { setValue(k: string, v: unknown): void }).setValue("items", items());
      return "items";
    });
    return raw;
  }

  private partObject(id: string): unknown {
    const part = this.xmlParts.find((p) => p.id === id);
    const result = { value: undefined as unknown };
    return this.track(
      this.mock({
        id,
        isNullObject: !part,
        getXml: () => {
          this.pending.push({ result, value: () => part?.xml });
          return result;
        },
        setXml: (xml: string) => {
          if (part) part.xml = xml;
        },
      }),
      `customXmlParts(${id})`,
    );
  }

  private addSheet(name: string): unknown {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      this.fail("ItemAlreadyExists", `sheet ${name}`);
      return this.sheetObject(new FakeSheet(name));
    }
    if (!excelAcceptsSheetName(name)) this.fail("InvalidArgument", `sheet name ${name}`);
    const s = new FakeSheet(name);
    this.sheets.push(s);
    return this.sheetObject(s);
  }

  private nullSheet(): unknown {
    const raw = this.mock({
      name: "",
      isNullObject: true,
      getUsedRangeOrNullObject: () => this.nullRange(),
    });
    return this.track(raw, "nullSheet");
  }

  private sheetObject(sheet: FakeSheet): unknown {
    return this.track(this.sheetRaw(sheet), qualify(sheet.name, ""));
  }

  private sheetRaw(sheet: FakeSheet): Raw {
    let raw = this.sheetObjects.get(sheet);
    if (!raw) {
      raw = this.mock({
        name: sheet.name,
        isNullObject: false,
        visibility: sheet.visibility,
        getRange: (address: string) => {
          const ref = parseRangeAddress(address);
          return this.rangeObject(sheet, ref.row, ref.col, ref.rows, ref.cols);
        },
        getUsedRangeOrNullObject: (valuesOnly?: boolean) => this.usedRange(sheet, 0, 0, 1048576, MAX_COLS, valuesOnly === true),
        freezePanes: { freezeRows: (n: number) => void (sheet.frozenRows = n) },
        tables: {
          add: (address: string, hasHeaders: boolean) => this.addTable(sheet, address, hasHeaders),
        },
        charts: {
          add: (type: string, source: unknown, seriesBy?: string) => this.addChart(sheet, type, source, seriesBy ?? "Auto"),
        },
        activate: () => void (this.activeSheet = sheet),
      });
      this.onSet.set(raw, (prop, value) => {
        if (prop === "visibility") sheet.visibility = String(value);
      });
      this.sheetObjects.set(sheet, raw);
    }
    return raw;
  }

  private addTable(sheet: FakeSheet, address: string, hasHeaders: boolean): unknown {
    const ref = parseRangeAddress(address);
    const area = rangeA1(ref.row, ref.col, ref.rows, ref.cols);
    // office-js #1199: InvalidArgument, "A table can't overlap another table".
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.address, area))) this.fail("InvalidArgument", `A table can't overlap another table (${area})`);
    if (sheet.merged.some((m) => overlaps(m, area)) || sheet.pivots.some((p) => overlaps(p.address, area))) {
      this.fail("MergedRangeConflict", `A table can't overlap a PivotTable report or merged cells (${area})`);
    }
    const table: FakeTable = { name: `Table${this.tables.length + 1}`, sheet, address: rangeA1(ref.row, ref.col, ref.rows, ref.cols), hasHeaders };
    this.tables.push(table);
    return this.tableObject(table);
  }

  private tableObject(table: FakeTable): unknown {
    const known = this.tableObjects.get(table);
    if (known) return known;
    const area = () => parseRangeAddress(table.address);
    const raw = this.mock({
      name: table.name,
      style: "",
      showHeaders: table.hasHeaders,
      getRange: () => {
        const a = area();
        return this.rangeObject(table.sheet, a.row, a.col, a.rows, a.cols);
      },
      getHeaderRowRange: () => {
        if (!table.hasHeaders) this.fail("GeneralException", `table ${table.name} shows no header row`);
        const a = area();
        return this.rangeObject(table.sheet, a.row, a.col, 1, a.cols);
      },
      getDataBodyRange: () => {
        const a = area();
        return this.rangeObject(table.sheet, a.row + 1, a.col, Math.max(1, a.rows - 1), a.cols);
      },
    });
    this.attach(raw, "worksheet", this.sheetRaw(table.sheet));
    // Column names are the header texts, kept by Excel even when the header row is hidden.
    const columns = this.collection(() => {
      const a = area();
      return Array.from({ length: a.cols }, (_, c) => {
        const v = table.sheet.cells.get(cellA1(a.row, a.col + c))?.value;
        return { name: v === undefined ? `列${c + 1}` : String(v) };
      });
    });
    this.attach(raw, "columns", columns);
    this.onSet.set(raw, (prop, value) => {
      if (prop === "name") {
        const v = String(value);
        const clash = this.tables.some((t) => t !== table && t.name.toLowerCase() === v.toLowerCase()) || this.names.some((n) => n.toLowerCase() === v.toLowerCase());
        if (clash) this.fail("ItemAlreadyExists", `table ${v}`);
        if (!excelAcceptsTableName(v)) this.fail("InvalidArgument", `table name ${v}`);
        table.name = v;
      }
      if (prop === "style") table.style = String(value);
    });
    const tracked = this.track(raw, `table(${table.address})`);
    this.tableObjects.set(table, tracked);
    return tracked;
  }

  private addChart(sheet: FakeSheet, type: string, source: unknown, seriesBy: string): unknown {
    const address = typeof source === "object" && source !== null ? (this.rangeAddresses.get(source) ?? "") : String(source);
    const chart: FakeChart = {
      sheet,
      type,
      source: address.slice(address.lastIndexOf("!") + 1),
      seriesBy,
      title: "",
      name: `Chart ${this.charts.length + 1}`,
      position: null,
      seriesColors: {},
      legendPosition: "Right",
      categoriesReversed: false,
    };
    this.charts.push(chart);
    const raw = this.mock({
      name: chart.name,
      title: { text: "" },
      legend: { position: "Right" },
      axes: { categoryAxis: { reversePlotOrder: false } },
      setPosition: (start: string, end?: string) => void (chart.position = [start, end ?? start]),
      series: {
        getItemAt: (i: number) => {
          const series = this.mock({ format: { fill: { setSolidColor: (c: string) => void (chart.seriesColors[i] = c) } } });
          return this.track(series, `chart.series[${i}]`);
        },
      },
    });
    this.onSet.set(raw, (prop, value) => {
      if (prop === "name") chart.name = String(value);
    });
    this.onSet.set(raw.title as Raw, (prop, value) => {
      if (prop === "text") chart.title = String(value);
    });
    this.onSet.set(raw.legend as Raw, (prop, value) => {
      if (prop === "position") chart.legendPosition = String(value);
    });
    this.onSet.set((raw.axes as Raw).categoryAxis as Raw, (prop, value) => {
      if (prop === "reversePlotOrder") {
        if (!this.supports("ExcelApi", "1.7")) this.fail("ApiNotFound", "reversePlotOrder needs ExcelApi 1.7");
        chart.categoriesReversed = value === true;
      }
    });
    return this.track(raw, `chart(${chart.name})`);
  }

  private nullRange(): unknown {
    return this.track(this.mock({ isNullObject: true, address: "", values: [], formulas: [], numberFormat: [], text: [], rowIndex: 0, rowCount: 0, cellCount: 0 }), "nullRange");
  }

  /** The used part of a block: the smallest range holding its non-empty cells, or a null object. */
  private usedRange(sheet: FakeSheet, row: number, col: number, rows: number, cols: number, valuesOnly: boolean): unknown {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [a1, cell] of sheet.cells) {
      const empty = cell.formula === undefined && (cell.value === undefined || cell.value === "");
      if (empty && (valuesOnly || cell.numberFormat === undefined)) continue;
      const p = parseRangeAddress(a1);
      if (p.row < row || p.row >= row + rows || p.col < col || p.col >= col + cols) continue;
      r0 = Math.min(r0, p.row);
      c0 = Math.min(c0, p.col);
      r1 = Math.max(r1, p.row);
      c1 = Math.max(c1, p.col);
    }
    if (r1 < 0) return this.nullRange();
    return this.rangeObject(sheet, r0, c0, r1 - r0 + 1, c1 - c0 + 1);
  }

  private rangeObject(sheet: FakeSheet, row: number, col: number, rows: number, cols: number): unknown {
    const area = rangeA1(row, col, rows, cols);
    const address = qualify(sheet.name, area);
    const raw = this.mock({
      address,
      rowIndex: row,
      columnIndex: col,
      rowCount: rows,
      columnCount: cols,
      isNullObject: false,
      values: [],
      formulas: [],
      numberFormat: [],
      columnHidden: false,
      format: { columnWidth: 0, fill: { color: "" }, font: { color: "", bold: false }, autofitColumns: () => undefined },
      conditionalFormats: { add: (type: string) => this.addConditionalFormat(sheet, address, type) },
      dataValidation: { rule: {}, errorAlert: {} },
      cellCount: rows * cols,
      text: [],
      getCell: (r: number, c: number) => this.rangeObject(sheet, row + r, col + c, 1, 1),
      getColumn: (c: number) => this.rangeObject(sheet, row, col + c, rows, 1),
      select: () => {
        this.activeSheet = sheet;
        this.selection = address;
      },
      getResizedRange: (dr: number, dc: number) => this.rangeObject(sheet, row, col, rows + dr, cols + dc),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => this.usedRange(sheet, row, col, rows, cols, valuesOnly === true),
      getTables: () => this.track(this.collection(() => this.tables.filter((t) => t.sheet === sheet && overlaps(t.address, area)).map((t) => ({ name: t.name }))), `${address}.tables`),
      getPivotTables: () => this.track(this.collection(() => sheet.pivots.filter((p) => overlaps(p.address, area)).map((p) => ({ name: p.name }))), `${address}.pivotTables`),
      autoFill: (destination: string, type: string) => {
        const source = sheet.cells.get(cellA1(row, col));
        const dest = parseRangeAddress(destination);
        if ((type !== "FillValues" && type !== "FillFormats") || rows * cols !== 1 || dest.row !== row || dest.col !== col || dest.cols !== 1) {
          this.fail("InvalidArgument", `autoFill ${address} → ${destination} (${type})`);
          return;
        }
        // Copying a formula moves its relative references, row by row, as the fill handle does.
        for (let r = 1; r < dest.rows; r++) {
          const target: FakeCell = { ...(sheet.cells.get(cellA1(row + r, col)) ?? {}) };
          if (type === "FillFormats") {
            if (source?.numberFormat !== undefined) target.numberFormat = source.numberFormat;
            sheet.cells.set(cellA1(row + r, col), target);
            continue;
          }
          // FillValues: contents only, formats stay.
          if (source?.formula !== undefined) target.formula = shiftFormula(source.formula, r, 0, "copy");
          else target.value = source?.value;
          target.result = source?.result;
          sheet.cells.set(cellA1(row + r, col), target);
        }
      },
      getMergedAreasOrNullObject: () => {
        const hit = sheet.merged.filter((m) => overlaps(m, area));
        return hit.length === 0 ? this.nullRange() : this.track(this.mock({ isNullObject: false, address: hit.map((m) => qualify(sheet.name, m)).join(",") }), `${address}.mergedAreas`);
      },
    });
    this.attach(raw, "worksheet", this.sheetRaw(sheet));
    // Cell contents are read from the model when they are loaded, not when the range is made.
    this.onLoad.set(raw, (arg) => {
      const text = Array.isArray(arg) ? arg.join(",") : String(arg);
      const grid = (f: (c: FakeCell | undefined) => unknown) =>
        Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(sheet.cells.get(cellA1(row + r, col + c)))));
      const setValue = (k: string, v: unknown) => (raw as unknown as { setValue(k: string, v: unknown): void }).setValue(k, v);
      const value = (c: FakeCell | undefined) => (c?.formula !== undefined ? c.result ?? 0 : c?.value ?? "");
      if (/\bvalues\b/.test(text)) {
        const calculating = this.busyReads > 0;
        if (calculating) this.busyReads--;
        setValue("values", grid((c) => (calculating && c?.result === undefined && /PLAN\./.test(c?.formula ?? "") ? "#BUSY!" : value(c))));
      }
      if (/\btext\b/.test(text)) setValue("text", grid((c) => formatForText(value(c), c?.numberFormat)));
      if (/\bformulas\b/.test(text)) setValue("formulas", grid((c) => c?.formula ?? c?.value ?? ""));
      if (/\bnumberFormat\b/.test(text)) setValue("numberFormat", grid((c) => c?.numberFormat ?? "General"));
      return withNullFlag(arg);
    });
    const each = (value: unknown, fn: (a1: string, v: unknown, r: number, c: number) => void) => {
      const is2d = Array.isArray(value);
      if (is2d && (value.length !== rows || value.some((line) => !Array.isArray(line) || line.length !== cols))) {
        this.fail("InvalidArgument", `${address}: ${value.length} rows given`);
        return;
      }
      if (!is2d && rows * cols > 1) {
        // Excel takes it, but the API documents a 2-D array the size of the range: keep to that.
        this.fail("InvalidArgument", `${address}: a single value for ${rows * cols} cells (undocumented form)`);
        return;
      }
      if (!is2d && value === null) {
        this.fail("InvalidArgument", `${address}: null`);
        return;
      }
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const v = is2d ? (value as unknown[][])[r][c] : value;
          if (v !== null) fn(cellA1(row + r, col + c), v, row + r, col + c);
        }
      }
    };
    const cellAt = (a1: string) => {
      let cell = sheet.cells.get(a1);
      if (!cell) sheet.cells.set(a1, (cell = {}));
      return cell;
    };
    // Excel's reading of an entered string: a formula unless the cell is text; numbers parse.
    const enter = (a1: string, v: unknown, local = false) => {
      const cell = cellAt(a1);
      cell.formula = undefined;
      cell.value = undefined;
      cell.result = undefined;
      if (typeof v !== "string") cell.value = v as Scalar;
      else if (cell.numberFormat === "@") cell.value = v;
      else if (v === "") cell.value = undefined;
      else if (isNumeric(v)) cell.value = v.trim().endsWith("%") ? Number(v.trim().slice(0, -1)) / 100 : Number(v);
      else if (/^[=+\-@]/.test(v)) {
        cell.formula = v.startsWith("=") ? v : "=" + v;
        if (!this.knowsFunctions(cell.formula, local)) cell.result = "#NAME?";
      } else cell.value = v;
    };
    this.onSet.set(raw, (prop, value) => {
      if (prop === "values" || prop === "formulas") each(value, (a1, v) => enter(a1, v));
      else if (prop === "formulasLocal") each(value, (a1, v) => enter(a1, v, true));
      else if (prop === "formulasR1C1") {
        each(value, (a1, v, r, c) => enter(a1, typeof v === "string" && v.startsWith("=") ? fromR1C1(v, r, c) : v));
      } else if (prop === "numberFormat") {
        each(value, (a1, v) => {
          if (!excelAcceptsNumberFormat(String(v))) this.fail("InvalidArgument", `number format ${String(v)}`);
          cellAt(a1).numberFormat = String(v);
        });
      }
      else if (prop === "columnHidden" && value === true) for (let c = 0; c < cols; c++) sheet.hidden.add(col + c);
    });
    const format = raw.format as Raw;
    this.onSet.set(format, (prop, value) => {
      if (prop === "columnWidth") for (let c = 0; c < cols; c++) sheet.widths.set(col + c, Number(value));
    });
    this.onSet.set(format.fill as Raw, (prop, value) => {
      if (prop === "color") sheet.fills.push({ address: rangeA1(row, col, rows, cols), color: String(value) });
    });
    this.onSet.set(raw.dataValidation as Raw, (prop, value) => {
      const at = rangeA1(row, col, rows, cols);
      if (prop === "rule") sheet.validations.push({ address: at, rule: value });
      else if (prop === "errorAlert") {
        const last = sheet.validations.find((x) => x.address === at);
        if (last) last.errorAlert = value;
      }
    });
    const tracked = this.track(raw, address) as object;
    this.rangeAddresses.set(tracked, address);
    return tracked;
  }

  /** Whether every PLAN call in `formula` names a function this Excel registered, as entered (`local`: formulasLocal). */
  private knowsFunctions(formula: string, local: boolean): boolean {
    const calls = [...formula.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/\bPLAN\.([^\s(),]+)\(/g)].map((m) => m[1]);
    return calls.every((name) => {
      const english = /^[A-Z][A-Z0-9_]*$/.test(name);
      if (this.functions === "english") return english;
      if (this.functions === "none") return false;
      return local && !english && this.localNames.has(name);
    });
  }

  private addConditionalFormat(sheet: FakeSheet, address: string, type: string): unknown {
    const cf: FakeConditionalFormat = { address: address.slice(address.lastIndexOf("!") + 1), type };
    sheet.conditionalFormats.unshift(cf); // add() puts the new format on top
    const raw = this.mock({
      type,
      stopIfTrue: false,
      custom: { rule: { formula: "" }, format: { fill: { color: "" }, font: { color: "" } } },
    });
    const custom = raw.custom as Raw;
    const fmt = custom.format as Raw;
    this.onSet.set(raw, (prop, value) => {
      if (prop === "stopIfTrue") cf.stopIfTrue = value === true;
    });
    this.onSet.set(custom.rule as Raw, (prop, value) => {
      if (prop !== "formula") return;
      cf.formula = String(value);
      if (cf.formula.length > FAKE_RULE_FORMULA_MAX) this.fail("InvalidArgument", `conditional format formula of ${cf.formula.length} characters`);
    });
    this.onSet.set(fmt.fill as Raw, (prop, value) => {
      if (prop === "color") cf.fill = String(value);
    });
    this.onSet.set(fmt.font as Raw, (prop, value) => {
      if (prop === "color") cf.fontColor = String(value);
    });
    if (type !== "Custom") this.fail("InvalidArgument", `conditional format type ${type}`);
    return this.track(raw, `${address}.conditionalFormats[${type}]`);
  }
}
