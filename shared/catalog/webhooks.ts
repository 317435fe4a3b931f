/**
 * Catalog entries for the 80 `webhook*` stats. 77 of them count tenants whose event settings
 * (tenants.data → eventConfiguration.events) turn an event on; the `*Transactional` ones also need
 * the event's transaction type to be something other than "None". The other 3 count rows of
 * `webhooks` whose own switch for a system-level event is on.
 */

import { jsonText } from './sql.ts';
import type { MetricDefinition, SqlMetric } from './types.ts';

/** Sources already in the oldest schema examined (1.42.0); they may well be older still. */
const OLDEST_KNOWN = '1.42.0';

/** What each tenant-level event means, in the words of someone who has not read the docs. */
const TENANT_EVENTS: Readonly<Record<string, string>> = {
  'group.create': 'a group is created',
  'group.create.complete': 'the creation of a group has been saved',
  'group.delete': 'a group is deleted',
  'group.delete.complete': 'the deletion of a group has been saved',
  'group.member.add': 'users are added to a group',
  'group.member.add.complete': 'adding users to a group has been saved',
  'group.member.remove': 'users are removed from a group',
  'group.member.remove.complete': 'removing users from a group has been saved',
  'group.member.update': "a group's memberships are updated",
  'group.member.update.complete': "an update of a group's memberships has been saved",
  'group.update': 'a group is changed',
  'group.update.complete': 'a change to a group has been saved',
  'jwt.public-key.update': 'a key used to sign tokens is changed',
  'jwt.refresh': 'an access token is refreshed',
  'jwt.refresh-token.revoke': 'refresh tokens are revoked',
  'user.action': 'an action (such as a lock or a warning) is taken on a user',
  'user.bulk.create': 'users are imported in bulk',
  'user.create': 'a user is created',
  'user.create.complete': 'the creation of a user has been saved',
  'user.deactivate': 'a user is deactivated',
  'user.delete': 'a user is deleted',
  'user.delete.complete': 'the deletion of a user has been saved',
  'user.email.update': 'a user changes their email address',
  'user.email.verified': 'a user verifies their email address',
  'user.identity-provider.link': 'a user is linked to an external identity provider',
  'user.identity-provider.unlink': 'a user is unlinked from an external identity provider',
  'user.login.failed': 'a login fails',
  'user.loginId.duplicate.create': 'someone tries to sign up with a login id already in use',
  'user.loginId.duplicate.update': 'someone tries to change to a login id already in use',
  'user.login.new-device': 'a user logs in from a new device',
  'user.login.success': 'a user logs in successfully',
  'user.login.suspicious': 'a login looks suspicious',
  'user.password.breach': "a user's password is found in a list of breached passwords",
  'user.password.reset.send': 'a password-reset message is sent',
  'user.password.reset.start': 'a password reset is started',
  'user.password.reset.success': 'a password reset succeeds',
  'user.password.update': 'a user changes their password',
  'user.reactivate': 'a user is reactivated',
  'user.registration.create': 'a user is registered with an application',
  'user.registration.create.complete':
    "a user's new registration with an application has been saved",
  'user.registration.delete': "a user's registration with an application is removed",
  'user.registration.delete.complete':
    "the removal of a user's registration with an application has been saved",
  'user.registration.update': "a user's registration with an application is changed",
  'user.registration.update.complete':
    "a change to a user's registration with an application has been saved",
  'user.registration.verified': "a user's registration with an application is verified",
  'user.two-factor.challenge': 'a user is asked for a second factor (MFA) at login',
  'user.two-factor.failed-attempt': 'a user enters a wrong second factor (MFA) at login',
  'user.two-factor.method.add': 'a user adds a multi-factor method',
  'user.two-factor.method.remove': 'a user removes a multi-factor method',
  'user.two-factor.success': 'a user passes the second factor (MFA) at login',
  'user.update': 'a user is changed',
  'user.update.complete': 'a change to a user has been saved',
};

/** [payload key, tenant event, also requires a transaction type other than "None"]. */
const TENANT_EVENT_STATS: ReadonlyArray<readonly [string, string, boolean]> = [
  ['webhookGroupCreate', 'group.create', false],
  ['webhookGroupCreateComplete', 'group.create.complete', false],
  ['webhookGroupCreateTransactional', 'group.create', true],
  ['webhookGroupDelete', 'group.delete', false],
  ['webhookGroupDeleteComplete', 'group.delete.complete', false],
  ['webhookGroupDeleteTransactional', 'group.delete', true],
  ['webhookGroupMemberAdd', 'group.member.add', false],
  ['webhookGroupMemberAddComplete', 'group.member.add.complete', false],
  ['webhookGroupMemberAddTransactional', 'group.member.add', true],
  ['webhookGroupMemberRemove', 'group.member.remove', false],
  ['webhookGroupMemberRemoveComplete', 'group.member.remove.complete', false],
  ['webhookGroupMemberRemoveTransactional', 'group.member.remove', true],
  ['webhookGroupMemberUpdate', 'group.member.update', false],
  ['webhookGroupMemberUpdateComplete', 'group.member.update.complete', false],
  ['webhookGroupMemberUpdateTransactional', 'group.member.update', true],
  ['webhookGroupUpdate', 'group.update', false],
  ['webhookGroupUpdateComplete', 'group.update.complete', false],
  ['webhookGroupUpdateTransactional', 'group.update', true],
  ['webhookJwtPublicKeyUpdate', 'jwt.public-key.update', false],
  ['webhookJwtPublicKeyUpdateTransactional', 'jwt.public-key.update', true],
  ['webhookJwtRefresh', 'jwt.refresh', false],
  ['webhookJwtRefreshTokenRevoke', 'jwt.refresh-token.revoke', false],
  ['webhookJwtRefreshTokenRevokeTransactional', 'jwt.refresh-token.revoke', true],
  ['webhookJwtRefreshTransactional', 'jwt.refresh', true],
  ['webhookUserAction', 'user.action', false],
  ['webhookUserBulkCreate', 'user.bulk.create', false],
  ['webhookUserBulkCreateTransactional', 'user.bulk.create', true],
  ['webhookUserCreate', 'user.create', false],
  ['webhookUserCreateComplete', 'user.create.complete', false],
  ['webhookUserCreateTransactional', 'user.create', true],
  ['webhookUserDeactivate', 'user.deactivate', false],
  ['webhookUserDeactivateTransactional', 'user.deactivate', true],
  ['webhookUserDelete', 'user.delete', false],
  ['webhookUserDeleteComplete', 'user.delete.complete', false],
  ['webhookUserDeleteTransactional', 'user.delete', true],
  ['webhookUserEmailUpdate', 'user.email.update', false],
  ['webhookUserEmailVerified', 'user.email.verified', false],
  ['webhookUserEmailVerifiedTransactional', 'user.email.verified', true],
  ['webhookUserIdentityProviderLink', 'user.identity-provider.link', false],
  ['webhookUserIdentityProviderUnlink', 'user.identity-provider.unlink', false],
  ['webhookUserLoginFailed', 'user.login.failed', false],
  ['webhookUserLoginFailedTransactional', 'user.login.failed', true],
  ['webhookUserLoginIdDuplicateCreate', 'user.loginId.duplicate.create', false],
  ['webhookUserLoginIdDuplicateUpdate', 'user.loginId.duplicate.update', false],
  ['webhookUserLoginNewDevice', 'user.login.new-device', false],
  ['webhookUserLoginNewDeviceTransactional', 'user.login.new-device', true],
  ['webhookUserLoginSuccess', 'user.login.success', false],
  ['webhookUserLoginSuccessTransactional', 'user.login.success', true],
  ['webhookUserLoginSuspicious', 'user.login.suspicious', false],
  ['webhookUserLoginSuspiciousTransactional', 'user.login.suspicious', true],
  ['webhookUserPasswordBreach', 'user.password.breach', false],
  ['webhookUserPasswordBreachTransactional', 'user.password.breach', true],
  ['webhookUserPasswordResetSend', 'user.password.reset.send', false],
  ['webhookUserPasswordResetStart', 'user.password.reset.start', false],
  ['webhookUserPasswordResetSuccess', 'user.password.reset.success', false],
  ['webhookUserPasswordUpdate', 'user.password.update', false],
  ['webhookUserReactivate', 'user.reactivate', false],
  ['webhookUserReactivateTransactional', 'user.reactivate', true],
  ['webhookUserRegistrationCreate', 'user.registration.create', false],
  ['webhookUserRegistrationCreateComplete', 'user.registration.create.complete', false],
  ['webhookUserRegistrationCreateTransactional', 'user.registration.create', true],
  ['webhookUserRegistrationDelete', 'user.registration.delete', false],
  ['webhookUserRegistrationDeleteComplete', 'user.registration.delete.complete', false],
  ['webhookUserRegistrationDeleteTransactional', 'user.registration.delete', true],
  ['webhookUserRegistrationUpdate', 'user.registration.update', false],
  ['webhookUserRegistrationUpdateComplete', 'user.registration.update.complete', false],
  ['webhookUserRegistrationUpdateTransactional', 'user.registration.update', true],
  ['webhookUserRegistrationVerified', 'user.registration.verified', false],
  ['webhookUserRegistrationVerifiedTransactional', 'user.registration.verified', true],
  ['webhookUserTwoFactorChallenge', 'user.two-factor.challenge', false],
  ['webhookUserTwoFactorFailedAttempt', 'user.two-factor.failed-attempt', false],
  ['webhookUserTwoFactorMethodAdd', 'user.two-factor.method.add', false],
  ['webhookUserTwoFactorMethodRemove', 'user.two-factor.method.remove', false],
  ['webhookUserTwoFactorSuccess', 'user.two-factor.success', false],
  ['webhookUserUpdate', 'user.update', false],
  ['webhookUserUpdateComplete', 'user.update.complete', false],
  ['webhookUserUpdateTransactional', 'user.update', true],
];

/** [payload key, system event, what it means] for the per-webhook `eventsEnabled` switches. */
const WEBHOOK_EVENT_STATS: ReadonlyArray<readonly [string, string, string]> = [
  ['webhookAuditLogCreate', 'audit-log.create', 'an entry is written to the audit log'],
  ['webhookEventLogCreate', 'event-log.create', 'an entry is written to the event log'],
  ['webhookKickstartSuccess', 'kickstart.success', 'a Kickstart setup file has run successfully'],
];

function countMetric(
  key: string,
  definition: string,
  sql: string,
  table: string,
  columns: string[],
): SqlMetric {
  return {
    key,
    category: 'webhooks',
    definition,
    valueKind: 'count',
    origin: 'database',
    sinceVersion: OLDEST_KNOWN,
    activityFilter: 'none',
    resultShape: 'scalar',
    variants: [{ sql, usesCutoff: false, sources: [{ table, columns }] }],
  };
}

function tenantEventMetric(key: string, event: string, transactional: boolean): SqlMetric {
  const meaning = TENANT_EVENTS[event];

  if (meaning === undefined) {
    throw new Error(`no description for tenant event ${event}`);
  }

  const eventPath = ['eventConfiguration', 'events', event];
  const enabled = `${jsonText('t.data', [...eventPath, 'enabled'])} = 'true'`;
  const condition = transactional
    ? `${enabled} AND ${jsonText('t.data', [...eventPath, 'transactionType'])} <> 'None'`
    : enabled;
  const what = transactional
    ? `Counts tenants that turn on the "${event}" webhook event (sent when ${meaning}) ` +
      'and make it transactional (the change is undone unless enough webhooks accept it); ' +
      'a tenant with no transaction type set is not counted.'
    : `Counts tenants that turn on the "${event}" webhook event (sent when ${meaning}).`;

  return countMetric(
    key,
    `${what} It is a number of tenants, not of events sent or users; no webhook URLs or ` +
      'event data leave.',
    `SELECT count(*) AS value FROM tenants t WHERE ${condition}`,
    'tenants',
    ['data'],
  );
}

function webhookEventMetric(key: string, event: string, meaning: string): SqlMetric {
  return countMetric(
    key,
    `Counts webhooks that have the system event "${event}" (sent when ${meaning}) turned on. ` +
      'It is a number of webhooks, not of events sent; no webhook URLs or event data leave.',
    'SELECT count(*) AS value FROM webhooks w ' +
      `WHERE ${jsonText('w.data', ['eventsEnabled', event])} = 'true'`,
    'webhooks',
    ['data'],
  );
}

export const webhookMetrics: MetricDefinition[] = [
  ...WEBHOOK_EVENT_STATS.map(([key, event, meaning]) => webhookEventMetric(key, event, meaning)),
  ...TENANT_EVENT_STATS.map(([key, event, transactional]) =>
    tenantEventMetric(key, event, transactional),
  ),
].sort((left, right) => (left.key < right.key ? -1 : 1));
