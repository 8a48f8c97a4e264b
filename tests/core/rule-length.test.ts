/**
 * Every conditional-format formula the code can generate fits Excel's 255-character rule
 * editor, at the worst placement: every cell reference pushed to XFD1048576, sheet names at
 * their longest. The builders are called as the appliers call them.
 */
import { buildBalanceWorkbookPlan } from "../../src/core/balance/workbook-plan";
import { WORKBOOK_STANDARDS } from "../../src/core/balance/workbook-standard";
import { planRules } from "../../src/core/formulas/rules";
import {
  helperRules,
  numberCellTolerance,
  RULE_FORMULA_MAX,
  rulesFit,
  statusRules,
  typedRuleParts,
} from "../../src/core/formulas/selection-rules";
import { qualify } from "../../src/core/a1";
import { parseTarget } from "../../src/core/parse-target";
import { HELPER_SHEET } from "../../src/excel/check-selection";

const WORST_CELL = "XFD1048576";

/** The formula with every A1 reference at the sheet's far corner (keeping its $ marks). */
function worstPlacement(formula: string): string {
  return formula.replace(/(\$?)\b[A-Z]{1,3}(\$?)[0-9]{1,7}\b/g, (_m, d1: string, d2: string) => `${d1}XFD${d2}1048576`);
}

test("the worst placement does move references", () => {
  expect(worstPlacement("=$L3=\"达标\"")).toBe('=$XFD1048576="达标"');
  expect(worstPlacement("=AND(ISNUMBER(B2),'表'!A$1>0)")).toBe("=AND(ISNUMBER(XFD1048576),'表'!XFD$1048576>0)");
});

test("template rules: live and portable, status column and first row at the far corner", () => {
  for (const mode of ["live", "portable"] as const) {
    for (const rule of planRules(16383, 1048574, mode)) {
      expect([mode, rule.meaning, rule.formula.length <= RULE_FORMULA_MAX]).toEqual([mode, rule.meaning, true]);
    }
  }
});

test("balance workbook rules, both modes and every standard", () => {
  let count = 0;
  for (const std of WORKBOOK_STANDARDS) {
    for (const mode of ["live", "portable"] as const) {
      for (const sheet of buildBalanceWorkbookPlan(std, { mode }).sheets) {
        for (const rule of sheet.rules) {
          count++;
          const worst = worstPlacement(rule.formula);
          expect([std.id, sheet.sheetName, worst.length <= RULE_FORMULA_MAX]).toEqual([std.id, sheet.sheetName, true]);
        }
      }
    }
  }
  expect(count).toBeGreaterThan(0);
});

describe("check-selection rules", () => {
  // Long, awkward numbers: formulaNumber writes up to 15 significant digits and plain decimals.
  const TARGETS = ["≥99.2%", "≤0.5%", "=100%", "3~5所", "1:15", "1:7", "280人", "≥0.0000012345678901234", "-123456789.123456~987654321.987654", "不低于95%"];

  test.each(TARGETS)("typed target %s, actual at the far corner, percents typed as 99.2", (text) => {
    const t = parseTarget(text);
    for (const scale of [1, 100]) {
      for (const tolerance of [undefined, 0.0123456789012345]) {
        expect(rulesFit(statusRules(WORST_CELL, typedRuleParts(WORST_CELL, t, scale, tolerance)))).toBe(true);
      }
    }
  });

  test("target cells on the same sheet, at the far corner", () => {
    for (const pct of [true, false]) {
      const rules = statusRules(WORST_CELL, { gap: `(${WORST_CELL}-${WORST_CELL})`, tolerance: numberCellTolerance(WORST_CELL, pct), has: `ISNUMBER(${WORST_CELL})` });
      expect(rulesFit(rules)).toBe(true);
    }
  });

  test("target cells on a sheet with a 31-character name do not fit: the check falls back to the helper sheet", () => {
    const ref = qualify("'".repeat(31), WORST_CELL);
    const rules = statusRules(WORST_CELL, { gap: `(${ref}-${WORST_CELL})`, tolerance: numberCellTolerance(ref, false), has: `ISNUMBER(${ref})` });
    expect(rulesFit(rules)).toBe(false);
  });

  test("helper-sheet rules at the far corner of both sheets", () => {
    const ref = qualify(HELPER_SHEET, WORST_CELL);
    const rules = helperRules(WORST_CELL, ref, ref, ref, ref);
    const longest = Math.max(...rules.map((r) => r.formula.length));
    expect(longest).toBeLessThanOrEqual(RULE_FORMULA_MAX);
  });
});
