import { resolve } from "node:path";
import { DEFAULT_DATA_DIR, DEFAULT_PORT, DEFAULT_TABLE_NAME, type LocalServer, startLocal } from "../../api/local/server";
import { API_ID_PATTERN, API_ID_RULE } from "../../shared/model/api-id";
import type { Command } from "../command";
import { type CliIo, UsageError } from "../io";
import { integerOption } from "../api-options";
import { parseCommandArgs } from "../args";
import {
  AddinPortInUseError,
  type AddinServer,
  addinBuildIsStale,
  buildAddinInChild,
  DEFAULT_ADDIN_PORT,
  startAddinServer,
} from "../addin-server";

/** Ports after the default task-pane port tried when it is taken. */
const ADDIN_PORT_FALLBACKS = 20;

const usage = `usage: crosswalk serve [--port N] [--host H] [--data DIR | --memory] [--no-seed] [--org ORG]
                       [--addin-port N | --no-addin] [--dynamodb-endpoint URL [--table NAME]] [--json]

Runs the API locally on an embedded DynamoDB-compatible store (dynalite): creates the table,
seeds a demo org with three teams on first run, and prints the URL, the admin key and the docs.
Also serves the task pane for browser preview (built first when missing or out of date), set up
to talk to this API.

  --port N          port (default ${DEFAULT_PORT}; 0 picks a free one)
  --host H          interface to listen on (default 127.0.0.1)
  --data DIR        data folder, kept across restarts (default ${DEFAULT_DATA_DIR})
  --memory          keep nothing: an in-memory store (no dynalite), gone when it stops
  --no-seed         do not seed the demo org
  --org ORG         org of the admin key and the demo (default demo)
  --addin-port N    port of the task pane (default ${DEFAULT_ADDIN_PORT}, or the next free one after it;
                    0 picks a free one). When the pane cannot start, the API keeps running.
  --no-addin        do not serve the task pane
  --dynamodb-endpoint URL
                    use this DynamoDB-compatible endpoint (DynamoDB Local, LocalStack, AWS) instead
                    of the embedded store; the table is created when missing. AWS credentials come
                    from the environment when set (AWS_ACCESS_KEY_ID or AWS_PROFILE), else dummy ones
  --table NAME      table at that endpoint (default ${DEFAULT_TABLE_NAME})
  --json            print {url, docsUrl, adminKey, adminKeySource, org, dataDir, dynamodb, seededVersions,
                    addinUrl} as one JSON line instead of the banner

The admin key is $CROSSWALK_ADMIN_KEY when set, else generated once and kept in DIR/admin-key.
A store call that gets no answer within $CROSSWALK_STORE_DEADLINE_MS (default 10000) answers 503.
Stops on Ctrl+C (SIGINT) or SIGTERM.`;

/** Resolves when the process is asked to stop. */
function untilSignalled(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

function banner(server: LocalServer, addin: AddinServer | undefined): string {
  const keyNote =
    server.adminKeySource === "env"
      ? "from CROSSWALK_ADMIN_KEY"
      : server.adminKeySource === "generated"
        ? server.dataDir
          ? "generated, kept in the data folder"
          : "generated for this run"
        : "kept in the data folder";
  return [
    `Crosswalk API listening on ${server.url}`,
    `  docs       ${server.docsUrl}`,
    ...(addin ? [`  task pane  ${addin.taskpaneUrl}  (browser preview; Settings → "Use the local API")`] : []),
    `  admin key  ${server.adminKey}  (${keyNote})`,
    `  org        ${server.org}${server.seededVersions > 0 ? ` (seeded ${server.seededVersions} demo versions)` : ""}`,
    server.dynamodb
      ? `  data       table ${server.dynamodb.table} at ${server.dynamodb.endpoint}`
      : `  data       ${server.dataDir ?? "in memory (nothing kept)"}`,
    "",
    `Try:  export CROSSWALK_API=${server.url} CROSSWALK_KEY=${server.adminKey}`,
    `      curl -H "Authorization: Bearer $CROSSWALK_KEY" $CROSSWALK_API/v1/workbooks`,
    "Press Ctrl+C to stop.",
    "",
  ].join("\n");
}

/** `waitForStop` is injectable so tests can run the command in-process and end it. */
export function createServeCommand(waitForStop: () => Promise<void> = untilSignalled): Command {
  return {
    name: "serve",
    summary: "run the API locally (embedded store, demo data)",
    usage,
    async run(args: readonly string[], io: CliIo): Promise<number> {
      const { values, positionals } = parseCommandArgs(args, {
        port: { type: "string" },
        host: { type: "string" },
        data: { type: "string" },
        memory: { type: "boolean" },
        "no-seed": { type: "boolean" },
        org: { type: "string" },
        json: { type: "boolean" },
        "addin-port": { type: "string" },
        "no-addin": { type: "boolean" },
        "dynamodb-endpoint": { type: "string" },
        table: { type: "string" },
      });
      if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
      if (values.memory && values.data) throw new UsageError("--memory and --data exclude each other");
      if (values.org !== undefined && !API_ID_PATTERN.test(values.org)) {
        throw new UsageError(`--org must be ${API_ID_RULE}`);
      }
      const port = integerOption("port", values.port, 0, 65535);
      const addinPort = integerOption("addin-port", values["addin-port"], 0, 65535);
      if (values["no-addin"] && addinPort !== undefined) throw new UsageError("--addin-port and --no-addin exclude each other");
      const endpoint = values["dynamodb-endpoint"];
      if (values.table !== undefined && endpoint === undefined) throw new UsageError("--table needs --dynamodb-endpoint");
      if (endpoint !== undefined && !/^https?:\/\/[^\s/]+/.test(endpoint)) {
        throw new UsageError("--dynamodb-endpoint must be an http(s) URL, e.g. http://localhost:8000");
      }
      if (values.table !== undefined && !/^[A-Za-z0-9_.-]{3,255}$/.test(values.table)) {
        throw new UsageError("--table must be 3–255 letters, digits, '_', '-' or '.' (DynamoDB's rule)");
      }
      const server = await startLocal({
        port: port ?? DEFAULT_PORT,
        ...(values.host ? { host: values.host } : {}),
        dataDir: values.memory ? null : resolve(io.cwd, values.data ?? DEFAULT_DATA_DIR),
        seed: !values["no-seed"],
        ...(values.org ? { org: values.org } : {}),
        ...(endpoint ? { dynamodb: { endpoint, ...(values.table ? { table: values.table } : {}) } } : {}),
        env: io.env,
      });
      let addin: AddinServer | undefined;
      try {
        if (!values["no-addin"]) {
          if (addinBuildIsStale()) {
            io.stderr("building the task pane (dist/addin)…\n");
            await buildAddinInChild((text) => io.stderr(text));
          }
          addin = await startAddinServer({
            port: addinPort ?? DEFAULT_ADDIN_PORT,
            // A port asked for is that port; the default moves on when something else holds it.
            tryNextPorts: addinPort === undefined ? ADDIN_PORT_FALLBACKS : 0,
            ...(values.host ? { host: values.host } : {}),
            config: { apiUrl: server.url, apiKey: server.adminKey, org: server.org },
          });
          // Port 0 asks for any free port: moving off it is what was asked, not news.
          if (addin.requestedPort !== 0 && addin.port !== addin.requestedPort) {
            io.stderr(`task pane: port ${addin.requestedPort} is in use, serving on ${addin.port} instead (choose with --addin-port N)\n`);
          }
        }
      } catch (error) {
        if (!(error instanceof AddinPortInUseError)) {
          await server.close();
          throw error;
        }
        // The API is what matters; say why the pane is missing and how to get it.
        io.stderr(`task pane not started: ${error.message}; the API runs on. Choose a free port with --addin-port N (0 picks one), or --no-addin.\n`);
      }
      if (values.json) {
        const { url, docsUrl, adminKey, adminKeySource, org, dataDir, dynamodb, seededVersions } = server;
        const addinUrl = addin?.taskpaneUrl ?? null;
        io.stdout(`${JSON.stringify({ url, docsUrl, adminKey, adminKeySource, org, dataDir, dynamodb, seededVersions, addinUrl })}\n`);
      } else {
        io.stdout(banner(server, addin));
      }
      await waitForStop();
      await addin?.close();
      await server.close();
      if (!values.json) io.stdout("stopped\n");
      return 0;
    },
  };
}

export const serveCommand = createServeCommand();
