// The built CLI (bin/rasd.js → dist/) analyses through the worker pool by default;
// its output and its error report must not depend on the number of workers.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../shared.js";

const built = existsSync(join(repoRoot, "dist/cli/main.js")) && existsSync(join(repoRoot, "dist/pipeline/worker.js"));

function rasd(args: string[]) {
  const r = spawnSync(process.execPath, ["bin/rasd.js", ...args], { cwd: repoRoot, encoding: "utf8", maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!built)("rasd analyze --workers (built CLI)", () => {
  it("prints the same analyses and the same errors with 0 and 2 workers", () => {
    const args = ["analyze", "examples", "examples/no-such-file.txt"];
    const inline = rasd([...args, "--workers", "0"]);
    const pooled = rasd([...args, "--workers", "2"]);
    expect(inline.status).toBe(1);
    expect(pooled.status).toBe(1);
    expect(pooled.stdout).toBe(inline.stdout);
    expect(pooled.stdout.trim().split("\n")).toHaveLength(16);
    expect(pooled.stderr).toBe(inline.stderr);
    expect(pooled.stderr).toContain("examples/no-such-file.txt: no such file or folder");
  });

  it("rejects a worker count that is not a whole number", () => {
    const r = rasd(["analyze", "examples", "--workers", "two"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--workers");
  });
});
