#!/usr/bin/env node
/**
 * The set-up that `npm start` and `npm test` do before anything else, so that the README's two
 * commands work on a bare machine. Node built-ins only: it runs before node_modules exists.
 *
 *   node scripts/setup.js start   npm packages (npm ci when node_modules is missing or older than package-lock.json)
 *   node scripts/setup.js test    the same, then the system tools the tests drive: Chromium, CJK fonts,
 *                                 LibreOffice (Calc and Writer), nginx and xmllint; apt-get installs them on
 *                                 Debian/Ubuntu as root or with sudo, else it stops with the exact command.
 *
 * `decide` is the whole policy, a pure function from what was observed to what to do (tested
 * in tests/scripts/setup.test.ts); the rest observes the machine and carries the actions out.
 */
const { createHash } = require("crypto");
const fs = require("fs");
const path = require("path");
const { execFileSync, spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const STAMP = ".dabiao-lock-sha256";

/** What the tests need, each with how to see it is there and the Debian package that brings it. */
const TOOLS = [
  { key: "chromium", what: "Chromium（任务窗格浏览器测试）", packages: ["chromium", "fonts-liberation"] },
  { key: "cjkFonts", what: "中文字体 Noto CJK（截图与排版）", packages: ["fonts-noto-cjk"] },
  { key: "calc", what: "LibreOffice Calc（便携模式公式重算）", packages: ["libreoffice-calc"] },
  { key: "writer", what: "LibreOffice Writer（由 .docx 生成 PDF 测试文件）", packages: ["libreoffice-writer"] },
  { key: "nginx", what: "nginx（部署测试）", packages: ["nginx"] },
  { key: "openssl", what: "openssl（部署测试的临时证书）", packages: ["openssl"] },
  { key: "xmllint", what: "xmllint（清单 XML 架构校验）", packages: ["libxml2-utils"] },
];

/**
 * @param {{
 *   command: "start" | "test",
 *   npm: { nodeModules: "missing" | "dir" | "link", stale: boolean },
 *   tools: Record<string, boolean>,
 *   debian: boolean, root: boolean, sudo: boolean,
 * }} s
 * @returns {{ type: "npm-ci" | "note" | "apt" | "stop", message: string, packages?: string[], sudo?: boolean, command?: string }[]}
 */
function decide(s) {
  const actions = [];
  if (s.npm.nodeModules === "missing") actions.push({ type: "npm-ci", message: "node_modules 不存在：正在运行 npm ci 安装依赖（约 2 分钟）。 (node_modules missing: running npm ci)" });
  else if (s.npm.stale && s.npm.nodeModules === "dir")
    actions.push({ type: "npm-ci", message: "package-lock.json 比 node_modules 新：正在运行 npm ci 更新依赖。 (package-lock.json is newer than node_modules: running npm ci)" });
  else if (s.npm.stale)
    // A linked node_modules belongs to another checkout: reinstalling it here would change that one too.
    actions.push({ type: "note", message: "注意：node_modules 是指向别处的链接，且比 package-lock.json 旧；未自动更新。 (linked node_modules is older than package-lock.json; not touched)" });
  if (s.command !== "test") return actions;

  const missing = TOOLS.filter((t) => !s.tools[t.key]);
  if (missing.length === 0) return actions;
  const packages = [...new Set(missing.flatMap((t) => t.packages))];
  const list = missing.map((t) => t.what).join("、");
  if (s.debian && (s.root || s.sudo)) {
    actions.push({ type: "apt", packages, sudo: !s.root, message: `缺少 ${list}：正在用 apt-get 安装 ${packages.join(" ")}。 (installing missing system packages with apt-get)` });
    return actions;
  }
  const command = `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(" ")}`;
  const where = s.debian ? "此用户没有 root 或 sudo 权限" : "这不是 Debian/Ubuntu 系统，无法自动安装";
  // Nothing runs: a skipped browser or LibreOffice test would read as a pass.
  return [
    {
      type: "stop",
      command,
      message: `测试需要 ${list}，但${where}。请先运行：\n  ${command}\n${s.debian ? "" : "（其他系统请用自己的包管理器安装同名软件；Chromium 应位于 /usr/bin/chromium 或由 CHROMIUM_PATH 指定。）\n"}然后再运行 npm test。 (missing system tools; run the command above, then npm test again)`,
    },
  ];
}

function onPath(name, extra = []) {
  const dirs = [...(process.env.PATH || "").split(path.delimiter), ...extra];
  return dirs.some((d) => d && fs.existsSync(path.join(d, name)));
}

function sha256(file) {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** node_modules: missing, a directory of its own or a link elsewhere; stale when package-lock.json changed since the last install. */
function observeNpm() {
  const nm = path.join(ROOT, "node_modules");
  const lock = path.join(ROOT, "package-lock.json");
  let kind = "missing";
  try {
    kind = fs.lstatSync(nm).isSymbolicLink() ? "link" : "dir";
    if (!fs.existsSync(path.join(nm, ".package-lock.json"))) kind = kind === "link" ? kind : "missing"; // an interrupted install
  } catch {
    return { nodeModules: "missing", stale: true };
  }
  // npm ci writes node_modules/.package-lock.json; our stamp holds the lock's hash, so a checkout that only touches the file is no change.
  const stamp = path.join(nm, STAMP);
  if (fs.existsSync(stamp)) return { nodeModules: kind, stale: fs.readFileSync(stamp, "utf8").trim() !== sha256(lock) };
  const installed = path.join(nm, ".package-lock.json");
  const stale = !fs.existsSync(installed) || fs.statSync(installed).mtimeMs < fs.statSync(lock).mtimeMs;
  return { nodeModules: kind, stale };
}

function observeTools() {
  const sbin = ["/usr/sbin", "/sbin", "/usr/local/sbin"];
  let cjk = false;
  try {
    cjk = /\S/.test(execFileSync("fc-list", [":lang=zh", "family"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
  } catch {
    cjk = false;
  }
  const lo = ["/usr/lib/libreoffice/program", "/opt/libreoffice/program"];
  return {
    chromium: fs.existsSync(process.env.CHROMIUM_PATH || "/usr/bin/chromium"),
    cjkFonts: cjk,
    // soffice is the launcher; the Calc and Writer modules are separate packages on Debian.
    calc: onPath("soffice") && lo.some((d) => fs.existsSync(path.join(d, "libsclo.so"))),
    writer: onPath("soffice") && lo.some((d) => fs.existsSync(path.join(d, "libswlo.so"))),
    nginx: onPath("nginx", sbin),
    openssl: onPath("openssl"),
    xmllint: onPath("xmllint"),
  };
}

function observe(command) {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  let sudo = false;
  if (!root && onPath("sudo")) sudo = spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0 || Boolean(process.stdin.isTTY);
  return {
    command,
    npm: observeNpm(),
    tools: command === "test" ? observeTools() : {},
    debian: process.platform === "linux" && fs.existsSync("/etc/debian_version"),
    root,
    sudo,
  };
}

function run(cmd, args, env) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\n失败：${cmd} ${args.join(" ")}（退出码 ${r.status}）。 (failed)`);
    process.exit(r.status || 1);
  }
}

function carryOut(actions) {
  for (const a of actions) {
    if (a.type === "stop") {
      console.error(a.message);
      process.exit(1);
    }
    console.log(`[setup] ${a.message}`);
    if (a.type === "npm-ci") {
      const npm = process.env.npm_execpath;
      // Through the npm that runs this script (npm_execpath), else the npm on PATH.
      if (npm && npm.endsWith(".js")) run(process.execPath, [npm, "ci", "--no-audit", "--no-fund"]);
      else run(process.platform === "win32" ? "npm.cmd" : "npm", ["ci", "--no-audit", "--no-fund"]);
      fs.writeFileSync(path.join(ROOT, "node_modules", STAMP), sha256(path.join(ROOT, "package-lock.json")) + "\n");
    } else if (a.type === "apt") {
      const pre = a.sudo ? ["sudo", "-E"] : [];
      const env = { DEBIAN_FRONTEND: "noninteractive" };
      const [cmd, ...rest] = [...pre, "apt-get"];
      run(cmd, [...rest, "update", "-qq"], env);
      run(cmd, [...rest, "install", "-y", "-qq", "--no-install-recommends", ...a.packages], env);
    }
  }
}

if (require.main === module) {
  carryOut(decide(observe(process.argv[2] === "test" ? "test" : "start")));
}

module.exports = { decide, TOOLS };
