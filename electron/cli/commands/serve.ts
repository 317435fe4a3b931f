/**
 * `usage-inspector serve`: the inspector's UI for a browser on this machine, on 127.0.0.1
 * with a per-run token. The same renderer and handlers as the desktop app.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { InspectorError } from '../../../shared/errors.ts';
import { createDispatcher } from '../../api/dispatch.ts';
import { loadConfigSources } from '../../collector/config/config-sources.ts';
import { parseOverrides } from '../../collector/overrides.ts';
import { createHandlers } from '../../api/handlers/index.ts';
import { configDirectory, PROFILES_FILE } from '../../api/profiles/config-directory.ts';
import { requireBuiltRenderer } from '../../api/renderer-files.ts';
import { parseDatabaseUrl } from '../../db/target.ts';
import { startHttpServer } from '../../serve/http-server.ts';
import { serveServices } from '../../serve/serve-services.ts';
import { DATABASE_OPTIONS, databaseTarget, parseCommandLine } from '../arguments.ts';

const HELP = `usage: usage-inspector serve (--db URL | --demo) [--port N] [--profiles FILE]
                             [--config FILE]... [--set KEY=VALUE]...

Serves the inspector's user interface on http://127.0.0.1 only, for a browser on this
machine. The printed URL holds a token made for this run; requests without it, or from
another host or web page, are refused. Nothing is ever written to the database.

  --db URL          postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE, offered first on
                    the connect screen (its password stays in this process)
  --demo            offer the embedded demo database
  --port N          the port to listen on (default: a free one)
  --profiles FILE   where saved profiles go (default: ${join(configDirectory(), PROFILES_FILE)});
                    passwords are never saved in serve mode
  --config FILE     fusionauth.properties or an environment file, read for the instance*
                    stats of every collection; repeatable
  --set KEY=VALUE   a value only the running FusionAuth knows; repeatable
Stop with Ctrl+C.`;

/** The built renderer, next to the sources: <package>/dist/renderer. */
const RENDERER_ROOT = fileURLToPath(new URL('../../../dist/renderer/', import.meta.url));

export async function runServe(args: string[]): Promise<number> {
  const { values } = parseCommandLine('serve', args, {
    ...DATABASE_OPTIONS,
    port: { type: 'string' },
    profiles: { type: 'string' },
    config: { type: 'string', multiple: true },
    set: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  });

  if (values.help === true) {
    process.stdout.write(`${HELP}\n`);

    return 0;
  }

  const target = databaseTarget('serve', values)!;
  if (target.kind === 'url') {
    // A malformed URL fails here, with the CLI's usual message, not later in the browser.
    parseDatabaseUrl(target.url);
  }

  const port = parsePort(values.port);
  requireBuiltRenderer(RENDERER_ROOT);

  const collectionSettings = { configFiles: values.config ?? [], set: values.set ?? [] };
  // Checked now, so a bad file or --set fails here rather than at the first collection.
  loadConfigSources(collectionSettings.configFiles);
  parseOverrides(collectionSettings.set);

  const services = {
    ...serveServices(target, values.profiles ?? join(configDirectory(), PROFILES_FILE)),
    collectionSettings,
  };
  const server = await startHttpServer({
    port,
    token: randomBytes(24).toString('base64url'),
    rendererRoot: RENDERER_ROOT,
    createDispatch: () => createDispatcher(createHandlers(services)),
  });

  process.stdout.write(
    `Usage Inspector is serving on 127.0.0.1 only. Open this address in a browser here:\n\n` +
      `  ${server.url}\n\nThe token in it is new for this run. Stop with Ctrl+C.\n`,
  );

  await untilStopped();
  await server.close();

  return 0;
}

function parsePort(text: string | undefined): number {
  if (text === undefined) {
    return 0;
  }

  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new InspectorError(
      'usage',
      `serve: --port takes a number from 1 to 65535 (got "${text}").`,
    );
  }

  return port;
}

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
