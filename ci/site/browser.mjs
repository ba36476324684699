// The site in a real browser: Debian's headless Chromium, driven over the Chrome DevTools
// Protocol on a pipe (--remote-debugging-pipe: no port, no npm package, no download).
//
//   node browser.mjs CHROMIUM SITE_DIR BUNDLE_DIR [SHOT=locale/page.html:FILE.png …]
//
// Opens every page of SITE_DIR at 360 px and 1280 px wide and checks, against the export in
// BUNDLE_DIR (the same bundles the site was built from):
//   - no console error, no uncaught exception, no failed load;
//   - <html lang dir> as the manifest says;
//   - on guide pages, one element per text item of the bundle, with its status, the stale
//     marker (and the <details> with the source) exactly on the stale items, the fallback
//     marker exactly on the fallback items, whose text carries the lang (and dir) of `from`;
//   - nothing wider than the viewport (every <details> opened first).
// SHOT arguments save a screenshot of a page at 360 px (device pixel ratio 2).
// Exits 1 with every failure listed.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [chromium, siteArg, bundleArg, ...shotArgs] = process.argv.slice(2);
if (!chromium || !siteArg || !bundleArg) {
  console.error("usage: node browser.mjs CHROMIUM SITE_DIR BUNDLE_DIR [locale/page.html:FILE.png …]");
  process.exit(2);
}
const siteDir = resolve(siteArg);
const bundleDir = resolve(bundleArg);
const shots = new Map(shotArgs.map((a) => a.split(/:(.*)/s).slice(0, 2)));
const manifest = JSON.parse(readFileSync(join(bundleDir, "manifest.json"), "utf8"));
const failures = [];
const fail = (page, what) => failures.push(`${page}: ${what}`);

// --- CDP over a pipe: fd 3 carries our commands, fd 4 the browser's replies and events,
// each message JSON followed by a NUL byte.
const profile = mkdtempSync(join(tmpdir(), "polyguide-chromium-"));
const browser = spawn(
  chromium,
  [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
    "--disable-extensions", "--disable-background-networking", "--mute-audio",
    `--user-data-dir=${profile}`, "--remote-debugging-pipe", "about:blank",
  ],
  { stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"] },
);
let browserLog = "";
browser.stderr.on("data", (d) => { browserLog = (browserLog + d).slice(-4000); });
const toBrowser = browser.stdio[3];
const fromBrowser = browser.stdio[4];
let nextId = 1;
const pending = new Map();
const listeners = new Set();
let buffer = Buffer.alloc(0);
fromBrowser.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  let end;
  while ((end = buffer.indexOf(0)) >= 0) {
    const message = JSON.parse(buffer.subarray(0, end).toString("utf8"));
    buffer = buffer.subarray(end + 1);
    if (message.id && pending.has(message.id)) {
      const { resolve: ok, reject } = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) reject(new Error(`${message.error.message} (${message.error.code})`));
      else ok(message.result);
    } else {
      for (const listener of listeners) listener(message);
    }
  }
});
browser.on("exit", (code) => {
  for (const { reject } of pending.values()) reject(new Error(`chromium exited (${code}):\n${browserLog}`));
  pending.clear();
});

function send(method, params = {}, sessionId) {
  const id = nextId++;
  const message = { id, method, params };
  if (sessionId) message.sessionId = sessionId;
  toBrowser.write(JSON.stringify(message) + "\0");
  return withTimeout(new Promise((ok, reject) => pending.set(id, { resolve: ok, reject })), 30000, method);
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function waitFor(predicate, ms, what) {
  let listener;
  const event = new Promise((ok) => {
    listener = (m) => { if (predicate(m)) ok(m); };
    listeners.add(listener);
  });
  return withTimeout(event, ms, what).finally(() => listeners.delete(listener));
}

// --- what each page should be
function htmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.endsWith(".html")) out.push(relative(siteDir, path).split("\\").join("/"));
  }
  return out;
}

function bundleItems(guide) {
  const items = [guide.title, guide.summary];
  for (const m of guide.methods) items.push(m.title, m.summary, ...m.steps, ...m.notes);
  items.push(...guide.notes);
  return items.filter(Boolean);
}

function expected(page) {
  if (page === "index.html") {
    const source = manifest.source_locale;
    return { lang: source, dir: manifest.locales[source].direction, items: null };
  }
  const [locale, file] = page.split("/");
  const entry = manifest.locales[locale];
  if (!entry) return null;
  if (file === "index.html") return { lang: locale, dir: entry.direction, items: null };
  const guide = JSON.parse(readFileSync(join(bundleDir, locale, file.replace(/\.html$/, ".json")), "utf8"));
  return { lang: locale, dir: entry.direction, items: bundleItems(guide) };
}

// Runs in the page: what it shows, and what sticks out of the viewport.
const inspect = `(() => {
  const items = [...document.querySelectorAll("[data-id]")].map((el) => {
    const text = el.querySelector(":scope > .text, :scope > p.text");
    return {
      id: el.dataset.id,
      status: el.dataset.status,
      stale: el.querySelectorAll(".marker-stale").length,
      fallback: el.querySelectorAll(".marker-fallback").length,
      details: el.querySelectorAll("details.original").length,
      textLang: text ? text.getAttribute("lang") : "(no .text)",
      textDir: text ? text.getAttribute("dir") : null,
      original: (el.querySelector("details.original blockquote") || {}).textContent || null,
    };
  });
  document.querySelectorAll("details").forEach((d) => { d.open = true; });
  const width = document.documentElement.clientWidth;
  const overflow = [];
  for (const el of document.querySelectorAll("body *")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right > width + 0.5 || r.left < -0.5) {
      overflow.push(el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ").join(".") : "") +
        " [" + Math.round(r.left) + ", " + Math.round(r.right) + "]");
    }
  }
  return JSON.stringify({
    lang: document.documentElement.getAttribute("lang"),
    dir: document.documentElement.getAttribute("dir"),
    items,
    scrollWidth: document.documentElement.scrollWidth,
    width,
    overflow: overflow.slice(0, 5),
    scripts: document.scripts.length,
    title: document.title,
  });
})()`;

function checkItems(page, want, got, sourceGuide) {
  const byId = new Map(got.items.map((i) => [i.id, i]));
  if (got.items.length !== want.items.length) {
    fail(page, `${got.items.length} items on the page, ${want.items.length} in the bundle`);
  }
  for (const item of want.items) {
    const shown = byId.get(item.id);
    if (!shown) { fail(page, `item ${item.id} is missing`); continue; }
    if (shown.status !== item.status) fail(page, `${item.id}: status ${shown.status}, bundle says ${item.status}`);
    const stale = item.status === "stale";
    const fallback = item.status === "fallback";
    if (shown.stale !== (stale ? 1 : 0)) fail(page, `${item.id} (${item.status}): ${shown.stale} stale markers`);
    if (shown.fallback !== (fallback ? 1 : 0)) fail(page, `${item.id} (${item.status}): ${shown.fallback} fallback markers`);
    if (shown.details !== (stale ? 1 : 0)) fail(page, `${item.id} (${item.status}): ${shown.details} <details> with the source`);
    if (stale && sourceGuide) {
      const source = sourceGuide.get(item.id);
      if (source && shown.original !== source) fail(page, `${item.id}: the original reads ${JSON.stringify(shown.original)}`);
    }
    if (fallback) {
      if (shown.textLang !== item.from) fail(page, `${item.id}: fallback text has lang=${shown.textLang}, not ${item.from}`);
      const fromDir = manifest.locales[item.from]?.direction;
      const pageDir = got.dir;
      const wantDir = fromDir && fromDir !== pageDir ? fromDir : null;
      if (shown.textDir !== wantDir) fail(page, `${item.id}: fallback text has dir=${shown.textDir}, not ${wantDir}`);
    } else if (shown.textLang !== null) {
      fail(page, `${item.id} (${item.status}): text has lang=${shown.textLang}`);
    }
  }
}

async function main() {
  const { targetId } = await send("Target.createTarget", { url: "about:blank" });
  const { sessionId } = await send("Target.attachToTarget", { targetId, flatten: true });
  const s = (method, params) => send(method, params, sessionId);
  await s("Page.enable");
  await s("Runtime.enable");
  await s("Log.enable");
  await s("Network.enable");
  let problems = [];
  listeners.add((m) => {
    if (m.sessionId !== sessionId) return;
    if (m.method === "Runtime.consoleAPICalled" && ["error", "assert"].includes(m.params.type)) {
      problems.push(`console.${m.params.type}: ${m.params.args.map((a) => a.value ?? a.description).join(" ")}`);
    } else if (m.method === "Runtime.exceptionThrown") {
      problems.push(`exception: ${m.params.exceptionDetails.text}`);
    } else if (m.method === "Log.entryAdded" && m.params.entry.level === "error") {
      problems.push(`log: ${m.params.entry.text} ${m.params.entry.url ?? ""}`);
    } else if (m.method === "Network.loadingFailed") {
      problems.push(`load failed: ${m.params.errorText}`);
    } else if (m.method === "Network.requestWillBeSent" && !m.params.request.url.startsWith("file:") &&
               !m.params.request.url.startsWith("data:")) {
      problems.push(`network request: ${m.params.request.url}`);
    }
  });

  const pages = htmlFiles(siteDir);
  const sources = new Map();
  let checked = 0;
  for (const width of [360, 1280]) {
    await s("Emulation.setDeviceMetricsOverride", {
      width, height: width === 360 ? 1000 : 800, deviceScaleFactor: width === 360 ? 2 : 1, mobile: width === 360,
    });
    for (const page of pages) {
      const want = expected(page);
      if (!want) { fail(page, "not a page of a locale in the manifest"); continue; }
      problems = [];
      const loaded = waitFor((m) => m.sessionId === sessionId && m.method === "Page.loadEventFired", 30000, `load ${page}`);
      const nav = await s("Page.navigate", { url: pathToFileURL(join(siteDir, page)).href });
      if (nav.errorText) { fail(page, `navigation: ${nav.errorText}`); continue; }
      await loaded;
      const shot = width === 360 && shots.get(page);
      if (shot) {
        const { data } = await s("Page.captureScreenshot", { format: "png", captureBeyondViewport: false });
        writeFileSync(shot, Buffer.from(data, "base64"));
        console.log(`browser: screenshot of ${page} at 360 px: ${shot}`);
      }
      const { result } = await s("Runtime.evaluate", { expression: inspect, returnByValue: true });
      const got = JSON.parse(result.value);
      const at = `${page} @${width}px`;
      if (got.lang !== want.lang || got.dir !== want.dir) {
        fail(at, `<html lang="${got.lang}" dir="${got.dir}">, the manifest says ${want.lang} ${want.dir}`);
      }
      if (want.items) {
        const locale = page.split("/")[0];
        const source = manifest.source_locale;
        const key = page.split("/")[1];
        if (!sources.has(key)) {
          const path = join(bundleDir, source, key.replace(/\.html$/, ".json"));
          sources.set(key, new Map(bundleItems(JSON.parse(readFileSync(path, "utf8"))).map((i) => [i.id, i.text])));
        }
        checkItems(at, want, got, locale === source ? null : sources.get(key));
      }
      if (got.scrollWidth > got.width || got.overflow.length) {
        fail(at, `wider than the viewport (${got.scrollWidth} > ${got.width}): ${got.overflow.join("; ")}`);
      }
      if (got.scripts !== 0) fail(at, `${got.scripts} scripts`);
      if (!got.title) fail(at, "no <title>");
      for (const p of problems) fail(at, p);
      checked++;
    }
  }
  for (const [page, file] of shots) {
    if (!pages.includes(page)) fail(page, `no such page for the screenshot ${file}`);
  }
  return checked;
}

let code = 0;
try {
  const checked = await main();
  if (failures.length) {
    console.error(`browser: ${failures.length} failures in ${siteArg}:`);
    for (const f of failures) console.error(`  ${f}`);
    code = 1;
  } else {
    console.log(`browser: ${checked} page views of ${siteArg} passed (360 px and 1280 px)`);
  }
} catch (e) {
  console.error(`browser: ${e.stack || e}`);
  code = 1;
} finally {
  const exited = browser.exitCode !== null ? Promise.resolve() : new Promise((ok) => browser.once("exit", ok));
  browser.kill();
  await withTimeout(exited, 10000, "chromium to exit").catch(() => {});
  rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
}
process.exit(code);
