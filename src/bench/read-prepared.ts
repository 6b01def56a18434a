// Worker thread of the store-only bench phases: reads saved analyses (JSON Lines) and
// prepares each for the store (store/prepare.ts), as the analysis workers of `rasd ingest`
// do, posting batches of { analysis, prepared } to the writing thread. It reads ahead only
// as far as the writer has granted (one credit per batch), so memory stays bounded.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { parentPort, workerData } from "node:worker_threads";
import type { Analysis } from "../types.js";
import { prepareAnalysis, type Prepared } from "../store/prepare.js";

export interface PreparedBatch {
  items: { analysis: Analysis; prepared: Prepared }[];
  /** UTF-8 megabytes of article text in this batch. */
  mb: number;
  done: boolean;
}

const { file, batch } = workerData as { file: string; batch: number };
const port = parentPort!;
let credits = 0;
let wake: (() => void) | null = null;
port.on("message", () => {
  credits++;
  wake?.();
});

async function send(b: PreparedBatch): Promise<void> {
  while (credits === 0) await new Promise<void>((r) => (wake = r));
  wake = null;
  credits--;
  port.postMessage(b);
}

let items: PreparedBatch["items"] = [];
let mb = 0;
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  if (line.trim() === "") continue;
  const analysis = JSON.parse(line) as Analysis;
  mb += Buffer.byteLength(analysis.text ?? "", "utf8") / 1e6;
  items.push({ analysis, prepared: prepareAnalysis(analysis) });
  if (items.length >= batch) {
    await send({ items, mb, done: false });
    items = [];
    mb = 0;
  }
}
await send({ items, mb, done: true });
port.close();
