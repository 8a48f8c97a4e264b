/**
 * The year of a figure when its own sentence or column states none: a target's deadline comes
 * from the nearest heading that names a year, else the plan's own year (or the year weaker cues
 * of its part agree on); an actual's reference year from a report heading, else the report's
 * title, else null (README: deadlines of actuals are the reference year or null).
 */
import type { Context, Kind } from "./layout";
import type { DocInfo } from "./prose";

export function fallbackYear(kind: Kind, ctx: Context, doc: DocInfo): number | null {
  if (kind === "actual") return (ctx.headingKind === "actual" ? ctx.headingYear : null) ?? doc.reportYear;
  return ctx.headingYear ?? doc.planYear ?? doc.partYears[ctx.part] ?? null;
}
