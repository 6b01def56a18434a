// The browser and listening-server tests need the built web app (npm test
// builds it first). When run alone, build it once here with Vite's API.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_WEB_ROOT } from "../../src/server/app.js";
import { repoRoot } from "../shared.js";

export async function ensureWebBuild(): Promise<void> {
  if (existsSync(join(DEFAULT_WEB_ROOT, "index.html"))) return;
  const { build } = await import("vite");
  await build({ configFile: join(repoRoot, "src", "web", "vite.config.ts"), logLevel: "warn" });
}
