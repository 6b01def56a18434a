// The browser and listening-server tests serve a build of the web app made
// for them in a temp folder, so a concurrent `npm run build` (which empties
// dist/web) can never pull files from under a running test.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "../shared.js";

export async function buildWebApp(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "rasd-web-"));
  const { build } = await import("vite");
  await build({
    configFile: join(repoRoot, "src", "web", "vite.config.ts"),
    build: { outDir, emptyOutDir: true },
    logLevel: "warn",
  });
  return outDir;
}
