/**
 * The four hosts as the view's table and the CLI list show them: what each receives, whether
 * the flag stops it, what blocking it breaks, and whether the rules block it.
 */
import { egressContext } from './egress/context.ts';
import { PHONE_HOME_HOSTS, type PhoneHomeHost } from './hosts.ts';
import type { OptOutInputs, OptOutState } from './types.ts';

export interface HostRow extends PhoneHomeHost {
  /** Whether the name-based rules (hosts file, DNS, firewall, proxy) block it. */
  blocked: boolean;
}

export interface HostTable {
  rows: HostRow[];
  /** Why these hosts are blocked. */
  choice: string;
  warnings: string[];
}

export function buildHostTable(state: OptOutState, inputs: OptOutInputs): HostTable {
  const context = egressContext(state, inputs);

  return {
    rows: PHONE_HOME_HOSTS.map((host) => ({ ...host, blocked: context.hosts.includes(host) })),
    choice: context.choice,
    warnings: context.warnings,
  };
}
