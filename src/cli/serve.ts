// `rasd serve`: the HTTP API and the web app over one store.
import type { Command } from "commander";
import { defaultStoreUrl } from "../store/default-url.js";

interface ServeOptions {
  db: string;
  port: string;
  host: string;
  logLevel: string;
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

function parsePort(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    console.error(`rasd serve: --port must be an integer from 0 to 65535, got "${s}"`);
    process.exit(2);
  }
  return n;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the JSON API (/api, OpenAPI at /openapi.json) and the RTL web app")
    .option("--db <url>", "SQLite file or postgres:// URL (default: $RASD_DB or ./rasd.db)", defaultStoreUrl())
    .option("--port <n>", "port to listen on (0 picks a free one)", "8787")
    .option("--host <addr>", "address to bind", "127.0.0.1")
    .option("--log-level <level>", `server log level (${LOG_LEVELS.join(", ")}); "info" logs every request`, "warn")
    .addHelpText(
      "after",
      "\nWrites (POST /api/articles) are enabled only when RASD_TOKEN is set; clients send Authorization: Bearer $RASD_TOKEN.",
    )
    .action(async (opts: ServeOptions) => {
      const port = parsePort(opts.port);
      if (!LOG_LEVELS.includes(opts.logLevel)) {
        console.error(`rasd serve: --log-level must be one of ${LOG_LEVELS.join(", ")}, got "${opts.logLevel}"`);
        process.exit(2);
      }
      // Loaded here, not at start-up: every other command would carry the server and the store.
      const [{ openStore }, { buildServer }] = await Promise.all([import("../store/index.js"), import("../server/app.js")]);
      const store = await openStore(opts.db);
      const token = process.env.RASD_TOKEN?.trim() || null;
      const app = await buildServer({
        store,
        token,
        logger: { level: opts.logLevel },
      });
      const shutdown = async (signal: string) => {
        console.error(`rasd serve: ${signal}, closing`);
        await app.close();
        await store.close();
        process.exit(0);
      };
      process.once("SIGINT", () => void shutdown("SIGINT"));
      process.once("SIGTERM", () => void shutdown("SIGTERM"));
      await app.listen({ port, host: opts.host });
      const addr = app.server.address();
      const actualPort = typeof addr === "object" && addr ? addr.port : port;
      const shownHost = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
      console.log(`rasd: serving ${store.location} at http://${shownHost}:${actualPort}/ (${token ? "writes enabled" : "read-only"})`);
    });
}
