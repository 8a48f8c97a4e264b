/** The built-in templates, loaded in their own chunk once the gallery is shown. */
import { useEffect, useState } from "react";
import type { TemplateDefinition } from "../../core/template";
import { planYear, type CatalogEntry } from "../model/catalog";

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
