#!/usr/bin/env node
// Entry point for `npx rasd`. The TypeScript sources are compiled to dist/ by
// `npm install` (the `prepare` script) or `npm run build`.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  console.error("rasd: dist/ is missing; run `npm install` (or `npm run build`) first.");
  process.exit(2);
}
await import(main.href);
