/**
 * Catalog entries for the tenant stats (collector.md rows 111-163, plus `scimEnabled`). Nearly all
 * of them count rows of `tenants` that meet one condition, so small builders below write the SQL;
 * the few joined stats are written out in full in the list.
 */

import {
  activeAndLoggedIn,
  DEFAULT_CONNECTOR_ID,
  DEFAULT_THEME_ID,
  jsonText,
  quoteLiteral,
} from './sql.ts';
import type { MetricCategory, MetricDefinition, SourceTable, SqlMetric } from './types.ts';

/** Sources already in the oldest schema examined (1.42.0); they may well be older still. */
const OLDEST_KNOWN = '1.42.0';

/** Phone number became a first-class identity, with its own message templates (schema.md §4). */
const PHONE_IDENTITIES = '1.59.0';

/** `tenants.multi_factor_requirement_lambdas_id` appears only in the 1.69 code. */
const MFA_REQUIREMENT_LAMBDAS = '1.69.0';

interface CountOptions {
  key: string;
  category: MetricCategory;
  definition: string;
  sinceVersion: string;
  sql: string;
  sources: SourceTable[];
  usesCutoff?: boolean;
  activityFilter?: SqlMetric['activityFilter'];
}

/** A count stat with one SQL variant. */
function countStat(options: CountOptions): SqlMetric {
  return {
    key: options.key,
    category: options.category,
    definition: options.definition,
    valueKind: 'count',
    origin: 'database',
    sinceVersion: options.sinceVersion,
    activityFilter: options.activityFilter ?? 'none',
    resultShape: 'scalar',
    variants: [
      {
        sql: options.sql,
        usesCutoff: options.usesCutoff ?? false,
        sources: options.sources,
      },
    ],
  };
}

/** Counts tenants that match a condition on their own row; `columns` are those it reads. */
function tenantsWhere(
  key: string,
  category: MetricCategory,
  condition: string,
  columns: string[],
  sinceVersion: string,
  definition: string,
): SqlMetric {
  return countStat({
    key,
    category,
    definition,
    sinceVersion,
    sql: `SELECT count(*) AS value FROM tenants t WHERE ${condition}`,
    sources: [{ table: 'tenants', columns }],
  });
}

/** Counts tenants whose `data` JSON has the text `expected` at `path`. */
function tenantsWithSetting(
  key: string,
  category: MetricCategory,
  path: readonly string[],
  expected: string,
  definition: string,
): SqlMetric {
  const condition = `${jsonText('t.data', path)} = ${quoteLiteral(expected)}`;

  return tenantsWhere(key, category, condition, ['data'], OLDEST_KNOWN, definition);
}

/** Counts tenants whose foreign-key column is set. */
function tenantsWithColumn(
  key: string,
  category: MetricCategory,
  column: string,
  sinceVersion: string,
  definition: string,
): SqlMetric {
  return tenantsWhere(key, category, `t.${column} IS NOT NULL`, [column], sinceVersion, definition);
}

const TEMPLATE_NOTE =
  'All tenants are considered, in use or not; only the number leaves, ' +
  'not which template it is or what it says.';

/** [payload key, column, what the email is for] for the tenant's email templates. */
const EMAIL_TEMPLATES: ReadonlyArray<readonly [string, string, string]> = [
  [
    'tenantConfirmChildTemplate',
    'confirm_child_email_templates_id',
    "asking a parent to confirm a child's account (family feature)",
  ],
  [
    'tenantEmailUpdateTemplate',
    'email_update_email_templates_id',
    'telling a user that their email address was changed',
  ],
  [
    'tenantEmailVerifiedTemplate',
    'email_verified_email_templates_id',
    'confirming that a user has verified their email address',
  ],
  [
    'tenantFamilyRequestTemplate',
    'family_request_email_templates_id',
    'inviting a user to join a family',
  ],
  [
    'tenantForgotPasswordTemplate',
    'forgot_password_email_templates_id',
    'sending a password-reset link (forgot password)',
  ],
  [
    'tenantLoginIdInUseOnCreateTemplate',
    'login_id_in_use_on_create_email_templates_id',
    'warning that someone tried to create an account with an email address already in use',
  ],
  [
    'tenantLoginIdInUseOnUpdateTemplate',
    'login_id_in_use_on_update_email_templates_id',
    'warning that someone tried to change an account to an email address already in use',
  ],
  [
    'tenantLoginNewDeviceTemplate',
    'login_new_device_email_templates_id',
    'telling a user about a login from a new device',
  ],
  [
    'tenantLoginSuspiciousEmailTemplate',
    'login_suspicious_email_templates_id',
    'telling a user about a suspicious login',
  ],
  [
    'tenantMultiFactorEmailMessageTemplate',
    'multi_factor_email_message_templates_id',
    'sending a multi-factor (MFA) one-time code by email',
  ],
  [
    'tenantParentRegistrationTemplate',
    'parent_registration_email_templates_id',
    'asking a parent to register after a child signs up (family feature)',
  ],
  [
    'tenantPasswordResetSuccessTemplate',
    'password_reset_success_email_templates_id',
    'confirming that a password reset succeeded',
  ],
  [
    'tenantPasswordUpdateTemplate',
    'password_update_email_templates_id',
    'telling a user that their password was changed',
  ],
  [
    'tenantPasswordlessTemplate',
    'passwordless_email_templates_id',
    'sending a passwordless login (magic) link',
  ],
  [
    'tenantSetPasswordTemplate',
    'set_password_email_templates_id',
    'asking a new user to set a password',
  ],
  [
    'tenantTwoFactorMethodAddTemplate',
    'two_factor_method_add_email_templates_id',
    'telling a user that a multi-factor method was added to their account',
  ],
  [
    'tenantTwoFactorMethodRemoveTemplate',
    'two_factor_method_remove_email_templates_id',
    'telling a user that a multi-factor method was removed from their account',
  ],
  [
    'tenantVerificationTemplate',
    'verification_email_templates_id',
    'asking a user to verify their email address',
  ],
];

/** [payload key, column, what the message is for] for the tenant's phone (SMS) templates. */
const PHONE_TEMPLATES: ReadonlyArray<readonly [string, string, string]> = [
  [
    'tenantForgotPasswordPhoneTemplate',
    'phone_configuration_forgot_password_templates_id',
    'sending a password-reset code or link (forgot password)',
  ],
  [
    'tenantIdentityUpdatePhoneTemplate',
    'phone_configuration_identity_update_templates_id',
    'telling a user that their phone number was changed',
  ],
  [
    'tenantLoginIdInUseOnCreatePhoneTemplate',
    'phone_configuration_login_id_in_use_on_create_templates_id',
    'warning that someone tried to create an account with a phone number already in use',
  ],
  [
    'tenantLoginIdInUseOnUpdatePhoneTemplate',
    'phone_configuration_login_id_in_use_on_update_templates_id',
    'warning that someone tried to change an account to a phone number already in use',
  ],
  [
    'tenantLoginNewDevicePhoneTemplate',
    'phone_configuration_login_new_device_templates_id',
    'telling a user about a login from a new device',
  ],
  [
    'tenantLoginSuspiciousPhoneTemplate',
    'phone_configuration_login_suspicious_templates_id',
    'telling a user about a suspicious login',
  ],
  [
    'tenantPasswordResetSuccessPhoneTemplate',
    'phone_configuration_password_reset_success_templates_id',
    'confirming that a password reset succeeded',
  ],
  [
    'tenantPasswordUpdatePhoneTemplate',
    'phone_configuration_password_update_templates_id',
    'telling a user that their password was changed',
  ],
  [
    'tenantPasswordlessPhoneTemplate',
    'phone_configuration_passwordless_templates_id',
    'sending a passwordless login code or link',
  ],
  [
    'tenantSetPasswordPhoneTemplate',
    'phone_configuration_set_password_templates_id',
    'asking a new user to set a password',
  ],
  [
    'tenantTwoFactorMethodAddPhoneTemplate',
    'phone_configuration_two_factor_method_add_templates_id',
    'telling a user that a multi-factor method was added to their account',
  ],
  [
    'tenantTwoFactorMethodRemovePhoneTemplate',
    'phone_configuration_two_factor_method_remove_templates_id',
    'telling a user that a multi-factor method was removed from their account',
  ],
  [
    'tenantVerificationCompletePhoneTemplate',
    'phone_configuration_verification_complete_templates_id',
    'confirming that a user has verified their phone number',
  ],
  [
    'tenantVerificationPhoneTemplate',
    'phone_configuration_verification_templates_id',
    'asking a user to verify their phone number',
  ],
];

const emailTemplateMetrics = EMAIL_TEMPLATES.map(([key, column, purpose]) =>
  tenantsWithColumn(
    key,
    'tenants',
    column,
    OLDEST_KNOWN,
    `Counts tenants that have chosen an email template for ${purpose}. ${TEMPLATE_NOTE}`,
  ),
);

const phoneTemplateMetrics = PHONE_TEMPLATES.map(([key, column, purpose]) =>
  tenantsWithColumn(
    key,
    'tenants',
    column,
    PHONE_IDENTITIES,
    `Counts tenants that have chosen a phone (SMS) message template for ${purpose}. ` +
      TEMPLATE_NOTE,
  ),
);

/** [payload key, the `multiFactorConfiguration.loginPolicy` value, what it means]. */
const MFA_POLICIES: ReadonlyArray<readonly [string, string, string]> = [
  [
    'tenantMfaPolicyChallengeOnHighRisk',
    'ChallengeOnHighRisk',
    'ask for a second factor only when a login looks high-risk',
  ],
  [
    'tenantMfaPolicyChallengeOnMediumRisk',
    'ChallengeOnMediumRisk',
    'ask for a second factor when a login looks medium- or high-risk',
  ],
  ['tenantMfaPolicyDisabled', 'Disabled', 'never ask for a second factor at login'],
  [
    'tenantMfaPolicyEnabled',
    'Enabled',
    'ask for a second factor at login when the user has set one up',
  ],
  ['tenantMfaPolicyRequired', 'Required', 'require every user to use a second factor at login'],
];

const mfaPolicyMetrics = MFA_POLICIES.map(([key, policy, meaning]) =>
  tenantsWithSetting(
    key,
    'MFA',
    ['multiFactorConfiguration', 'loginPolicy'],
    policy,
    `Counts tenants whose multi-factor login policy is "${policy}" (${meaning}). ` +
      'Tenants that never set a policy are not counted. Only the number of tenants leaves.',
  ),
);

/** Payload order: plain code-point order of the keys, as in collector.md. */
function byKey(left: SqlMetric, right: SqlMetric): number {
  return left.key < right.key ? -1 : 1;
}

const isSimpleTheme = `${jsonText('th.data', ['type'])} = 'simple'`;
const simpleThemeIds = `SELECT th.id FROM themes th WHERE ${isSimpleTheme}`;

export const tenantMetrics: MetricDefinition[] = [
  tenantsWithSetting(
    'tenantBreachedPasswordDetection',
    'threat detection',
    ['passwordValidationRules', 'breachDetection', 'enabled'],
    'true',
    'Counts tenants that check passwords against lists of breached passwords. ' +
      'All tenants are considered; only the number leaves, no passwords or match results.',
  ),
  tenantsWithColumn(
    'tenantClientCredentialsLambdaEnabled',
    'tenants',
    'client_credentials_access_token_populate_lambdas_id',
    OLDEST_KNOWN,
    'Counts tenants that run a lambda to customise access tokens issued by the ' +
      'client-credentials grant. Only the number of tenants leaves, not the lambda or its code.',
  ),
  countStat({
    key: 'tenantCustomAdminUserForm',
    category: 'tenants',
    definition:
      'Counts tenants whose admin user form is not one of the stock forms (those whose name ' +
      'ends in "provided by FusionAuth"). Only the number leaves, not the form or its fields.',
    sinceVersion: OLDEST_KNOWN,
    sql:
      'SELECT count(*) AS value FROM tenants t WHERE t.admin_user_forms_id NOT IN ' +
      "(SELECT f.id FROM forms f WHERE f.name LIKE '%provided by FusionAuth')",
    sources: [
      { table: 'tenants', columns: ['admin_user_forms_id'] },
      { table: 'forms', columns: ['id', 'name'] },
    ],
  }),
  countStat({
    key: 'tenantCustomConnectors',
    category: 'tenants',
    definition:
      'Counts connector policies (tenant-to-connector links) that use a connector other than ' +
      'the built-in FusionAuth one. It counts policy rows, not tenants, so one tenant with two ' +
      'such connectors counts twice. No connector names, URLs or domains leave.',
    sinceVersion: OLDEST_KNOWN,
    sql:
      'SELECT count(*) AS value FROM connectors_tenants ct ' +
      `WHERE ct.connectors_id <> ${quoteLiteral(DEFAULT_CONNECTOR_ID)}`,
    sources: [{ table: 'connectors_tenants', columns: ['connectors_id'] }],
  }),
  tenantsWhere(
    'tenantCustomThemeUsed',
    'tenants',
    `t.themes_id <> ${quoteLiteral(DEFAULT_THEME_ID)}`,
    ['themes_id'],
    OLDEST_KNOWN,
    'Counts tenants that use a theme other than the stock FusionAuth theme (the stock ' +
      '"simple" theme counts as other). Only the number leaves, not the theme or its content.',
  ),
  tenantsWithSetting(
    'tenantEmailMfaEnabled',
    'MFA',
    ['multiFactorConfiguration', 'email', 'enabled'],
    'true',
    'Counts tenants that allow email as a multi-factor method. All tenants are considered; ' +
      'it does not say how many users actually use it.',
  ),
  tenantsWithSetting(
    'tenantFamilyEnabledTemplate',
    'tenants',
    ['familyConfiguration', 'enabled'],
    'true',
    'Counts tenants that have the family feature (parent and child accounts) turned on. ' +
      'Despite its name this stat has nothing to do with a template. Only the number leaves.',
  ),
  countStat({
    key: 'tenantLoggedInApplicationsUsingSimpleThemesFromTenant',
    category: 'tenants',
    definition:
      'Counts applications that have no theme of their own and so inherit their tenant theme, ' +
      'where that tenant theme is a "simple" theme. Only active applications logged into in ' +
      'the last 7 days are counted; the result is a number of applications, not of tenants.',
    sinceVersion: OLDEST_KNOWN,
    sql:
      'SELECT count(*) AS value FROM tenants t JOIN applications a ON a.tenants_id = t.id ' +
      `WHERE t.themes_id IN (${simpleThemeIds}) AND a.themes_id IS NULL ` +
      `AND ${activeAndLoggedIn('a')}`,
    usesCutoff: true,
    activityFilter: 'active-and-logged-in',
    sources: [
      { table: 'tenants', columns: ['id', 'themes_id'] },
      { table: 'applications', columns: ['id', 'tenants_id', 'themes_id', 'active'] },
      { table: 'themes', columns: ['id', 'data'] },
      { table: 'application_daily_active_users', columns: ['applications_id', 'day'] },
    ],
  }),
  tenantsWithColumn(
    'tenantMfaLambdasConfigured',
    'MFA',
    'multi_factor_requirement_lambdas_id',
    MFA_REQUIREMENT_LAMBDAS,
    'Counts tenants that run a lambda to decide when multi-factor authentication is ' +
      'required. Only the number of tenants leaves, not the lambda or its code.',
  ),
  countStat({
    key: 'tenantNumber',
    category: 'tenants',
    definition: 'Counts all tenants, used or not. Tenant names and settings do not leave.',
    sinceVersion: OLDEST_KNOWN,
    sql: 'SELECT count(*) AS value FROM tenants',
    sources: [{ table: 'tenants', columns: [] }],
  }),
  tenantsWithColumn(
    'tenantMultiFactorSmsMessageTemplate',
    'tenants',
    'multi_factor_sms_message_templates_id',
    OLDEST_KNOWN,
    'Counts tenants that have chosen an SMS message template for sending multi-factor (MFA) ' +
      `one-time codes by text message. ${TEMPLATE_NOTE}`,
  ),
  tenantsWithColumn(
    'tenantPhoneConfigurationMessengers',
    'tenants',
    'phone_configuration_messengers_id',
    PHONE_IDENTITIES,
    'Counts tenants that have chosen a messenger (an SMS or other message provider) for ' +
      'phone-number messages. Only the number leaves, not the provider or its credentials.',
  ),
  tenantsWithSetting(
    'tenantSmsMfaEnabled',
    'MFA',
    ['multiFactorConfiguration', 'sms', 'enabled'],
    'true',
    'Counts tenants that allow SMS text messages as a multi-factor method. All tenants are ' +
      'considered; it does not say how many users actually use it.',
  ),
  countStat({
    key: 'tenantSsoSessionBootstrapEnabled',
    category: 'tenants',
    definition:
      'Counts tenants that allow an SSO session to be started from an access token, counting ' +
      'only tenants with at least one active application (login activity is not checked). ' +
      'Each tenant counts once, however many applications it has.',
    sinceVersion: OLDEST_KNOWN,
    sql:
      'SELECT count(DISTINCT t.id) AS value FROM tenants t ' +
      'JOIN applications a ON a.tenants_id = t.id WHERE a.active = TRUE AND ' +
      `${jsonText('t.data', ['ssoConfiguration', 'allowAccessTokenBootstrap'])} = 'true'`,
    activityFilter: 'tenant-has-active-application',
    sources: [
      { table: 'tenants', columns: ['id', 'data'] },
      { table: 'applications', columns: ['tenants_id', 'active'] },
    ],
  }),
  tenantsWithSetting(
    'tenantTotpMfaEnabled',
    'MFA',
    ['multiFactorConfiguration', 'authenticator', 'enabled'],
    'true',
    'Counts tenants that allow authenticator apps (time-based one-time codes, TOTP) as a ' +
      'multi-factor method. It does not say how many users actually use it.',
  ),
  tenantsWithSetting(
    'tenantWebauthnEnabled',
    'tenants',
    ['webAuthnConfiguration', 'enabled'],
    'true',
    'Counts tenants that have WebAuthn (passkeys and security keys) turned on. All tenants ' +
      'are considered; no credentials or user counts leave.',
  ),
  tenantsWithSetting(
    'scimEnabled',
    'tenants',
    ['scimServerConfiguration', 'enabled'],
    'true',
    'Counts tenants that have the SCIM server turned on, so that other systems can provision ' +
      'users and groups into them. Only the number of tenants leaves.',
  ),
  ...mfaPolicyMetrics,
  ...emailTemplateMetrics,
  ...phoneTemplateMetrics,
].sort(byKey);
