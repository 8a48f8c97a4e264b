#!/usr/bin/env node
/** npm stop: stop the dev server that npm start launched and remove the sideloaded manifest. */
const fs = require("fs");
const { PID_FILE, unsideload } = require("./sideload");

let stopped = false;
if (fs.existsSync(PID_FILE)) {
  const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
  try {
    process.kill(pid);
    stopped = true;
  } catch {
    /* already exited */
  }
  fs.unlinkSync(PID_FILE);
}
const removed = unsideload();
console.log(
  [stopped ? "已停止开发服务器。" : "没有正在运行的开发服务器。", removed ? "已移除旁加载的清单。" : ""].filter(Boolean).join(" "),
);
