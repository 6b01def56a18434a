// BENCHMARKS.md holds one "## Heading" section per benchmark script; each run
// replaces its own section (or appends it) and leaves the others as they are.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const PATH = join(resolve(fileURLToPath(import.meta.url), "../.."), "BENCHMARKS.md");

/** Writes `md` (which starts with `## ${heading}`) in place of that section of BENCHMARKS.md. */
export function writeBenchmarksSection(heading: string, md: string): void {
  const old = existsSync(PATH) ? readFileSync(PATH, "utf8") : "# Benchmarks\n";
  const start = old.search(new RegExp(`^## ${heading}\\s*$`, "m"));
  let next: string;
  if (start < 0) next = old.trimEnd() + "\n\n" + md;
  else {
    const rest = old.slice(start + 1);
    const end = rest.search(/^## /m);
    next = old.slice(0, start) + md + (end < 0 ? "" : "\n" + rest.slice(end));
  }
  writeFileSync(PATH, next.replace(/\n{3,}/g, "\n\n"));
}
