// The HTTP API and web UI: `sitrep serve`. Build the app with createApi, or start a server with serveApi.
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApi, type ApiOptions } from "./app.ts";

export { createApi, type ApiOptions } from "./app.ts";
export { ROUTES } from "./routes.ts";
export { isWebUiBuilt, WEB_ROOT, WEB_UI_MISSING } from "./web-ui.ts";
export type { ApiError, Page, StoredArticle } from "./types.ts";

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the API on host:port (port 0 picks a free one) and resolves once it listens. */
export function serveApi(options: ApiOptions & { host?: string; port?: number }): Promise<RunningServer> {
  const app = createApi(options);
  const host = options.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 8080 }, (info: AddressInfo) => {
      const shownHost = host.includes(":") ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${info.port}`,
        port: info.port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.once("error", reject);
  });
}
