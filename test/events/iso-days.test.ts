import { describe, expect, it } from "vitest";
import { Rng } from "../../src/bench/prng.js";
import { addDays, weekdayOf } from "../../src/events/iso-days.js";

// What relative-dates.ts computed with Date before: the reference the day arithmetic must equal.
const byDate = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const pad = (x: number, w: number) => String(x).padStart(w, "0");

/** The dates and offsets where iso-days and Date disagree (compared in a loop: an expect per case is slow). */
function disagreements(isos: string[], offsets: number[]): string[] {
  const out: string[] = [];
  for (const iso of isos) {
    if (weekdayOf(iso) !== new Date(`${iso}T00:00:00Z`).getUTCDay()) out.push(`weekdayOf ${iso}`);
    for (const n of offsets) if (addDays(iso, n) !== byDate(iso, n)) out.push(`addDays ${iso} ${n}`);
  }
  return out;
}

describe("iso-days", () => {
  it("agrees with Date on every day of 1899-2101", () => {
    const isos: string[] = [];
    for (let iso = "1899-01-01"; iso < "2102-01-01"; iso = byDate(iso, 1)) isos.push(iso);
    expect(isos.length).toBe(74_144);
    expect(disagreements(isos, [-8, -7, -2, -1, 0, 1, 2, 7, 400, -400])).toEqual([]);
  });

  it("agrees with Date on random dates, days past a month's end and forms it leaves to Date", () => {
    const rng = new Rng(3);
    const isos = ["2025-02-29", "2025-02-31", "2024-02-30", "2025-04-31", "0999-12-31", "1000-01-01", "8999-12-31", "9000-01-01", "0050-06-15"];
    for (let i = 0; i < 5000; i++) isos.push(`${pad(rng.int(1000, 8999), 4)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 31), 2)}`);
    expect(disagreements(isos, [-3, -1, 0, 1, 6, -6])).toEqual([]);
  });
});
