import type { Command } from "commander";

export function registerBench(_program: Command): void {
  // filled in by its issue
}
