/**
 * Regressions found by the property runs and by real documents, each fixed once and kept here.
 */
import { extractTargets } from "../../src/core/extract";

describe("no item without an indicator", () => {
  test("an indicator table whose unit line （％） repeats (found by extract.fuzz)", () => {
    const text = "指标\n2020年\n2025年\n学前三年毛入园率\n（％）\n（％）\n88.6\n92以上\n普惠性幼儿园覆盖率\n（％）\n82.3\n85\n";
    const items = extractTargets(text);
    expect(items.length).toBeGreaterThan(0);
    for (const it of items) expect(it.indicator.trim()).not.toBe("");
    expect(items.map((x) => [x.indicator, x.comparator, x.value, x.unit, x.kind])).toEqual([
      ["学前三年毛入园率", "=", 88.6, "%", "actual"],
      ["学前三年毛入园率", ">=", 92, "%", "target"],
      ["普惠性幼儿园覆盖率", "=", 82.3, "%", "actual"],
      ["普惠性幼儿园覆盖率", "none", 85, "%", "target"],
    ]);
  });

  test("a unit line alone with no label before it gives nothing, not a nameless item", () => {
    const text = "指标\n2020年\n2025年\n（％）\n（％）\n88.6\n92\n";
    for (const it of extractTargets(text)) expect(it.indicator.trim()).not.toBe("");
  });
});
