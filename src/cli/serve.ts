import type { Command } from "commander";

export function registerServe(_program: Command): void {
  // filled in by its issue
}
