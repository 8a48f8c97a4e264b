/**
 * A message in Office's colours: info, warning, error or success. Errors are alerts (read out
 * at once); the others are polite status messages. Light enough for the first screen.
 */
import type { ReactNode } from "react";
import { v } from "./static-styles";

const COLORS = {
  info: ["colorNeutralBackground3", "colorNeutralStroke2"],
  warning: ["colorPaletteYellowBackground1", "colorPaletteYellowBorder1"],
  error: ["colorPaletteRedBackground1", "colorPaletteRedBorder1"],
  success: ["colorPaletteGreenBackground1", "colorPaletteGreenBorder1"],
} as const;

export function Banner({ intent, children }: { intent: keyof typeof COLORS; children: ReactNode }) {
  const [background, border] = COLORS[intent];
  return (
    <div
      role={intent === "error" ? "alert" : "status"}
      data-intent={intent}
      style={{
        padding: "8px 12px",
        marginBottom: 8,
        borderRadius: v("borderRadiusMedium"),
        border: `1px solid ${v(border)}`,
        backgroundColor: v(background),
        color: v("colorNeutralForeground1"),
        fontFamily: v("fontFamilyBase"),
        fontSize: v("fontSizeBase200"),
        lineHeight: v("lineHeightBase200"),
      }}
    >
      {children}
    </div>
  );
}
