// @fluent/bundle loads every locale of an export and formats every message and attribute
// with zero errors.
//
//   node fluent_js_loads.mjs EXPORT_DIR…
//
// Each .ftl file the manifest lists goes into a bundle of its own, as the README's
// "Consuming the bundles" says: today each guide's file repeats the terms it uses, so two
// files of a locale cannot share one bundle. Once export defines terms once per locale
// (issue 16's export fixes), this is the place to load a locale into ONE bundle instead.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";

const args = { count: 3, button: "OK", percent: 20 };
let failures = 0;
for (const dist of process.argv.slice(2)) {
  const manifest = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8"));
  let messages = 0;
  for (const [locale, entry] of Object.entries(manifest.locales)) {
    for (const file of entry.files.filter((f) => f.path.endsWith(".ftl"))) {
      const bundle = new FluentBundle(locale);
      const resource = new FluentResource(readFileSync(join(dist, file.path), "utf8"));
      const errors = bundle.addResource(resource);
      for (const e of errors) {
        console.error(`${file.path}: ${e.message}`);
        failures++;
      }
      for (const entry of resource.body) {
        if (entry.id.startsWith("-")) continue; // terms are formatted through messages
        const message = bundle.getMessage(entry.id);
        const patterns = [message.value, ...Object.values(message.attributes)].filter(Boolean);
        for (const pattern of patterns) {
          const errs = [];
          bundle.formatPattern(pattern, args, errs);
          for (const e of errs) {
            console.error(`${file.path} ${entry.id}: ${e.message}`);
            failures++;
          }
        }
        messages++;
      }
    }
  }
  console.log(`fluent.js: ${dist}: ${Object.keys(manifest.locales).length} locales, ${messages} messages formatted`);
}
process.exit(failures ? 1 : 0);
