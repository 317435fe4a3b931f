/**
 * What every platform's rules are built from: the hosts chosen for blocking, why, and the
 * warnings that choice carries.
 */
import {
  blockWarnings,
  defaultBlock,
  HOST_IDS,
  hostById,
  PHONE_HOME_HOSTS,
  type PhoneHomeHost,
} from '../hosts.ts';
import type { OptOutInputs, OptOutState } from '../types.ts';

export interface EgressContext {
  state: OptOutState;
  inputs: OptOutInputs;
  /** The hosts to block, in the reference table's order. */
  hosts: PhoneHomeHost[];
  /** Why these hosts: typed by the user, or chosen from the licence state. */
  choice: string;
  warnings: string[];
}

export function egressContext(state: OptOutState, inputs: OptOutInputs): EgressContext {
  const chosen = inputs.block ?? defaultBlock(state).ids;
  const choice =
    inputs.block === null
      ? defaultBlock(state).reason
      : `Blocking the hosts you chose: ${chosen.map((id) => hostById(id).name).join(', ')}.`;

  return {
    state,
    inputs,
    hosts: chosen.map(hostById),
    choice,
    warnings: blockWarnings(chosen, state),
  };
}

/** The blocked host names, separated as the target format wants. */
export function hostNames(context: EgressContext, separator = ' '): string {
  return context.hosts.map((host) => host.name).join(separator);
}

/**
 * Platforms that deny all egress (NetworkPolicy, Docker internal networks, security groups)
 * cannot spare a name: they block all four hosts. The context says so when the user chose
 * fewer, and its warnings are those of blocking all four.
 */
export function denyAllContext(context: EgressContext): EgressContext {
  const spared = PHONE_HOME_HOSTS.filter((host) => !context.hosts.includes(host));
  const sparedWarning =
    spared.length === 0
      ? []
      : [
          `This blocks all four FusionAuth hosts, including ` +
            `${spared.map((host) => host.name).join(', ')}, which were to stay reachable: it ` +
            'cannot allow a host by name. To keep them, send FusionAuth through an egress ' +
            'proxy that refuses only the others (Squid tab), and allow only the proxy.',
        ];

  return {
    ...context,
    hosts: [...PHONE_HOME_HOSTS],
    warnings: [...sparedWarning, ...blockWarnings(HOST_IDS, context.state)],
  };
}
