#!/usr/bin/env node
/**
 * npm start: serve the add-in over https://localhost:3000 and sideload it into desktop Excel
 * where there is one (Windows, macOS). Elsewhere (Linux, CI) it serves and prints how to
 * upload the manifest to Excel on the web. `--dry-run` prints the plan and exits.
 */
const fs = require("fs");
const { spawn, execFileSync } = require("child_process");
const { ROOT, PID_FILE, planStart, hasDesktopExcel, sideload } = require("./sideload");

const plan = planStart(process.platform, hasDesktopExcel());
if (process.argv.includes("--dry-run")) {
  console.log(JSON.stringify(plan));
  process.exit(0);
}

// Run the tools with this node directly (no npx shell in between), so the recorded pid is the server itself.
const bin = (pkg, file) => require.resolve(`${pkg}/${file}`, { paths: [ROOT] });
try {
  // Creates ~/.office-addin-dev-certs; on Linux it cannot trust the CA itself (no sudo) but the certs still serve.
  execFileSync(process.execPath, [bin("office-addin-dev-certs", "cli.js"), "install"], { cwd: ROOT, stdio: "inherit" });
} catch {
  console.warn("无法自动安装开发证书；浏览器可能提示证书不受信任。 (dev certificate install failed)");
}

const server = spawn(process.execPath, [bin("webpack-cli", "bin/cli.js"), "serve", "--mode", "development"], {
  cwd: ROOT,
  stdio: "inherit",
});
fs.writeFileSync(PID_FILE, String(server.pid));
server.on("exit", (code) => {
  try {
    fs.unlinkSync(PID_FILE);
  } catch {
    /* already gone */
  }
  process.exit(code ?? 0);
});

if (plan.mode === "desktop") {
  sideload(plan);
  console.log("\n已旁加载到桌面版 Excel。打开 Excel：开始 → 计划目标。 (sideloaded into desktop Excel)");
  if (process.platform === "win32") spawn("cmd", ["/c", "start", "excel"], { detached: true, stdio: "ignore" });
  else spawn("open", ["-a", "Microsoft Excel"], { detached: true, stdio: "ignore" });
} else {
  console.log(`
达标加载项正在 https://localhost:3000 上运行（此机器没有桌面版 Excel）。
在 Excel 网页版中旁加载 (sideload into Excel on the web):
  1. 在浏览器中打开 https://localhost:3000/taskpane.html 一次，并信任本地证书。
  2. 打开 Excel 网页版中的工作簿 → 开始 → 加载项 → 更多加载项 → 我的加载项 → 上传我的加载项。
  3. 选择 ${ROOT}/manifest.xml。
  4. “开始”选项卡上会出现“计划目标”按钮；在单元格中输入 =PLAN.TARGET_STATUS(0.98, "≥99.2%") 试用。
停止服务：Ctrl+C 或 npm stop。`);
}
