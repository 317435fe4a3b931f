/**
 * Cloud security groups filter by address and port, never by name, so this tab is prose: close
 * the default "allow all outbound", allow FusionAuth's own dependencies, and leave names to a
 * proxy or a firewall that understands them.
 */
import type { EgressGuide } from '../types.ts';
import { denyAllContext, type EgressContext } from './context.ts';
import { logFileCommand, shellMustFail, verification } from './verification.ts';

export function buildSecurityGroupsGuide(chosen: EgressContext): EgressGuide {
  const context = denyAllContext(chosen);

  return {
    id: 'egress-security-groups',
    platform: 'security-groups',
    title: 'Cloud security groups',
    summary:
      "Remove the allow-all outbound rule from FusionAuth's security group and allow only " +
      'its own dependencies.',
    blocked: context.hosts.map((host) => host.name),
    steps: [
      'A security group (AWS), network security group (Azure) or firewall rule (Google ' +
        'Cloud) matches addresses and ports, not host names, and the fusionauth.io hosts ' +
        'change addresses. So do not try to deny them; instead deny all outbound traffic and ' +
        'allow what FusionAuth needs.',
      'Remove the default rule that allows all outbound traffic from the group of the ' +
        'FusionAuth instances.',
      'Allow outbound to the database (its security group or address, port 5432 for ' +
        'PostgreSQL or 3306 for MySQL), to search (port 9200, if search.type is ' +
        'elasticsearch), to your mail server (587 or 465) and to DNS if your cloud filters it.',
      'Outbound HTTPS that FusionAuth does need (identity providers, webhooks, SMS) goes ' +
        'through an egress proxy that refuses the fusionauth.io names (Squid tab), or through ' +
        'a cloud firewall that filters by domain name; deny the phone-home names there.',
      'Network ACLs are stateless and also address-based: they cannot help with names either.',
    ],
    artifacts: [],
    warnings: context.warnings,
    notes: [
      "FusionAuth's air-gapping documentation gives security-group egress rules and a " +
        'Kubernetes egress policy as its examples.',
    ],
    verification: verification(
      shellMustFail(context.hosts, 'a FusionAuth instance'),
      logFileCommand('/usr/local/fusionauth/logs/fusionauth-app.log'),
      context.inputs,
    ),
  };
}
