/**
 * Shared by the opt-out tests: states and inputs to generate from, and ways to run generated
 * text through the real tools (sh, nft, iptables-restore...) or to skip with the reason.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { checkInputs, type RawInputs } from '../../shared/optout/inputs.ts';
import type { OptOutInputs, OptOutState } from '../../shared/optout/types.ts';
import { unknownState } from '../../shared/optout/unknown-state.ts';
import { versionCaveats } from '../../shared/optout/version-caveats.ts';

export const EMPTY_CONFIGURATION: OptOutState['configuration'] = {
  files: [],
  fusionAuthUrl: null,
  proxy: null,
  runtimeMode: { value: 'development', origin: 'default' },
  urlOverrides: [],
  warnings: [],
};

export const NOT_MANAGED: OptOutState['managed'] = {
  forced: false,
  value: null,
  origin: null,
  explanation: 'not set',
};

/** A state as if read from a database, with the given licence and version. */
export function stateFor(options: {
  licensed?: boolean | null;
  version?: string | null;
  managed?: boolean;
  proxy?: OptOutState['configuration']['proxy'];
  reportTimezone?: string | null;
}): OptOutState {
  const state = unknownState(
    { ...EMPTY_CONFIGURATION, proxy: options.proxy ?? null },
    options.managed === true
      ? { forced: true, value: 'true', origin: 'fusionauth.properties:3', explanation: 'forced' }
      : NOT_MANAGED,
  );
  const version = options.version ?? null;
  const licensed = options.licensed ?? null;

  return {
    ...state,
    databaseRead: version !== null,
    fusionAuthVersion: version,
    versionCaveats: versionCaveats(version, licensed),
    license: { ...state.license, licensed },
    reportTimezone: options.reportTimezone ?? null,
  };
}

export function inputsFor(raw: RawInputs = {}): OptOutInputs {
  return checkInputs(raw).inputs;
}

export function tempFile(name: string, text: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'usage-inspector-optout-'));
  const path = join(directory, name);
  writeFileSync(path, text);

  return path;
}

export interface ToolRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: string[], input?: string): ToolRun {
  const result = spawnSync(command, args, { encoding: 'utf8', input, timeout: 20_000 });

  return {
    status: result.error === undefined ? result.status : null,
    stdout: result.stdout ?? '',
    stderr: result.error === undefined ? (result.stderr ?? '') : result.error.message,
  };
}

/** Whether a program is on PATH. */
export function hasProgram(name: string): boolean {
  return run('sh', ['-c', `command -v ${name}`]).status === 0;
}

/** `sh -n`: the text parses as a POSIX shell script. */
export function shellSyntaxError(script: string): string | null {
  const result = run('sh', ['-n'], script);

  return result.status === 0 ? null : result.stderr || `sh -n exited ${result.status}`;
}

/**
 * Why a checker cannot run here (missing, or no permission in this sandbox), tried on a text
 * known to be valid; null when it works.
 */
export function checkerUnavailable(name: string, args: string[], knownGood: string): string | null {
  if (!hasProgram(name)) {
    return `${name} is not installed`;
  }

  const result = run(name, args, knownGood);

  return result.status === 0
    ? null
    : `${name} cannot run here: ${result.stderr.trim() || `exit ${result.status}`}`;
}
