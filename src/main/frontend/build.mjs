// Copies the browser assets the pages use from the npm packages into the jar's static/vendor/ folder.
// Run by the Maven build (generate-resources): `node build.mjs <output directory>`. The packages are
// installed with `npm ci` from the committed lock file, again only when the lock file changed; npm's
// cache lets later builds run without a network connection.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const output = process.argv[2];
if (!output) fail("usage: node build.mjs <output directory>");

/** Package file → path under the output directory. */
const ASSETS = {
  "@zazuko/yasgui/build/yasgui.min.js": "yasgui/yasgui.min.js",
  "@zazuko/yasgui/build/yasgui.min.css": "yasgui/yasgui.min.css",
  "d3/dist/d3.min.js": "d3/d3.min.js",
  "topojson-client/dist/topojson-client.min.js": "topojson-client/topojson-client.min.js",
  "world-atlas/countries-110m.json": "world-atlas/countries-110m.json",
  "world-atlas/LICENSE": "world-atlas/LICENSE",
  "i18n-iso-countries/codes.json": "i18n-iso-countries/codes.json",
};

installIfLockChanged();
for (const [from, to] of Object.entries(ASSETS)) {
  const source = join(here, "node_modules", from);
  if (!existsSync(source)) fail(`${from} is missing from node_modules: delete src/main/frontend/node_modules and build again`);
  const target = join(output, to);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(source, target);
}
console.log(`web assets: ${Object.keys(ASSETS).length} files copied to ${output}`);

function installIfLockChanged() {
  const lock = readFileSync(join(here, "package-lock.json"));
  const digest = createHash("sha256").update(lock).digest("hex");
  const marker = join(here, "node_modules", ".installed-lock-sha256");
  if (existsSync(marker) && readFileSync(marker, "utf8") === digest) return;
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  // --ignore-scripts: the assets are plain files, no package needs to run code at install time
  const run = spawnSync(npm, ["ci", "--prefer-offline", "--ignore-scripts", "--no-audit", "--no-fund"],
    { cwd: here, stdio: "inherit", shell: process.platform === "win32" });
  if (run.error) fail(`cannot run npm (${run.error.message}): the build needs Node.js and npm on the PATH`);
  if (run.status !== 0) fail(`npm ci failed (exit ${run.status}); the first build needs the npm registry, later ones npm's cache`);
  writeFileSync(marker, digest);
}

function fail(message) {
  console.error(`web assets: ${message}`);
  process.exit(1);
}
