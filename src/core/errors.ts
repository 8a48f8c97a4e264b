/**
 * The one error type core throws. Callers (custom functions, CLI, task pane) map it to
 * their own surface: #VALUE!/#N/A, an exit code, a message bar. Anything else thrown
 * from core is a bug.
 */
export type PlanErrorCode =
  /** text holds no number we can read */
  | "not_a_number"
  /** text is not a target phrase */
  | "not_a_target"
  /** the target needs a baseline (比上年提高…) and none was given */
  | "needs_baseline"
  /** an argument of the wrong kind (e.g. a negative tolerance) */
  | "bad_argument";

export class PlanError extends Error {
  readonly code: PlanErrorCode;
  /** The offending input, verbatim (truncated for display). */
  readonly input: string;

  constructor(code: PlanErrorCode, message: string, input: unknown = "") {
    super(message);
    this.name = "PlanError";
    this.code = code;
    const text = String(input);
    this.input = text.length > 60 ? text.slice(0, 57) + "…" : text;
  }
}

export function isPlanError(e: unknown): e is PlanError {
  return e instanceof PlanError;
}
