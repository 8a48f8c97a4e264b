/** The built-in templates, loaded in their own chunk once the gallery is shown. */
import { useEffect, useState } from "react";
import type { TemplateDefinition } from "../../core/template";

export interface CatalogEntry {
  id: string;
  title: string;
  kind: TemplateDefinition["kind"];
  source: string;
  rows: number;
  /** The plan's year: named in its title (2008年…), else its rows' usual deadline, else its document's (〔2017〕6号). */
  year: number | null;
  definition: TemplateDefinition;
}

export function planYear(definition: TemplateDefinition): number | null {
  const titled = /((?:19|20)\d{2})年/.exec(definition.title);
  if (titled) return Number(titled[1]);
  const counts = new Map<number, number>();
  for (const r of definition.rows) if (typeof r.deadline === "number") counts.set(r.deadline, (counts.get(r.deadline) ?? 0) + 1);
  if (counts.size > 0) return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
  const m = /(?:19|20)\d{2}/.exec(`${definition.source} ${definition.id}`);
  return m ? Number(m[0]) : null;
}

export async function loadCatalog(): Promise<CatalogEntry[]> {
  const templates = await import(/* webpackChunkName: "templates" */ "../../templates");
  return templates.listTemplates().map((s) => {
    const definition = templates.getTemplate(s.id) as TemplateDefinition;
    return { ...s, year: planYear(definition), definition };
  });
}

let cached: Promise<CatalogEntry[]> | null = null;

/** Starts loading the gallery's data while React draws the first frame, not after it. */
export function preloadCatalog(): void {
  if (!cached) cached = loadCatalog();
}

export function useCatalog(): { entries: CatalogEntry[] | null; error: string | null } {
  const [entries, setEntries] = useState<CatalogEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (!cached) cached = loadCatalog();
    cached.then(
      (e) => live && setEntries(e),
      (e: unknown) => {
        cached = null;
        if (live) setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return { entries, error };
}
