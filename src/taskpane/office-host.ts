/**
 * Where the pane runs. Outside Office (a plain browser) office.js reports host null or is
 * absent; the pane then still works for extraction and review, without workbook actions.
 */
export interface HostState {
  inExcel: boolean;
  host: string | null;
  /** Office's display language (zh-CN, en-US …); null outside Office. */
  displayLanguage: string | null;
  /** Whether this Excel has the API level the workbook actions need (tables, conditional formats). */
  workbookSupported: boolean;
}

export const OUTSIDE_OFFICE: HostState = { inExcel: false, host: null, displayLanguage: null, workbookSupported: false };

/** Conditional formats with custom rules and suspended calculation need ExcelApi 1.6. */
export const REQUIRED_EXCEL_API = "1.6";

type OfficeLike = {
  onReady?: () => Promise<{ host: unknown }>;
  HostType?: { Excel?: unknown };
  context?: { displayLanguage?: string; requirements?: { isSetSupported(set: string, version?: string): boolean } };
};

/**
 * How long the pane waits before it says "outside Office": office.js's own load timeout (10 s),
 * so that a cold start on a slow network is not mistaken for a plain browser.
 */
export const OFFICE_TIMEOUT_MS = 10000;

/** The host as Office.onReady reports it, however late it arrives; outside Office at once when office.js is absent. */
export function officeHost(): Promise<HostState> {
  const office = (globalThis as { Office?: OfficeLike }).Office;
  if (!office || typeof office.onReady !== "function") return Promise.resolve(OUTSIDE_OFFICE);
  return office
    .onReady()
    .then((info): HostState => {
      const excelHost = office.HostType?.Excel ?? "Excel";
      const inExcel = info.host === excelHost;
      if (!inExcel) return { ...OUTSIDE_OFFICE, host: info.host ? String(info.host) : null };
      let supported = false;
      try {
        supported = office.context?.requirements?.isSetSupported("ExcelApi", REQUIRED_EXCEL_API) === true;
      } catch {
        supported = false;
      }
      return {
        inExcel: true,
        host: String(info.host),
        displayLanguage: office.context?.displayLanguage ?? null,
        workbookSupported: supported,
      };
    })
    .catch(() => OUTSIDE_OFFICE);
}

/**
 * The first answer for the pane: Office's, or "outside Office" after the timeout. No timeout
 * decides for good: the pane also listens to officeHost() and enables the workbook when Excel
 * answers late.
 */
export function waitForOffice(timeoutMs = OFFICE_TIMEOUT_MS, ready: Promise<HostState> = officeHost()): Promise<HostState> {
  const timeout = new Promise<HostState>((resolve) => setTimeout(() => resolve(OUTSIDE_OFFICE), timeoutMs));
  return Promise.race([ready, timeout]);
}
