// One command: node run.mjs [--no-build]  (builds both indexes, measures both, prints tables)
import { execFileSync } from "node:child_process";
const sh = (...a) => execFileSync("node", a, { stdio: "inherit", cwd: new URL(".", import.meta.url).pathname });
sh("make-queries.mjs");
if (!process.argv.includes("--no-build")) { sh("build.mjs", "demo"); sh("build.mjs", "10k"); }
sh("measure.mjs", "demo");
sh("measure.mjs", "10k");
sh("tables.mjs");
