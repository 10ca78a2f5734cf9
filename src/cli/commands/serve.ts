import { createRequire } from "node:module";
import { isWebUiBuilt, serveApi, WEB_UI_MISSING } from "../../api/index.ts";
import { AppError } from "../../model/index.ts";
import { AnnotatorPool, openStore } from "../../store/index.ts";
import { DB_OPTION, KB_OPTION, type CommandSpec } from "../command.ts";

export const serveCommand: CommandSpec = {
  options: [
    { flags: "--port <port>", description: "TCP port (0 picks a free one)", default: "8080" },
    { flags: "--host <host>", description: "address to listen on", default: "127.0.0.1" },
    DB_OPTION,
    { flags: "--hostname <name...>", description: "names clients reach the server by, besides its address (requests naming another host are refused)" },
    { flags: "--allow-write", description: "let anyone who reaches the server POST articles (loopback addresses only; use --token otherwise)", default: false },
    { flags: "--token <token>", description: "let POSTs carrying `Authorization: Bearer <token>` write (default: $SITREP_TOKEN)" },
    { flags: "--allow-private-urls", description: "let posted URLs and feed links be fetched from loopback and private addresses", default: false },
    { flags: "--time-limit <seconds>", description: "most time the annotation of one posted article may take", default: "60" },
    KB_OPTION,
  ],
  async run(_args, options) {
    const port = Number(options.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new AppError("BAD_ARGUMENT", `"${String(options.port)}" is not a TCP port (0-65535)`, "--port");
    }
    const timeLimit = Number(options.timeLimit);
    if (!(timeLimit > 0)) throw new AppError("BAD_ARGUMENT", `"${String(options.timeLimit)}" is not a number of seconds`, "--time-limit");
    const token = (options.token as string | undefined) ?? process.env.SITREP_TOKEN;
    const store = await openStore(options.db as string | undefined, { mustExist: true });
    // Posted articles are annotated on a thread of their own, started by the first one (a read-only
    // server never loads the pipeline): other requests are answered meanwhile.
    let pool: AnnotatorPool | undefined;
    const server = await serveApi({
      store,
      annotator: async () => (pool ??= new AnnotatorPool(1, { kbPaths: options.kb as string[] | undefined, timeLimitMs: timeLimit * 1000 })),
      allowWrite: Boolean(options.allowWrite),
      token: token || undefined,
      allowPrivateUrls: Boolean(options.allowPrivateUrls),
      host: options.host as string,
      hostnames: options.hostname as string[] | undefined,
      port,
      version: packageVersion(),
    });
    const access = token ? "writes need the bearer token" : options.allowWrite ? "writes allowed" : "read-only";
    process.stderr.write(`sitrep: serving ${server.url} (store: ${store.location}, ${access}); API description at ${server.url}/openapi.json\n`);
    if (!isWebUiBuilt()) process.stderr.write(`sitrep: warning: ${WEB_UI_MISSING}\n`);
    await new Promise<void>((resolve) => {
      for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
    });
    await server.close();
    await pool?.close();
    await store.close();
    return 0;
  },
};

function packageVersion(): string {
  return (createRequire(import.meta.url)("../../../package.json") as { version: string }).version;
}
