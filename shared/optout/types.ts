/**
 * The shapes the "Opt out & block" feature hands around: the state read from a FusionAuth
 * database, the values a user types, and the guides (text plus copyable artifacts) built from
 * them. Plain data only, so everything here crosses IPC and is rendered as is.
 */

/** What a copyable block is written in; the UI picks a highlighter, the CLI a heading. */
export type ArtifactFormat =
  | 'sh'
  | 'powershell'
  | 'json'
  | 'yaml'
  | 'hcl'
  | 'nftables'
  | 'iptables'
  | 'hosts'
  | 'dnsmasq'
  | 'unbound'
  | 'bind'
  | 'pf'
  | 'squid'
  | 'properties'
  | 'env'
  | 'text';

/** One block a user copies: a command, a file, a file fragment. */
export interface Artifact {
  /** Stable within its guide, e.g. "patch" or "ruleset"; used for copy buttons and tests. */
  id: string;
  title: string;
  format: ArtifactFormat;
  text: string;
  /** Where it goes, e.g. "append to /etc/hosts" or "run on the FusionAuth host". */
  placement?: string;
}

/** One tab: a way to opt out, or one platform's egress block. */
export interface Guide {
  id: string;
  title: string;
  summary: string;
  /** Ordered steps in prose; artifacts are referred to by title. */
  steps: string[];
  artifacts: Artifact[];
  /** Things that go wrong or that the user must decide; shown prominently. */
  warnings: string[];
  /** Where a fact comes from, or what is inferred rather than documented. */
  notes: string[];
}

/** How to prove an egress block works, in three independent ways. */
export interface Verification {
  /** Run from the FusionAuth host (or a pod/container in its place); every request must fail. */
  mustFail: Artifact;
  /** What failing looks like, and what success would mean. */
  mustFailExpectation: string;
  /** What to look for in FusionAuth's own log. */
  logCheck: string;
  logCommand: Artifact;
  /** A later re-run of the inspector: no new usage_stats row marked sent. */
  inspectorCheck: string;
  inspectorCommand: Artifact;
}

export interface EgressGuide extends Guide {
  platform: PlatformName;
  /** The host names this guide blocks. */
  blocked: string[];
  verification: Verification;
}

export const PLATFORM_NAMES = [
  'hosts',
  'hosts-windows',
  'dnsmasq',
  'unbound',
  'bind-rpz',
  'nftables',
  'iptables',
  'windows-firewall',
  'macos-pf',
  'kubernetes',
  'docker',
  'squid',
  'security-groups',
] as const;

export type PlatformName = (typeof PLATFORM_NAMES)[number];

/** The four FusionAuth-owned hosts FusionAuth contacts at run time. */
export type PhoneHomeHostId = 'usage-stats' | 'metrics' | 'license' | 'reactor';

/** Values the user typed (or the CLI was given), already validated by `validateInputs`. */
export interface OptOutInputs {
  /** Base URL without a trailing slash, e.g. https://auth.example.com; null = placeholder. */
  fusionAuthUrl: string | null;
  /** Where the URL came from when not typed, e.g. "fusionauth.properties:4". */
  fusionAuthUrlOrigin?: string;
  /** null = the commands read it from $FUSIONAUTH_API_KEY at run time. */
  apiKey: string | null;
  /** Kubernetes namespace of FusionAuth (a DNS-1123 label). */
  namespace: string;
  /** Labels that select the FusionAuth pods. */
  podLabels: Record<string, string>;
  /** Which hosts the egress rules block; null = choose from the state. */
  block: PhoneHomeHostId[] | null;
  /** The user says this is FusionAuth Cloud. */
  cloud: boolean;
  /**
   * The inspected database as a postgres:// URL without its password, for the "re-run the
   * inspector" check; null = a placeholder.
   */
  historyDatabaseUrl: string | null;
}

/** Yes, no, or cannot tell (no database, or a fact only the running FusionAuth knows). */
export type TriState = 'yes' | 'no' | 'unknown';

export interface VersionCaveat {
  id: string;
  severity: 'info' | 'warning';
  text: string;
}

/** Everything the opt-out view shows on top, read read-only from the database and config. */
export interface OptOutState {
  /** false when no database was given: only the commands are useful then. */
  databaseRead: boolean;
  /** host:port/database (never credentials), or null. */
  location: string | null;
  /**
   * The inspected database as postgres://USER@HOST:PORT/DATABASE, without its password, for the
   * "re-run the inspector" checks; null without a database (or for the demo).
   */
  databaseUrl: string | null;
  fusionAuthVersion: string | null;
  versionCaveats: VersionCaveat[];
  usageData: {
    /** usageDataConfiguration.enabled as stored; null when the key or row is missing. */
    storedEnabled: boolean | null;
    keyPresent: boolean | null;
    retentionDays: number | null;
    explanation: string;
  };
  managed: {
    /** fusionauth-app.usage-data-managed=true in the given configuration. */
    forced: boolean;
    value: string | null;
    origin: string | null;
    explanation: string;
  };
  license: {
    licensed: boolean | null;
    licenseId: string | null;
    /** instance.license holds licence text, which is how an air-gapped licence is kept. */
    licenceTextPresent: boolean | null;
    explanation: string;
  };
  setupComplete: boolean | null;
  /** system_configuration.report_timezone; the Terraform resource needs it. */
  reportTimezone: string | null;
  /** Whether the flag (or managed mode) lets the usage agent and collector run at all. */
  usageGateOpen: TriState;
  /** Whether FusionAuth would collect usage data on its next daily run. */
  wouldCollectNow: TriState;
  wouldCollectReasons: string[];
  /** Basic metrics to metrics.fusionauth.io, which the flag does not stop. */
  metricsSent: TriState;
  metricsExplanation: string;
  statList: {
    present: boolean | null;
    fresh: boolean | null;
    lastCheckedInstant: number | null;
    lastModifiedInstant: number | null;
    verdict: string;
  };
  usageStats: {
    tablePresent: boolean | null;
    rows: number | null;
    sentRows: number | null;
    pendingRows: number | null;
    lastCollectedInstant: number | null;
    lastSentInstant: number | null;
    explanation: string;
  };
  changeHistory: {
    insertInstant: number | null;
    lastUpdateInstant: number | null;
    /** true when the system configuration row was written after it was created. */
    updatedSinceCreation: boolean | null;
    /** What can honestly be said about whether an administrator changed the flag. */
    inference: string;
  };
  configuration: {
    files: string[];
    fusionAuthUrl: { value: string; origin: string } | null;
    proxy: { host: string; port: string | null; origin: string; authenticated: boolean } | null;
    runtimeMode: { value: string; origin: string };
    /** Undocumented URL overrides (fusionauth-app.stats.url and friends) that are set. */
    urlOverrides: { property: string; value: string; origin: string }[];
    warnings: string[];
  };
}
