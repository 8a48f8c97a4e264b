/**
 * deploy/nginx-dabiao.conf, served for real: nginx on loopback with a throwaway certificate,
 * serving the built dist/ (npm test builds first). Excel on the web needs CORS and a JSON MIME
 * type on the functions metadata, and a JavaScript type on the scripts. nginx and openssl are
 * installed by npm test's set-up; a missing one fails here, it is not skipped.
 */
import { spawnSync, execFileSync } from "child_process";
import fs from "fs";
import https from "https";
import net from "net";
import os from "os";
import path from "path";

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "dabiao-nginx-"));
let port = 0;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
    s.on("error", reject);
  });
}

function get(urlPath: string, origin = "https://excel.officeapps.live.com"): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = https.get({ host: "127.0.0.1", port, path: urlPath, rejectUnauthorized: false, headers: { Origin: origin, Host: "edu.example.org" } }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on("error", reject);
  });
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(dist, "functions.json"))) throw new Error("dist/ is not built: npm test builds before jest (npm run build).");
  port = await freePort();
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=edu.example.org", "-keyout", path.join(work, "k.pem"), "-out", path.join(work, "c.pem")], { stdio: "ignore" });
  const server = fs
    .readFileSync(path.join(root, "deploy/nginx-dabiao.conf"), "utf8")
    .replace("listen 443 ssl;", `listen 127.0.0.1:${port} ssl;`)
    .replace("/etc/nginx/certs/dabiao.crt", path.join(work, "c.pem"))
    .replace("/etc/nginx/certs/dabiao.key", path.join(work, "k.pem"))
    .split("/srv/dabiao/dist/")
    .join(dist + "/");
  // As root, nginx's workers would run as nobody/www-data and could not read a checkout in a private directory.
  const user = typeof process.getuid === "function" && process.getuid() === 0 ? "user root;" : "";
  const conf = `${user} daemon on; pid ${work}/nginx.pid; error_log ${work}/error.log;
events {}
http { access_log off; client_body_temp_path ${work}; proxy_temp_path ${work}; fastcgi_temp_path ${work}; uwsgi_temp_path ${work}; scgi_temp_path ${work};
${server}
}`;
  fs.writeFileSync(path.join(work, "nginx.conf"), conf);
  const run = spawnSync("nginx", ["-p", work, "-c", path.join(work, "nginx.conf")], { encoding: "utf8" });
  if (run.error || run.status !== 0) throw new Error(`nginx did not start: ${run.error?.message ?? run.stderr}`);
  for (let i = 0; i < 50; i++) {
    try {
      await get("/dabiao/taskpane.html");
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}, 30000);

afterAll(() => {
  const pid = path.join(work, "nginx.pid");
  if (fs.existsSync(pid)) spawnSync("nginx", ["-p", work, "-c", path.join(work, "nginx.conf"), "-s", "stop"]);
});

test.each(["functions.json", "functions-zh-cn.json"])("%s: CORS and application/json", async (file) => {
  const res = await get(`/dabiao/${file}`);
  expect(res.status).toBe(200);
  expect(res.headers["access-control-allow-origin"]).toBe("*");
  expect(String(res.headers["content-type"])).toMatch(/^application\/json/);
});

test("functions.js and taskpane.js: a JavaScript MIME type", async () => {
  for (const file of ["functions.js", "taskpane.js"]) {
    const res = await get(`/dabiao/${file}`);
    expect({ file, status: res.status }).toEqual({ file, status: 200 });
    expect(String(res.headers["content-type"])).toMatch(/^(text|application)\/javascript/);
  }
});

test("the task pane page and the manifest are served; a missing file is 404", async () => {
  expect(String((await get("/dabiao/taskpane.html")).headers["content-type"])).toMatch(/^text\/html/);
  expect((await get("/dabiao/manifest.xml")).status).toBe(200);
  expect((await get("/dabiao/nothing-here.json")).status).toBe(404);
});
