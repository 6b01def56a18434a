// Locates ../shared (seeds, gold, NER corpora) beside the checkout. CI has it;
// a plain clone may not, and then the tests that need it say so and skip.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const sharedDir = process.env.RASD_SHARED ?? resolve(repoRoot, "..", "shared");
export const hasShared = existsSync(join(sharedDir, "seeds"));
if (!hasShared) {
  console.warn(`[rasd tests] ${sharedDir} is absent: tests over the seeds, gold and NER corpora are skipped.`);
}
export const seedsDir = join(sharedDir, "seeds");
export const goldPath = join(sharedDir, "gold", "seeds.gold.json");
