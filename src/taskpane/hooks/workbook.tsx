/**
 * The pane's access to the workbook: a WorkbookPort when the pane runs in an Excel that has
 * the APIs it needs, else null with the reason shown next to every workbook action.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import type { HostState } from "../office-host";
import { useLang, useStrings } from "../i18n";
import { PaneError, type WorkbookPort } from "./workbook-port";

export interface WorkbookState {
  port: WorkbookPort | null;
  /** Why workbook actions are off (outside Excel, old Excel, still loading); null when on. */
  reason: string | null;
}

const WorkbookContext = createContext<WorkbookState>({ port: null, reason: null });

/**
 * `port` given (tests): use it as is. Otherwise load the Excel port once the host is known
 * to be an Excel with ExcelApi 1.6.
 */
export function WorkbookProvider({
  host,
  port,
  loadPort,
  children,
}: {
  host: HostState | null;
  port?: WorkbookPort | null;
  loadPort?: () => Promise<WorkbookPort>;
  children: ReactNode;
}) {
  const t = useStrings();
  const [loaded, setLoaded] = useState<WorkbookPort | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const usable = Boolean(host?.inExcel && host.workbookSupported);

  useEffect(() => {
    if (port !== undefined || !usable || !loadPort) return;
    let live = true;
    loadPort().then(
      (p) => live && setLoaded(p),
      (e: unknown) => live && setLoadError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [port, usable, loadPort]);

  let state: WorkbookState;
  if (port !== undefined) state = { port, reason: port ? null : t.host.workbookOnly };
  else if (!host) state = { port: null, reason: t.loading };
  else if (!host.inExcel) state = { port: null, reason: t.host.workbookOnly };
  else if (!host.workbookSupported) state = { port: null, reason: t.host.unsupported };
  else if (loadError) state = { port: null, reason: loadError };
  else state = { port: loaded, reason: loaded ? null : t.loading };
  return <WorkbookContext.Provider value={state}>{children}</WorkbookContext.Provider>;
}

export function useWorkbook(): WorkbookState {
  return useContext(WorkbookContext);
}

/** A readable message in the pane's language: known Excel failures in English too, else the Chinese detail. */
export function useErrorText(): (e: unknown) => string {
  const t = useStrings();
  const lang = useLang();
  return useCallback(
    (e: unknown) => {
      const message = e instanceof Error ? e.message : typeof e === "string" ? e : "";
      // Known failures read in English too; in Chinese, Excel's own detailed sentence is better.
      if (e instanceof PaneError && (lang === "en-US" || !message) && t.errors[e.code]) return t.errors[e.code];
      return message || t.errors.unknown;
    },
    [t, lang],
  );
}

export interface Action<A extends unknown[], R> {
  run(...args: A): Promise<R | undefined>;
  busy: boolean;
  error: string | null;
  clearError(): void;
}

/** Runs a workbook call with busy and error state; a failure becomes a message, never a throw. */
export function useAction<A extends unknown[], R>(fn: (...args: A) => Promise<R>): Action<A, R> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const describe = useErrorText();
  const fnRef = useRef(fn);
  useEffect(() => {
    fnRef.current = fn;
  });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(
    async (...args: A) => {
      setBusy(true);
      setError(null);
      try {
        return await fnRef.current(...args);
      } catch (e) {
        if (mounted.current) setError(describe(e));
        return undefined;
      } finally {
        if (mounted.current) setBusy(false);
      }
    },
    [describe],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}
