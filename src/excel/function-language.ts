/**
 * Which names make the PLAN functions work in this Excel. Chinese Excel registers them under
 * their Chinese names, and a formula written with the English name can show #NAME? there
 * (office-js #891, #6614). Before writing a live table, the applier writes one probe formula
 * each way into a cell the table will overwrite, reads both back in the same request, and
 * writes the table's PLAN formulas in whichever form Excel understood, or portable formulas.
 */
import zh from "../functions/functions.zh-cn.json";
import { cellA1 } from "../core/a1";
import type { FunctionNames } from "../core/formulas/localize";

export type FormulaLanguage = "english" | "localized" | "unavailable";

/** A formula every registered PLAN runtime answers with 达标. */
const PROBE_ID = "TARGET_STATUS";
const PROBE_ARGS = "(1,1)";

const ZH_NAMES: FunctionNames = Object.fromEntries(Object.entries(zh).map(([id, t]) => [id, t.name]));

/** The display language's PLAN names, or null where Excel shows the English ones. */
export function localNamesFor(displayLanguage: string | null | undefined): FunctionNames | null {
  return typeof displayLanguage === "string" && /^zh\b/i.test(displayLanguage) ? ZH_NAMES : null;
}

/** Office's display language, when running in Office. */
export function officeDisplayLanguage(): string | null {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return office?.context?.displayLanguage ?? null;
}

export interface Probe {
  english: Excel.Range;
  localized: Excel.Range | null;
}

/** Queues the probe formulas into two cells the table will overwrite, and loads their values. */
export function queueProbe(english: Excel.Range, localized: Excel.Range, names: FunctionNames | null): Probe {
  english.formulas = [[`=PLAN.${PROBE_ID}${PROBE_ARGS}`]];
  english.load("values");
  if (!names) return { english, localized: null };
  localized.formulasLocal = [[`=PLAN.${names[PROBE_ID]}${PROBE_ARGS}`]];
  localized.load("values");
  return { english, localized };
}

const BUSY = "#BUSY!";

function valueOf(r: Excel.Range | null): unknown {
  return r ? r.values?.[0]?.[0] : undefined;
}

/** True while a probe still calculates: worth a short wait and another read. */
export function probeBusy(p: Probe): boolean {
  return valueOf(p.english) === BUSY || valueOf(p.localized) === BUSY;
}

/**
 * What the probe cells say. An error value other than #BUSY! (which only a known function
 * shows) means the name is not registered; English wins when both work.
 */
export function probeVerdict(p: Probe): FormulaLanguage {
  const works = (v: unknown) => v !== undefined && !(typeof v === "string" && v.startsWith("#") && v !== BUSY);
  if (works(valueOf(p.english))) return "english";
  if (p.localized && works(valueOf(p.localized))) return "localized";
  return "unavailable";
}

/** Re-reads the probe cells (after a short wait), in the caller's next request. */
export function reloadProbe(p: Probe): void {
  p.english.load("values");
  p.localized?.load("values");
}

/** Reads of a probe that still shows #BUSY!, at most, before its verdict stands. */
export const PROBE_RETRIES = 3;
const PROBE_WAIT_MS = 250;

/**
 * The whole probe: writes it at (row, col) and the cell to its right of `sheet`, syncs, re-reads
 * while #BUSY! (at most PROBE_RETRIES times, `wait` apart), and returns the verdict. 1 to
 * 1 + PROBE_RETRIES syncs; failures propagate as Excel threw them.
 */
export async function probeFunctions(
  sheet: Excel.Worksheet,
  row: number,
  col: number,
  names: FunctionNames | null,
  sync: () => Promise<void>,
  wait: (ms: number) => Promise<void> = (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
): Promise<FormulaLanguage> {
  const probe = queueProbe(sheet.getRange(cellA1(row, col)), sheet.getRange(cellA1(row, col + 1)), names);
  await sync();
  for (let i = 0; i < PROBE_RETRIES && probeBusy(probe); i++) {
    await wait(PROBE_WAIT_MS);
    reloadProbe(probe);
    await sync();
  }
  return probeVerdict(probe);
}
