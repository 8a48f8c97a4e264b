import { execFileSync } from "child_process";
import path from "path";
import { planStart } from "../../scripts/sideload";

test.each([
  ["win32", true, "desktop", "registry"],
  ["darwin", true, "desktop", "wef-folder"],
  ["win32", false, "web", "manual-upload"],
  ["linux", false, "web", "manual-upload"],
  ["linux", true, "web", "manual-upload"],
])("npm start on %s (desktop Excel: %p) → %s", (platform, excel, mode, sideload) => {
  expect(planStart(platform, excel)).toMatchObject({ mode, sideload });
});

test("on this Linux machine npm start serves for Excel on the web", () => {
  const out = execFileSync("node", [path.resolve(__dirname, "../../scripts/start.js"), "--dry-run"], { encoding: "utf8" });
  expect(JSON.parse(out)).toMatchObject({ mode: process.platform === "linux" ? "web" : expect.any(String) });
});
