/**
 * Sideloading without office-addin-debugging (its dependency chain does not install here):
 * the same registry key / folder that Microsoft's tool writes, done directly.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const PID_FILE = path.join(os.tmpdir(), "dabiao-dev-server.pid");
const WIN_KEY = "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer";
const MAC_WEF = path.join(os.homedir(), "Library/Containers/com.microsoft.Excel/Data/Documents/wef");

function manifestId() {
  const m = /<Id>([^<]+)<\/Id>/.exec(fs.readFileSync(MANIFEST, "utf8"));
  return m ? m[1] : "dabiao";
}

function hasDesktopExcel(platform = process.platform) {
  try {
    if (platform === "win32") {
      execFileSync("reg", ["query", "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe"], { stdio: "ignore" });
      return true;
    }
    if (platform === "darwin") return fs.existsSync("/Applications/Microsoft Excel.app");
  } catch {
    return false;
  }
  return false;
}

/** What `npm start` will do on this machine; pure, so tests can check every platform. */
function planStart(platform, desktopExcel) {
  if (platform === "win32" && desktopExcel) return { mode: "desktop", sideload: "registry", openExcel: true };
  if (platform === "darwin" && desktopExcel) return { mode: "desktop", sideload: "wef-folder", openExcel: true };
  return { mode: "web", sideload: "manual-upload", openExcel: false };
}

function sideload(plan) {
  if (plan.sideload === "registry") {
    execFileSync("reg", ["add", WIN_KEY, "/v", manifestId(), "/t", "REG_SZ", "/d", MANIFEST, "/f"], { stdio: "ignore" });
  } else if (plan.sideload === "wef-folder") {
    fs.mkdirSync(MAC_WEF, { recursive: true });
    fs.copyFileSync(MANIFEST, path.join(MAC_WEF, "dabiao-manifest.xml"));
  }
}

function unsideload(platform = process.platform) {
  if (platform === "win32") {
    try {
      execFileSync("reg", ["delete", WIN_KEY, "/v", manifestId(), "/f"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  }
  if (platform === "darwin") {
    const f = path.join(MAC_WEF, "dabiao-manifest.xml");
    if (fs.existsSync(f)) {
      fs.unlinkSync(f);
      return true;
    }
  }
  return false;
}

module.exports = { ROOT, MANIFEST, PID_FILE, planStart, hasDesktopExcel, sideload, unsideload };
