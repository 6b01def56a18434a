// Builds the RTL analyst app into dist/web, which `rasd serve` hands out as
// static files. No inline scripts or styles are emitted, so the server's strict
// Content-Security-Policy (script-src 'self'; style-src 'self') holds.
import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: here,
  base: "/",
  publicDir: false,
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: fileURLToPath(new URL("../../dist/web", import.meta.url)),
    emptyOutDir: true,
    // The preload polyfill would be injected as an inline script; every
    // browser we target supports modulepreload natively.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
  },
  server: { proxy: { "/api": "http://127.0.0.1:8787", "/openapi.json": "http://127.0.0.1:8787" } },
});
