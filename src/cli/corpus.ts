import type { Command } from "commander";

export function registerCorpusCommands(_program: Command): void {
  // filled in by its issue
}
