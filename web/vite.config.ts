// Builds the web UI into web/dist (served by `sitrep serve`); `npm ci` runs it through `prepare`.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  logLevel: "warn",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The map library alone is ~1 MB; it loads only with the map view.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `vite` in dev mode proxies the API to a running `sitrep serve`.
    proxy: { "/api": "http://127.0.0.1:8080", "/openapi.json": "http://127.0.0.1:8080" },
    fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] },
  },
});
