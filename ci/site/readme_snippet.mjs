// Runs the README's fluent.js snippet and compares its output with the README's.
//
//   node readme_snippet.mjs README.md DIR WORKDIR
//
// The snippet is the ```js block after `<!-- snippet: fluent-js -->`; the expected output the
// block after the next "It prints". The snippet is written to DIR/consume.mjs (DIR has
// node_modules/@fluent/bundle) and run in WORKDIR (which has dist/).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [readmePath, dir, workdir] = process.argv.slice(2);
const readme = readFileSync(readmePath, "utf8");
const at = readme.indexOf("<!-- snippet: fluent-js -->");
if (at < 0) throw new Error("README.md has no <!-- snippet: fluent-js --> marker");
const block = (from, fence) => {
  const start = readme.indexOf(fence, from);
  if (start < 0) throw new Error(`no ${fence} block after offset ${from}`);
  const body = start + fence.length;
  const end = readme.indexOf("\n```\n", body - 1);
  return { text: readme.slice(body, end + 1), end };
};
const snippet = block(at, "```js\n");
const prints = readme.indexOf("It prints", snippet.end);
const expected = block(prints, "```\n").text;
const script = join(dir, "consume.mjs");
writeFileSync(script, snippet.text);
const output = execFileSync(process.execPath, [script], { cwd: workdir, encoding: "utf8" });
if (output !== expected) {
  console.error("the snippet printed:\n" + output + "\nthe README says:\n" + expected);
  process.exit(1);
}
console.log(`readme snippet: ${snippet.text.split("\n").length - 1} lines run, output as documented`);
