/**
 * Kubernetes: a NetworkPolicy cannot name a host, so FusionAuth's pods get default-deny egress
 * and a second policy allows only what FusionAuth needs inside private address space (DNS, its
 * database, search, mail). fusionauth.io is public, so it stays unreachable.
 */
import { Document, isMap, isSeq } from 'yaml';

import { posixQuote, yamlDocuments } from '../escape.ts';
import type { EgressGuide } from '../types.ts';
import { denyAllContext, type EgressContext } from './context.ts';
import { curlMustFail, logPipeCommand, verification } from './verification.ts';

/** RFC 1918 space: where in-cluster services and VPC-internal databases live. */
export const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];

const DENY_NAME = 'fusionauth-default-deny-egress';
const ALLOW_NAME = 'fusionauth-allow-required-egress';

interface Allowance {
  comment: string;
  rule: Record<string, unknown>;
}

function privateTo() {
  return PRIVATE_RANGES.map((cidr) => ({ ipBlock: { cidr } }));
}

function tcp(...ports: number[]) {
  return ports.map((port) => ({ protocol: 'TCP', port }));
}

/** The database port from the inspected URL, else PostgreSQL's default. */
export function databasePort(historyDatabaseUrl: string | null): number {
  if (historyDatabaseUrl === null) {
    return 5432;
  }

  const port = new URL(historyDatabaseUrl).port;

  return port === '' ? 5432 : Number(port);
}

function allowances(context: EgressContext): Allowance[] {
  const labels = context.inputs.podLabels;

  return [
    {
      comment:
        ' DNS: the cluster resolver (CoreDNS or kube-dns, label k8s-app=kube-dns) in kube-system.',
      rule: {
        to: [
          {
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
            podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
          },
        ],
        ports: [
          { protocol: 'UDP', port: 53 },
          { protocol: 'TCP', port: 53 },
        ],
      },
    },
    {
      comment:
        ' The database (database.url): private addresses only. Narrow it to your database' +
        "'s pods or address; use 3306 for MySQL.",
      rule: { to: privateTo(), ports: tcp(databasePort(context.inputs.historyDatabaseUrl)) },
    },
    {
      comment: ' Elasticsearch or OpenSearch (search.servers), when search.type is elasticsearch.',
      rule: { to: privateTo(), ports: tcp(9200) },
    },
    {
      comment:
        ' SMTP for FusionAuth e-mail. A mail service outside private space needs its own' +
        ' ipBlock here.',
      rule: { to: privateTo(), ports: tcp(25, 465, 587) },
    },
    {
      comment: ' Other FusionAuth nodes, and FusionAuth calling itself through its Service.',
      rule: { to: [{ podSelector: { matchLabels: { ...labels } } }], ports: tcp(9011) },
    },
  ];
}

function metadata(name: string, context: EgressContext) {
  return {
    name,
    namespace: context.inputs.namespace,
    labels: { 'app.kubernetes.io/managed-by': 'usage-inspector' },
  };
}

export function kubernetesPolicies(context: EgressContext): string {
  const podSelector = { matchLabels: { ...context.inputs.podLabels } };

  const deny = new Document({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: metadata(DENY_NAME, context),
    spec: { podSelector, policyTypes: ['Egress'] },
  });
  deny.commentBefore =
    ' Usage Inspector: FusionAuth pods may open no connection at all, except what the next' +
    '\n policy allows. An Egress policy without egress rules denies all egress.';

  const allowed = allowances(context);
  const allow = new Document({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: metadata(ALLOW_NAME, context),
    spec: { podSelector, policyTypes: ['Egress'], egress: allowed.map(({ rule }) => rule) },
  });
  allow.commentBefore =
    ' What FusionAuth needs. Identity providers, webhooks, SMS, Kafka, CleanSpeak, lambda' +
    '\n fetch and connectors are yours to add, as ipBlock rules or through an egress proxy' +
    '\n (Squid tab); never allow 0.0.0.0/0, which would let fusionauth.io through again.';

  const rules = allow.getIn(['spec', 'egress'], true);
  if (isSeq(rules)) {
    rules.items.forEach((item, index) => {
      if (isMap(item)) {
        item.commentBefore = allowed[index]?.comment ?? null;
      }
    });
  }

  return yamlDocuments([deny, allow]);
}

function selector(context: EgressContext): string {
  return Object.entries(context.inputs.podLabels)
    .map(([key, value]) => `${key}=${value}`)
    .join(',');
}

/** An ephemeral container shares the FusionAuth pod's network, so the policy applies to it. */
export function kubernetesMustFail(context: EgressContext): string {
  const namespace = posixQuote(context.inputs.namespace);

  return [
    `POD=$(kubectl get pods -n ${namespace} -l ${posixQuote(selector(context))} ` +
      `-o jsonpath='{.items[0].metadata.name}')`,
    `kubectl debug -n ${namespace} "$POD" -i --image=curlimages/curl -- sh -c ${posixQuote(
      curlMustFail(context.hosts),
    )}`,
  ].join('\n');
}

export function buildKubernetesGuide(chosen: EgressContext): EgressGuide {
  const context = denyAllContext(chosen);
  const namespace = posixQuote(context.inputs.namespace);

  return {
    id: 'egress-kubernetes',
    platform: 'kubernetes',
    title: 'Kubernetes NetworkPolicy',
    summary:
      `Default-deny egress for the FusionAuth pods in namespace ${context.inputs.namespace}, ` +
      'plus the connections FusionAuth needs.',
    blocked: context.hosts.map((host) => host.name),
    steps: [
      `Check the labels: kubectl get pods -n ${context.inputs.namespace} --show-labels must ` +
        `show ${selector(context)} on the FusionAuth pods (and only there).`,
      'Review the allowances (each is explained in a comment) and add the outbound services ' +
        'your FusionAuth uses.',
      'Apply with the second command.',
      'Your network plugin must enforce NetworkPolicy (Calico, Cilium and most managed ' +
        'clusters do; some do not, and then the policy is silently ignored). The check below ' +
        'proves it either way.',
    ],
    artifacts: [
      {
        id: 'network-policy',
        title: 'fusionauth-egress.yaml',
        format: 'yaml',
        text: kubernetesPolicies(context),
        placement: 'kubectl apply -f',
      },
      {
        id: 'apply',
        title: 'Apply',
        format: 'sh',
        text: `kubectl apply -f fusionauth-egress.yaml\nkubectl get networkpolicy -n ${namespace}`,
        placement: 'a machine with kubectl access to the cluster',
      },
    ],
    warnings: [
      ...context.warnings,
      'This blocks every public address, not only the hosts listed above: identity ' +
        'providers, webhooks and SMS providers break until you allow them.',
    ],
    notes: [
      'The check runs curl in an ephemeral debug container of a FusionAuth pod (kubectl ' +
        "debug, Kubernetes 1.25 or later), which shares that pod's network and so its policy. " +
        'A separate pod with the same labels is avoided: the Deployment could adopt it.',
    ],
    verification: verification(
      {
        id: 'must-fail',
        title: 'This must fail for every blocked host',
        format: 'sh',
        text: kubernetesMustFail(context),
        placement: 'a machine with kubectl access to the cluster',
      },
      logPipeCommand(
        `kubectl logs -n ${namespace} -l ${posixQuote(selector(context))} --tail=-1 --prefix`,
        'a machine with kubectl access to the cluster',
      ),
      context.inputs,
    ),
  };
}
