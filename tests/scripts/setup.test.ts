/**
 * The set-up policy of `npm start` / `npm test` (scripts/setup.js): from what is on the
 * machine to what to do. The observation and the installs themselves are rehearsed on a clean
 * clone (README), not here.
 */
const { decide, TOOLS } = require("../../scripts/setup.js");

const allTools = Object.fromEntries(TOOLS.map((t: { key: string }) => [t.key, true]));
const ready = { nodeModules: "dir", stale: false };

function state(over: Record<string, unknown> = {}) {
  return { command: "test", npm: ready, tools: allTools, debian: true, root: false, sudo: false, ...over };
}

type Action = { type: string; message: string; packages?: string[]; sudo?: boolean; command?: string };

describe("npm packages", () => {
  test("nothing to do when node_modules is current", () => {
    expect(decide(state())).toEqual([]);
    expect(decide(state({ command: "start" }))).toEqual([]);
  });

  test.each(["start", "test"])("%s: missing node_modules runs npm ci and says so", (command) => {
    const [a] = decide(state({ command, npm: { nodeModules: "missing", stale: true } })) as Action[];
    expect(a.type).toBe("npm-ci");
    expect(a.message).toMatch(/node_modules 不存在.*npm ci/);
  });

  test("a package-lock.json newer than node_modules runs npm ci", () => {
    const [a] = decide(state({ npm: { nodeModules: "dir", stale: true } })) as Action[];
    expect(a.type).toBe("npm-ci");
    expect(a.message).toMatch(/package-lock\.json 比 node_modules 新/);
  });

  test("a linked node_modules (another checkout's) is never reinstalled, only reported", () => {
    const actions = decide(state({ npm: { nodeModules: "link", stale: true } })) as Action[];
    expect(actions.map((a) => a.type)).toEqual(["note"]);
  });

  test("npm start never looks at the system tools", () => {
    expect(decide(state({ command: "start", tools: {}, debian: false }))).toEqual([]);
  });
});

describe("system tools for npm test", () => {
  const without = (...keys: string[]) => ({ ...allTools, ...Object.fromEntries(keys.map((k) => [k, false])) });

  test("as root on Debian: one apt action with exactly the missing packages", () => {
    const actions = decide(state({ root: true, tools: without("chromium", "writer") })) as Action[];
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ type: "apt", sudo: false, packages: ["chromium", "fonts-liberation", "libreoffice-writer"] });
    expect(actions[0].message).toMatch(/Chromium.*LibreOffice Writer.*apt-get/);
  });

  test("with sudo: through sudo; npm ci comes first", () => {
    const actions = decide(state({ sudo: true, npm: { nodeModules: "missing", stale: true }, tools: without("cjkFonts") })) as Action[];
    expect(actions.map((a) => a.type)).toEqual(["npm-ci", "apt"]);
    expect(actions[1]).toMatchObject({ sudo: true, packages: ["fonts-noto-cjk"] });
  });

  test.each([
    ["Debian without root or sudo", { debian: true }, /没有 root 或 sudo/],
    ["another system", { debian: false, root: true }, /不是 Debian\/Ubuntu/],
  ])("%s: stops before anything runs, with the exact command", (_, over, why) => {
    const actions = decide(state({ ...over, npm: { nodeModules: "missing", stale: true }, tools: without("calc", "nginx", "xmllint") })) as Action[];
    // Not even npm ci: nothing runs when the tests could not run in full.
    expect(actions).toHaveLength(1);
    expect(actions[0].type).toBe("stop");
    expect(actions[0].command).toBe("sudo apt-get update && sudo apt-get install -y --no-install-recommends libreoffice-calc nginx libxml2-utils");
    expect(actions[0].message).toContain(actions[0].command);
    expect(actions[0].message).toMatch(why);
  });

  test("every tool the tests drive is checked, each with a package", () => {
    expect(TOOLS.map((t: { key: string }) => t.key).sort()).toEqual(["calc", "chromium", "cjkFonts", "nginx", "openssl", "writer", "xmllint"]);
    for (const t of TOOLS) {
      const [a] = decide(state({ root: true, tools: without(t.key) })) as Action[];
      expect(a.packages).toEqual(t.packages);
    }
  });
});
