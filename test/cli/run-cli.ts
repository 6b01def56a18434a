// Runs the rasd CLI from source (tsx), so CLI tests never see a stale dist/.
import { spawnSync } from "node:child_process";
import { repoRoot } from "../shared.js";

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function rasd(args: string[], input?: string | Buffer): CliResult {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: repoRoot,
    input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
