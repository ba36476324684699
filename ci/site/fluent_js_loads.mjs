// @fluent/bundle loads every locale of an export into ONE bundle (the manifest's
// `resources`) and formats every message and attribute with zero errors.
//
//   node fluent_js_loads.mjs EXPORT_DIR…
//
// Any id defined twice in a locale ("Attempt to override an existing term"), any reference
// a locale's resources do not define, any formatting error fails the run.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";

const args = { count: 3, button: "OK", percent: 20 };
let failures = 0;
for (const dist of process.argv.slice(2)) {
  const manifest = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8"));
  let messages = 0;
  for (const [locale, entry] of Object.entries(manifest.locales)) {
    const bundle = new FluentBundle(locale);
    const resources = entry.resources.map((path) => {
      const resource = new FluentResource(readFileSync(join(dist, path), "utf8"));
      for (const e of bundle.addResource(resource)) {
        console.error(`${path}: ${e.message}`);
        failures++;
      }
      return [path, resource];
    });
    for (const [path, resource] of resources) {
      for (const entry of resource.body) {
        if (entry.id.startsWith("-")) continue; // terms are formatted through messages
        const message = bundle.getMessage(entry.id);
        const patterns = [message.value, ...Object.values(message.attributes)].filter(Boolean);
        for (const pattern of patterns) {
          const errs = [];
          bundle.formatPattern(pattern, args, errs);
          for (const e of errs) {
            console.error(`${path} ${entry.id}: ${e.message}`);
            failures++;
          }
        }
        messages++;
      }
    }
  }
  console.log(`fluent.js: ${dist}: ${Object.keys(manifest.locales).length} locales, one bundle each, ${messages} messages formatted`);
}
process.exit(failures ? 1 : 0);
