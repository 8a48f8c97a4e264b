/** Whether the pane runs inside Excel. Outside Office (a plain browser) office.js reports host null or is absent. */
export interface HostState {
  inExcel: boolean;
  host: string | null;
}

export function waitForOffice(timeoutMs = 3000): Promise<HostState> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return Promise.resolve({ inExcel: false, host: null });
  const ready = office.onReady().then((info) => ({
    inExcel: info.host === office.HostType.Excel,
    host: info.host ? String(info.host) : null,
  }));
  const timeout = new Promise<HostState>((resolve) => setTimeout(() => resolve({ inExcel: false, host: null }), timeoutMs));
  return Promise.race([ready, timeout]);
}
