/** npm test's property runs are repeatable: every fc.assert draws from the same fixed seed. */
import fc from "fast-check";

test("the global seed is fixed, so two runs draw the same cases", () => {
  const draw = () => {
    const seen: number[] = [];
    fc.assert(fc.property(fc.integer(), (n) => void seen.push(n)), { numRuns: 20 });
    return seen;
  };
  expect(fc.readConfigureGlobal().seed).toBe(process.env.FUZZ_SEED === undefined ? 20261205 : Number(process.env.FUZZ_SEED));
  expect(draw()).toEqual(draw());
});
