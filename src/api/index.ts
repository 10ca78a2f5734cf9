// The HTTP API and web UI: `sitrep serve`. Build the app with createApi, or start a server with serveApi.
import type { AddressInfo } from "node:net";
import { hostname, networkInterfaces } from "node:os";
import { serve } from "@hono/node-server";
import { AppError } from "../model/index.ts";
import { isLoopback, LOOPBACK_NAMES } from "./access.ts";
import { createApi, type ApiOptions } from "./app.ts";

export { createApi, type Annotator, type ApiOptions } from "./app.ts";
export { ROUTES } from "./routes.ts";
export { isWebUiBuilt, WEB_ROOT, WEB_UI_MISSING } from "./web-ui.ts";
export type { ApiError, Page, StoredArticle } from "./types.ts";

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions extends ApiOptions {
  /** The address to listen on; default 127.0.0.1. */
  host?: string;
  port?: number;
  /** Names clients reach the server by besides its address (a DNS name, a proxy's). */
  hostnames?: string[];
}

/**
 * Starts the API on host:port (port 0 picks a free one) and resolves once it listens. Writes without
 * a token are refused on any bind but loopback: anyone on the network could otherwise write.
 */
export function serveApi(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  if (options.allowWrite && !options.token && !isLoopback(host)) {
    return Promise.reject(new AppError("BAD_ARGUMENT", `writes without a token are allowed only on a loopback address, not on ${host}: give --token (or $SITREP_TOKEN)`, "--allow-write"));
  }
  const app = createApi({ ...options, hosts: options.hosts ?? servedNames(host, options.hostnames ?? []) });
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

/** The names a server bound to `host` answers to: its address, loopback, and on a wildcard bind every interface. */
function servedNames(host: string, extra: string[]): string[] {
  const names = [host, ...LOOPBACK_NAMES, ...extra];
  if (host === "0.0.0.0" || host === "::" || host === "") {
    names.push(hostname());
    for (const addresses of Object.values(networkInterfaces())) names.push(...(addresses ?? []).map((a) => a.address));
  }
  return names;
}
