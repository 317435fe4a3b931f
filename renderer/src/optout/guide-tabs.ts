/**
 * The two rows of tabs: the ways to turn usage data off, and the platforms whose egress rules
 * block the hosts. Labels are short so a row fits the window; the guide's title heads its
 * panel.
 */
import { buildCloudGuide } from '../../../shared/optout/methods/cloud-guide.ts';
import { buildOptOutGuides } from '../../../shared/optout/opt-out-guides.ts';
import {
  type Guide,
  type OptOutInputs,
  type OptOutState,
  PLATFORM_NAMES,
  type PlatformName,
} from '../../../shared/optout/types.ts';

export interface TabEntry<Id extends string = string> {
  id: Id;
  label: string;
}

const METHOD_LABELS: Record<string, string> = {
  managed: 'Managed mode',
  api: 'API (curl, PowerShell)',
  'api-key': 'API key',
  'admin-ui': 'Admin UI',
  'setup-wizard': 'Setup wizard',
  kickstart: 'Kickstart',
  terraform: 'Terraform',
  'opt-in': 'Opt back in',
  cloud: 'FusionAuth Cloud',
};

export const PLATFORM_LABELS: Record<PlatformName, string> = {
  hosts: 'hosts (Linux, macOS)',
  'hosts-windows': 'hosts (Windows)',
  dnsmasq: 'dnsmasq',
  unbound: 'Unbound',
  'bind-rpz': 'BIND RPZ',
  nftables: 'nftables',
  iptables: 'iptables',
  'windows-firewall': 'Windows Firewall',
  'macos-pf': 'macOS pf',
  kubernetes: 'Kubernetes',
  docker: 'Docker',
  squid: 'Squid / proxy',
  'security-groups': 'Cloud security groups',
};

export const PLATFORM_TABS: readonly TabEntry<PlatformName>[] = PLATFORM_NAMES.map((name) => ({
  id: name,
  label: PLATFORM_LABELS[name],
}));

/**
 * Every opt-out method for this state, and FusionAuth Cloud last: nothing in the database
 * tells a Cloud instance apart, so its tab is always there to say it cannot be turned off.
 */
export function methodGuides(state: OptOutState, inputs: OptOutInputs): Guide[] {
  const guides = buildOptOutGuides(state, inputs);

  return guides.some((guide) => guide.id === 'cloud') ? guides : [...guides, buildCloudGuide()];
}

export function methodTabs(guides: readonly Guide[]): TabEntry[] {
  return guides.map((guide) => ({ id: guide.id, label: METHOD_LABELS[guide.id] ?? guide.title }));
}
