#!/usr/bin/env node
// `npm start`: ingest the example corpus (examples/) into the embedded
// database and serve the API and web app, printing the URL. Extra arguments
// go to `rasd serve` (npm start -- --port 9000). RASD_DB picks the database.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const db = process.env.RASD_DB || join(root, "rasd.db");
const rasd = join(root, "bin", "rasd.js");

if (!existsSync(join(root, "dist", "cli", "main.js")) || !existsSync(join(root, "dist", "web", "index.html"))) {
  console.error("rasd start: building (npm run build) …");
  const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const ingest = spawnSync(process.execPath, [rasd, "ingest", join(root, "examples"), "--db", db], { cwd: root, stdio: "inherit" });
if (ingest.status === 1) console.error("rasd start: some examples could not be ingested (see above); serving the others");
else if (ingest.status !== 0) process.exit(ingest.status ?? 1);

const serve = spawn(process.execPath, [rasd, "serve", "--db", db, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => serve.kill(sig));
serve.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
