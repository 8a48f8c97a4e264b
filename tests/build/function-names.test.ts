/**
 * The Chinese and English function names must be legal Excel names and must not collide
 * with built-in functions in any language Excel is localized to. HyperFormula ships the
 * built-in function names of 17 Excel languages; those are the reference lists here.
 */
import fs from "fs";
import path from "path";

const translations: Record<string, { name: string }> = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../src/functions/functions.zh-cn.json"), "utf8"),
);
const langDir = path.dirname(require.resolve("hyperformula/commonjs/i18n/languages/enUS.js"));
const builtins = new Set<string>();
for (const file of fs.readdirSync(langDir).filter((f) => /^[a-z]{2}[A-Z]{2}\.js$/.test(f))) {
  const lang = require(path.join(langDir, file));
  for (const name of Object.values((lang.default ?? lang).functions as Record<string, string>)) builtins.add(name.toUpperCase());
}
// Excel 4.0 macro functions that Microsoft's naming rules call out, and that HyperFormula does not know.
for (const name of ["RUN", "ECHO", "EVALUATE", "GET.CELL", "FILES", "REGISTER", "CALL"]) builtins.add(name);

const names = Object.entries(translations).flatMap(([id, t]) => [id, t.name]);

test("the reference lists are loaded (so the collision check can fail)", () => {
  expect(builtins.has("SUMME")).toBe(true); // German SUM
  expect(builtins.has("SOMME")).toBe(true); // French SUM
  expect(builtins.size).toBeGreaterThan(3000);
});

test.each(names)("%s is a legal custom function name", (name) => {
  expect(name).toMatch(/^\p{L}[\p{L}\p{N}_.]{2,}$/u);
  expect(name).not.toMatch(/^[A-Z]{1,3}[0-9]+$/i); // A1 … XFD1048576
  expect(name).not.toMatch(/^R[0-9]*C[0-9]*$/i); // R1C1
});

test.each(names)("%s collides with no built-in function in any language", (name) => {
  expect(builtins.has(name.toUpperCase())).toBe(false);
  expect(builtins.has(`PLAN.${name}`.toUpperCase())).toBe(false);
});
