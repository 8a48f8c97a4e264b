import { createContext, useContext, type ReactNode } from "react";
import { STRINGS, type Lang, type Strings } from "./strings";

export { resolveLanguage, showAddress, STRINGS } from "./strings";
export type { Lang, Strings } from "./strings";

const LangContext = createContext<Lang>("zh-CN");

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

/** The dictionary of the pane's current language. */
export function useStrings(): Strings {
  return STRINGS[useContext(LangContext)];
}

export function useLang(): Lang {
  return useContext(LangContext);
}
