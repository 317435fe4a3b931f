/**
 * Every platform the egress rules exist for, by the name the CLI and the view use.
 */
import { InspectorError } from '../../errors.ts';
import {
  PLATFORM_NAMES,
  type EgressGuide,
  type OptOutInputs,
  type OptOutState,
  type PlatformName,
} from '../types.ts';
import { buildBindRpzGuide } from './bind-rpz.ts';
import { type EgressContext, egressContext } from './context.ts';
import { buildDnsmasqGuide } from './dnsmasq.ts';
import { buildDockerGuide } from './docker.ts';
import { buildUnixHostsGuide, buildWindowsHostsGuide } from './hosts-file.ts';
import { buildIptablesGuide } from './iptables.ts';
import { buildKubernetesGuide } from './kubernetes.ts';
import { buildMacosPfGuide } from './macos-pf.ts';
import { buildNftablesGuide } from './nftables.ts';
import { buildSecurityGroupsGuide } from './security-groups.ts';
import { buildSquidGuide } from './squid.ts';
import { buildUnboundGuide } from './unbound.ts';
import { buildWindowsFirewallGuide } from './windows-firewall.ts';

export interface PlatformEntry {
  name: PlatformName;
  /** One line for --help and the tab list. */
  description: string;
  build: (context: EgressContext) => EgressGuide;
}

export const PLATFORMS: Record<PlatformName, PlatformEntry> = {
  hosts: { name: 'hosts', description: '/etc/hosts on Linux or macOS', build: buildUnixHostsGuide },
  'hosts-windows': {
    name: 'hosts-windows',
    description: 'the Windows hosts file (PowerShell)',
    build: buildWindowsHostsGuide,
  },
  dnsmasq: { name: 'dnsmasq', description: 'a dnsmasq resolver', build: buildDnsmasqGuide },
  unbound: { name: 'unbound', description: 'an Unbound resolver', build: buildUnboundGuide },
  'bind-rpz': {
    name: 'bind-rpz',
    description: 'a BIND resolver, with a response policy zone',
    build: buildBindRpzGuide,
  },
  nftables: { name: 'nftables', description: 'nftables on Linux', build: buildNftablesGuide },
  iptables: { name: 'iptables', description: 'iptables on Linux', build: buildIptablesGuide },
  'windows-firewall': {
    name: 'windows-firewall',
    description: 'Windows Defender Firewall (PowerShell)',
    build: buildWindowsFirewallGuide,
  },
  'macos-pf': { name: 'macos-pf', description: 'the macOS pf firewall', build: buildMacosPfGuide },
  kubernetes: {
    name: 'kubernetes',
    description: 'a Kubernetes NetworkPolicy (default-deny egress)',
    build: buildKubernetesGuide,
  },
  docker: {
    name: 'docker',
    description: 'a Docker Compose internal network',
    build: buildDockerGuide,
  },
  squid: {
    name: 'squid',
    description: 'an egress proxy (Squid) and FusionAuth proxy.* settings',
    build: buildSquidGuide,
  },
  'security-groups': {
    name: 'security-groups',
    description: 'cloud security groups (AWS, Azure, Google Cloud)',
    build: buildSecurityGroupsGuide,
  },
};

export function isPlatformName(name: string): name is PlatformName {
  return (PLATFORM_NAMES as readonly string[]).includes(name);
}

/** The platform by name; an unknown name is a usage error listing the valid ones. */
export function platformByName(name: string): PlatformEntry {
  if (!isPlatformName(name)) {
    throw new InspectorError(
      'usage',
      `Unknown platform "${name}". Valid platforms: ${PLATFORM_NAMES.join(', ')}.`,
      { field: 'platform', valid: [...PLATFORM_NAMES] },
    );
  }

  return PLATFORMS[name];
}

/** One platform's rules and checks, for this state and these values. */
export function buildEgressGuide(
  platform: PlatformName,
  state: OptOutState,
  inputs: OptOutInputs,
): EgressGuide {
  return PLATFORMS[platform].build(egressContext(state, inputs));
}
