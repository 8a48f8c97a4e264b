/**
 * The workbook tasks of the screens, one hook each. Components call these, never src/excel.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { FormulaMode, TemplateDefinition } from "../../core/template";
import { useStrings } from "../i18n";
import { useAction, useWorkbook } from "./workbook";
import { PaneError, type FoundTemplate, type RefreshResult, type SectionCounts, type StaleTable, type WorkbookPort } from "./workbook-port";

/** The port, or a PaneError naming why there is none (the button was disabled; this is a guard). */
function usePort(): () => WorkbookPort {
  const { port, reason } = useWorkbook();
  const t = useStrings();
  return useCallback(() => {
    if (!port) throw new PaneError("unavailable", reason ?? t.host.workbookOnly);
    return port;
  }, [port, reason, t]);
}

export type InsertPhase = "idle" | "build" | "write";

export interface InsertRequest {
  definition: TemplateDefinition;
  mode: FormulaMode;
  /** Row key → target text, e.g. a province's stricter threshold. */
  overrides?: Record<string, string>;
}

/** Builds the plan (lazily loaded builder), then writes it: two phases for the progress bar. */
export function useInsertTemplate() {
  const need = usePort();
  const [phase, setPhase] = useState<InsertPhase>("idle");
  const [rows, setRows] = useState(0);
  const action = useAction(async (request: InsertRequest) => {
    const port = need();
    setPhase("build");
    try {
      const { buildTemplatePlan } = await import(/* webpackChunkName: "template-plan" */ "../../core/template/plan");
      const overrides = request.overrides && Object.keys(request.overrides).length > 0 ? request.overrides : undefined;
      const plan = buildTemplatePlan(request.definition, { mode: request.mode, overrides });
      // Live needs the add-in's functions; where Excel has none, the same template goes in portable.
      const portable = request.mode === "live" ? buildTemplatePlan(request.definition, { mode: "portable", overrides }) : undefined;
      setRows(plan.values.length);
      setPhase("write");
      return await port.insertPlan(plan, portable);
    } finally {
      setPhase("idle");
    }
  });
  return { ...action, phase, rows };
}

export interface CheckRequest {
  /** One typed target for every selected cell… */
  target?: string;
  /** …or a range of target cells of the selection's shape. */
  targetRange?: string;
  tolerance?: number;
}

export function useCheckSelection() {
  const need = usePort();
  return useAction((request: CheckRequest) =>
    need().checkSelection({
      ...(request.target !== undefined ? { target: request.target } : {}),
      ...(request.targetRange !== undefined ? { targetRange: request.targetRange } : {}),
      ...(request.tolerance !== undefined ? { tolerance: request.tolerance } : {}),
    }),
  );
}

type OptionalAction = "getSelection" | "readTemplateRows" | "selectRange" | "addAttainmentChart" | "writeActuals";

/** An action a port may lack: a PaneError not_yet when it does, and `supported` for the button. */
function useOptionalAction<K extends OptionalAction, A extends unknown[], R>(name: K, call: (fn: NonNullable<WorkbookPort[K]>, ...args: A) => Promise<R>) {
  const { port } = useWorkbook();
  const need = usePort();
  const action = useAction(async (...args: A) => {
    const fn = need()[name];
    if (!fn) throw new PaneError("not_yet", "");
    return call(fn as NonNullable<WorkbookPort[K]>, ...args);
  });
  return { ...action, supported: Boolean(port?.[name]) };
}

/** The selection (address and text), when this build's src/excel can read it. */
export const useSelection = () => useOptionalAction("getSelection", (get) => get());

/** Templates this workbook remembers, loaded when the workbook becomes available. */
export function useWorkbookTemplates() {
  const { port } = useWorkbook();
  const need = usePort();
  const [templates, setTemplates] = useState<FoundTemplate[] | null>(null);
  const action = useAction(async () => {
    const found = await need().listTemplates();
    // Newest first: the template just inserted is the one to look at.
    const sorted = [...found].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    setTemplates(sorted);
    return sorted;
  });
  const { run } = action;
  useEffect(() => {
    if (port) void run();
  }, [port, run]);
  return { ...action, templates };
}

export const useTemplateRows = () => useOptionalAction("readTemplateRows", (read, tableName: string) => read(tableName));
export const useSelectRange = () => useOptionalAction("selectRange", (select, address: string) => select(address));
export const useAttainmentChart = () =>
  useOptionalAction("addAttainmentChart", (add, title: string, sections: SectionCounts[]) => add({ title, sections }));
export const useWriteActuals = () =>
  useOptionalAction("writeActuals", (write, tableName: string, writes: { row: number; value: number }[]) => write(tableName, writes));

/**
 * Portable tables with edited targets, looked for when the workbook becomes available and
 * each time the pane regains focus, and their refresh (after which the list is read again).
 */
export function useStaleHelpers() {
  const { port } = useWorkbook();
  const need = usePort();
  const [stale, setStale] = useState<StaleTable[]>([]);
  const check = useAction(async () => {
    const p = need();
    const found = p.findStaleHelpers ? await p.findStaleHelpers() : [];
    setStale(found);
    return found;
  });
  const { run: recheck } = check;
  const busy = useRef(false);
  useEffect(() => {
    if (!port?.findStaleHelpers) return;
    // Again whenever the statistician comes back to the pane: targets are edited in the grid.
    const look = () => {
      if (busy.current) return;
      busy.current = true;
      void recheck().finally(() => (busy.current = false));
    };
    look();
    window.addEventListener("focus", look);
    return () => window.removeEventListener("focus", look);
  }, [port, recheck]);
  const refresh = useAction(async (table: StaleTable): Promise<RefreshResult> => {
    const p = need();
    if (!p.refreshHelpers) throw new PaneError("not_yet", "");
    // The template's memory is updated too when the workbook has one for this table.
    const known = await p.listTemplates().catch(() => [] as FoundTemplate[]);
    const result = await p.refreshHelpers(table.tableName, known.find((k) => k.tableName === table.tableName)?.partId);
    await recheck();
    return result;
  });
  return { stale, check, refresh, supported: Boolean(port?.refreshHelpers) };
}
