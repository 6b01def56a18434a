// Lexicons, gazetteers and models are data files under data/ and models/ at the
// package root (not code). This resolves them the same way from src/ (tests,
// tsx) and from dist/ (the built CLI): both sit one level below the root.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const packageRoot = fileURLToPath(new URL("..", import.meta.url));

/** Absolute path of a file under the package root, e.g. dataPath("data/outlets.json"). */
export function dataPath(relative: string): string {
  return fileURLToPath(new URL(`../${relative}`, import.meta.url));
}

/** Reads and parses a JSON data file under the package root; the error names the file. */
export function loadJson<T>(relative: string): T {
  const path = dataPath(relative);
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch (err) {
    throw new Error(`cannot read data file ${path}: ${(err as Error).message}`);
  }
}
