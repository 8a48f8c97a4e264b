/**
 * The pane's settings, kept in this computer's browser storage (never sent anywhere). A
 * damaged or missing record falls back to the defaults; storage may be unavailable (private
 * mode, locked-down Office), in which case settings last for the session only.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { FormulaMode } from "../core/template";
import type { Lang } from "./i18n/strings";

export type { FormulaMode };

export interface PaneSettings {
  language: Lang | "auto";
  defaultMode: FormulaMode;
  /** At-risk band for percent targets, in percentage points (1 = 0.01); null = the core default. */
  tolerancePoints: number | null;
}

export const DEFAULT_SETTINGS: PaneSettings = { language: "auto", defaultMode: "live", tolerancePoints: null };

const KEY = "dabiao.settings.v1";

export function readSettings(storage: Pick<Storage, "getItem"> | null = safeStorage()): PaneSettings {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return { ...DEFAULT_SETTINGS };
    const s = JSON.parse(raw) as Partial<PaneSettings>;
    const language = s.language === "zh-CN" || s.language === "en-US" ? s.language : "auto";
    const defaultMode = s.defaultMode === "portable" ? "portable" : "live";
    const t = s.tolerancePoints;
    const tolerancePoints = typeof t === "number" && Number.isFinite(t) && t >= 0 ? t : null;
    return { language, defaultMode, tolerancePoints };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export function writeSettings(s: PaneSettings, storage: Pick<Storage, "setItem"> | null = safeStorage()): void {
  try {
    storage?.setItem(KEY, JSON.stringify(s));
  } catch {
    // Storage full or refused: the settings still hold for this session.
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

interface SettingsState {
  settings: PaneSettings;
  update(change: Partial<PaneSettings>): void;
}

const SettingsContext = createContext<SettingsState>({ settings: DEFAULT_SETTINGS, update: () => undefined });

export function SettingsProvider({ initial, children }: { initial?: PaneSettings; children: ReactNode }) {
  const [settings, setSettings] = useState<PaneSettings>(() => initial ?? readSettings());
  const update = useCallback((change: Partial<PaneSettings>) => {
    setSettings((old) => {
      const next = { ...old, ...change };
      writeSettings(next);
      return next;
    });
  }, []);
  const value = useMemo(() => ({ settings, update }), [settings, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsState {
  return useContext(SettingsContext);
}
