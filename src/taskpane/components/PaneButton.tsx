/**
 * A small button with Fluent v9's look, for the first screen (Fluent's Button would add its
 * style sheet and the theme's token table to the initial bundle). A disabled button stays
 * focusable with aria-disabled, so that a screen reader can still reach it and hear why.
 */
import type { ButtonHTMLAttributes } from "react";
import { useStaticStyles } from "./static-styles";

export interface PaneButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "disabled" | "type"> {
  appearance?: "primary" | "secondary" | "subtle";
  disabled?: boolean;
}

export function PaneButton({ appearance = "secondary", disabled = false, onClick, className, ...rest }: PaneButtonProps) {
  useStaticStyles();
  return (
    <button
      {...rest}
      type="button"
      className={`dabiao-btn dabiao-btn-${appearance}${className ? " " + className : ""}`}
      aria-disabled={disabled || undefined}
      onClick={disabled ? undefined : onClick}
    />
  );
}

/** Fluent's large ProgressBar: value 0–1, or undefined while the length of the work is unknown. */
export function PaneProgress({ value, label }: { value?: number; label: string }) {
  useStaticStyles();
  const known = value !== undefined;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={known ? 0 : undefined}
      aria-valuemax={known ? 100 : undefined}
      aria-valuenow={known ? Math.round(value * 100) : undefined}
      className={`dabiao-progress${known ? "" : " dabiao-progress-indeterminate"}`}
    >
      <span style={known ? { width: `${value * 100}%` } : undefined} />
    </div>
  );
}
