/**
 * What a FusionAuth version means for opting out: whether the flag exists yet, and the known
 * bugs and features of particular releases (fusionauth.md §1.2, §1.3, §2.4 and §4.1).
 */
import type { VersionCaveat } from './types.ts';

export type Version = readonly [number, number, number];

/** "1.55.1" (or "1.55.1-SNAPSHOT") into numbers; null when it is not a version. */
export function parseVersion(text: string): Version | null {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(text.trim());
  if (match === null) {
    return null;
  }

  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export function compareVersions(a: Version, b: Version): number {
  for (let index = 0; index < 3; index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) {
      return difference;
    }
  }

  return 0;
}

/** The first version whose API documents usageDataConfiguration.enabled. */
export const FLAG_SINCE: Version = [1, 55, 0];
/** The version the reference's code facts were observed in. */
const REFERENCE_CODE_VERSION: Version = [1, 69, 2];

function atLeast(version: Version, other: Version): boolean {
  return compareVersions(version, other) >= 0;
}

function equals(version: Version, other: Version): boolean {
  return compareVersions(version, other) === 0;
}

/** Whether this version has the usage-data flag at all; null when the version is unknown. */
export function hasUsageDataFlag(versionText: string | null): boolean | null {
  const version = versionText === null ? null : parseVersion(versionText);

  return version === null ? null : atLeast(version, FLAG_SINCE);
}

export function versionCaveats(
  versionText: string | null,
  licensed: boolean | null,
): VersionCaveat[] {
  const version = versionText === null ? null : parseVersion(versionText);
  if (version === null) {
    return [
      {
        id: 'version-unknown',
        severity: 'info',
        text:
          'FusionAuth version unknown (no database read). The usage-data flag exists since ' +
          '1.55; on 1.55.1 the admin UI cannot save System settings, so use the API there.',
      },
    ];
  }

  const caveats: VersionCaveat[] = [];

  if (!atLeast(version, FLAG_SINCE)) {
    caveats.push({
      id: 'before-usage-data',
      severity: 'warning',
      text:
        `FusionAuth ${versionText} predates usage data collection (the ` +
        'usageDataConfiguration field arrived in 1.55), so there is no flag to turn off yet. ' +
        'Keep the commands for after an upgrade: an instance upgraded to 1.55 or later does ' +
        'not send usage data by default, but check the stored value after upgrading. Egress ' +
        'blocking still governs whatever this version sends to the other hosts.',
    });
  }

  if (equals(version, [1, 55, 0])) {
    caveats.push({
      id: 'first-release-ambiguity',
      severity: 'info',
      text:
        "The API documentation marks the field 'since 1.55.0', while the release notes list " +
        'sending usage stats as new in 1.55.1. If the PATCH is refused here, upgrade first.',
    });
  }

  if (equals(version, [1, 55, 1])) {
    caveats.push({
      id: 'admin-ui-cannot-save',
      severity: 'warning',
      text:
        'FusionAuth 1.55.1 cannot save System settings in the admin UI (a validation error ' +
        'appears on the UI tab; FusionAuth issue #2970, fixed in 1.56.0). Use the API PATCH ' +
        'first; after one API write the admin page saves again.',
    });
  }

  if (atLeast(version, [1, 55, 1])) {
    caveats.push({
      id: 'expiring-keys',
      severity: 'info',
      text: 'API keys can carry an expiration since 1.55.1: let the opt-out key expire soon.',
    });
  }

  if (atLeast(version, [1, 56, 0])) {
    caveats.push({
      id: 'non-retrievable-keys',
      severity: 'info',
      text: 'API keys can be made non-retrievable since 1.56.0: do so for the opt-out key.',
    });
  }

  if (equals(version, [1, 57, 1]) && licensed !== false) {
    caveats.push({
      id: 'licence-activation-race',
      severity: 'warning',
      text:
        'On 1.57.1, licensed air-gapped setups where DNS resolved but TCP was blocked hit a ' +
        'licence-activation race (FusionAuth issue #3151). Block by DNS (hosts file, ' +
        'resolver) rather than by firewall alone on such setups.',
    });
  }

  if (compareVersions(version, REFERENCE_CODE_VERSION) > 0) {
    caveats.push({
      id: 'newer-than-reference',
      severity: 'info',
      text:
        `The hosts, gates and log messages used here were observed in FusionAuth 1.69.2; ` +
        `${versionText} is newer and may differ.`,
    });
  }

  return caveats;
}
