/**
 * Rendering the whole pane for component tests: a fake workbook (jest mocks behind the
 * WorkbookPort the hooks use) and the real extractor run synchronously instead of in a worker.
 */
import { act, configure, fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { extractTargets } from "../../src/core/extract";
import type { Extractor } from "../../src/taskpane/extraction/extractor";
import type { ExtractedItem, ExtractOptions } from "../../src/core/extract";
import type { WorkbookPort, SheetRow, FoundTemplate, ApplyResult, CheckResult, StaleTable } from "../../src/taskpane/hooks/workbook-port";
import { OUTSIDE_OFFICE, type HostState } from "../../src/taskpane/office-host";
import { DEFAULT_SETTINGS, type PaneSettings } from "../../src/taskpane/settings";

// Fluent in jsdom is slow on a busy machine: give findBy* and waitFor room.
configure({ asyncUtilTimeout: 15000 });

// jsdom has no ResizeObserver; Fluent's positioning code asks for one.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

export const IN_EXCEL: HostState = { inExcel: true, host: "Excel", displayLanguage: "zh-CN", workbookSupported: true };

export interface FakePort extends WorkbookPort {
  insertPlan: jest.Mock<Promise<ApplyResult>, Parameters<WorkbookPort["insertPlan"]>>;
  checkSelection: jest.Mock<Promise<CheckResult>, Parameters<WorkbookPort["checkSelection"]>>;
  listTemplates: jest.Mock<Promise<FoundTemplate[]>, []>;
}

/** Every action a full src/excel offers; `omit` leaves some out, as an older build would. */
export function fakePort(
  options: { rows?: SheetRow[]; templates?: FoundTemplate[]; stale?: StaleTable[][]; omit?: (keyof WorkbookPort)[] } = {},
): FakePort {
  // Each findStaleHelpers call answers the next list (the last one repeats): before and after a refresh.
  const staleAnswers = [...(options.stale ?? [[]])];
  const port = {
    insertPlan: jest.fn(async (plan) => ({
      sheetName: plan.sheetName,
      tableName: plan.tableName,
      address: `'${plan.sheetName}'!A1:N${plan.values.length + 1}`,
      newSheet: true,
      remembered: true,
      syncs: 3,
      writeRequests: 1,
      functions: plan.metadata.mode === "live" ? ("english" as const) : null,
    })),
    checkSelection: jest.fn(async () => ({
      mode: "typed",
      actualAddress: "'Sheet1'!B2:B5",
      targetAddress: null,
      helperAddress: null,
      percentAs: "fraction",
      rules: [],
      fallback: null,
      syncs: 2,
    })),
    listTemplates: jest.fn(async () => options.templates ?? []),
    getSelection: jest.fn(async () => ({ address: "'Sheet1'!C2:C5", text: "" })),
    readTemplateRows: jest.fn(async () => options.rows ?? []),
    selectRange: jest.fn(async () => undefined),
    addAttainmentChart: jest.fn(async () => ({ sheetName: "达标图表" })),
    writeActuals: jest.fn(async (_table: string, writes: unknown[]) => ({ written: writes.length, skipped: 0 })),
    findStaleHelpers: jest.fn(async () => (staleAnswers.length > 1 ? staleAnswers.shift() : staleAnswers[0]) ?? []),
    refreshHelpers: jest.fn(async (tableName: string) => ({ tableName, refreshed: 2, unreadable: [], remembered: true, syncs: 3 })),
  } as unknown as FakePort;
  for (const name of options.omit ?? []) delete (port as unknown as Record<string, unknown>)[name];
  return port;
}

/** extractTargets, answered on the next tick (as the worker would), counting calls. */
export function syncExtractor(): Extractor & { calls: string[]; options: Array<ExtractOptions | undefined> } {
  const calls: string[] = [];
  const options: Array<ExtractOptions | undefined> = [];
  return {
    calls,
    options,
    extract: async (text: string, o?: ExtractOptions) => {
      calls.push(text);
      options.push(o);
      return extractTargets(text, o) as ExtractedItem[];
    },
    dispose: () => undefined,
  };
}

export function renderPane(
  options: {
    host?: HostState;
    hostReady?: Promise<HostState>;
    hostLate?: Promise<HostState>;
    port?: WorkbookPort | null;
    settings?: Partial<PaneSettings>;
    extractor?: Extractor;
  } = {},
) {
  const extractor = options.extractor ?? syncExtractor();
  const utils = render(
    <App
      hostReady={options.hostReady ?? Promise.resolve(options.host ?? OUTSIDE_OFFICE)}
      hostLate={options.hostLate}
      port={options.port === undefined ? null : options.port}
      extractor={extractor}
      settings={{ ...DEFAULT_SETTINGS, ...options.settings }}
    />,
  );
  return { ...utils, extractor };
}

/** A click whose consequences (lazily loaded screens, dialogs, toasts) settle inside act(). */
export async function click(element: Element): Promise<void> {
  await act(async () => {
    // A mouse click focuses what it clicks (dialogs restore focus to it, and take it from it).
    if (element instanceof HTMLElement) element.focus();
    fireEvent.click(element);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

export async function openTab(name: RegExp | string): Promise<HTMLElement> {
  const tab = await screen.findByRole("tab", { name });
  await click(tab);
  return tab;
}
