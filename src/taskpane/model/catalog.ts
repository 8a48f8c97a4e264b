/** A gallery entry: a built-in template with the year its plan is for. Pure. */
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
