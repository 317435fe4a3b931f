/**
 * The `application*` stats of collector.md (rows 3-70, except the three identity-provider
 * lists, which are in identity-providers.ts) and `universalApplicationNumber`.
 */
import {
  ADMIN_APPLICATION_ID,
  DEFAULT_THEME_ID,
  activeAndLoggedIn,
  jsonText,
  jsonValue,
  loggedInRecently,
  quoteLiteral,
} from './sql.ts';
import type { MetricDefinition, SourceTable, SqlMetric } from './types.ts';

/**
 * The first FusionAuth version whose schema has the columns a stat reads, from the schemas in
 * schema.md (1.17.0, 1.18.0 migration, 1.25.0, 1.42.0, 1.48.2, 1.51.0, 1.60.2, the 1.69.2
 * mapper SQL) and the release notes in fusionauth.md. 1.17.0 is the oldest schema seen, so it
 * stands for "1.17.0 or earlier"; a stat that only reads JSON in `data` gets the version of its
 * columns, not of the JSON setting.
 */
const SINCE = {
  /** In the 1.17.0 base schema (the oldest seen). */
  oldestSchema: '1.17.0',
  /** In the 1.25.0 dump, not in 1.17.0. */
  firstApplicationEmailTemplates: '1.25.0',
  /** In the 1.42.0 dump, not in 1.25.0: most email templates, themes_id, account form. */
  applicationEmailTemplatesAndTheme: '1.42.0',
  /** In the 1.48.2 dump, not in 1.42.0. */
  registrationValidationLambda: '1.48.0',
  /** OAuth scopes and the UserInfo lambda shipped in 1.50.0 (in 1.51.0, not in 1.48.2). */
  scopesAndUserinfoLambda: '1.50.0',
  /** Universal applications and the Tenant Manager shipped in 1.58.0 (release notes). */
  universalAndTenantManager: '1.58.0',
  /** Phone numbers became identities in 1.59.0, with the phone_configuration_* columns. */
  phoneTemplates: '1.59.0',
  /** Read by the 1.69.2 collector, absent from the 1.60.2 schema. */
  newest: '1.69.0',
} as const;

const RECENT =
  'Only active applications that had at least one login in the 7 days before collection ' +
  'are counted.';

const COUNT_ONLY = 'A count only; no names, ids or configuration values leave the server.';

const MAU_ONLY =
  "One number from FusionAuth's own monthly aggregates; no user names, ids or application " +
  'names leave the server.';

const DAILY_ACTIVE: SourceTable = {
  table: 'application_daily_active_users',
  columns: ['applications_id', 'day'],
};

const MONTHLY_ACTIVE: SourceTable = {
  table: 'application_monthly_active_users',
  columns: ['applications_id', 'count', 'month'],
};

/** SQL lines joined with newlines, so the reviewer sees one clause per line. */
function sqlText(...lines: string[]): string {
  return lines.join('\n');
}

function applicationColumns(...columns: string[]): SourceTable {
  return { table: 'applications', columns: [...new Set(['id', 'active', ...columns])] };
}

interface RecentCount {
  key: string;
  /** The first sentence: what is counted. The filter and privacy sentences are appended. */
  counts: string;
  /** A condition on the applications row `a`. */
  condition: string;
  /** The applications columns the condition reads. */
  columns: string[];
  /** Other tables the condition reads (in a sub-select). */
  otherSources?: SourceTable[];
  sinceVersion: string;
}

/** A count of applications that pass the AF filter and meet one condition. */
function recentApplicationCount(entry: RecentCount): SqlMetric {
  return {
    key: entry.key,
    category: 'applications',
    definition: `${entry.counts} ${RECENT} ${COUNT_ONLY}`,
    valueKind: 'count',
    origin: 'database',
    activityFilter: 'active-and-logged-in',
    resultShape: 'scalar',
    sinceVersion: entry.sinceVersion,
    variants: [
      {
        sql: sqlText(
          'SELECT count(*) AS value',
          'FROM applications a',
          `WHERE ${entry.condition}`,
          `  AND ${activeAndLoggedIn('a')}`,
        ),
        usesCutoff: true,
        sources: [
          applicationColumns(...entry.columns),
          DAILY_ACTIVE,
          ...(entry.otherSources ?? []),
        ],
      },
    ],
  };
}

/** AF applications whose foreign-key column (a lambda, a template, a form) is set. */
function columnSet(key: string, column: string, sinceVersion: string, counts: string): SqlMetric {
  return recentApplicationCount({
    key,
    counts,
    condition: `a.${column} IS NOT NULL`,
    columns: [column],
    sinceVersion,
  });
}

/** AF applications whose JSON text at `path` in `data` equals `expected`. */
function dataEquals(key: string, path: string[], expected: string, counts: string): SqlMetric {
  return recentApplicationCount({
    key,
    counts,
    condition: `${jsonText('a.data', path)} = ${quoteLiteral(expected)}`,
    columns: ['data'],
    sinceVersion: SINCE.oldestSchema,
  });
}

/** AF applications with self-service registration of one type enabled, plus extra tests. */
function registrationEnabled(
  key: string,
  type: 'basic' | 'advanced',
  counts: string,
  ...extra: string[]
): SqlMetric {
  const conditions = [
    `${jsonText('a.data', ['registrationConfiguration', 'type'])} = ${quoteLiteral(type)}`,
    `${jsonText('a.data', ['registrationConfiguration', 'enabled'])} = 'true'`,
    ...extra,
  ];

  return recentApplicationCount({
    key,
    counts,
    condition: conditions.join('\n  AND '),
    columns: ['data'],
    sinceVersion: SINCE.oldestSchema,
  });
}

/** AF applications whose multi-factor login policy is one value. */
function mfaPolicyIs(key: string, policy: string, counts: string): SqlMetric {
  return dataEquals(key, ['multiFactorConfiguration', 'loginPolicy'], policy, counts);
}

/** AF applications that set one of their own email templates. */
function emailTemplate(key: string, column: string, since: string, email: string): SqlMetric {
  return columnSet(key, column, since, `Number of applications that set their own ${email}.`);
}

/** AF applications that set one of their own phone (SMS) message templates. */
function phoneTemplate(key: string, column: string, message: string): SqlMetric {
  return columnSet(
    key,
    column,
    SINCE.phoneTemplates,
    `Number of applications that set their own phone message template for ${message}.`,
  );
}

/** AF applications that run a lambda of one kind. */
function lambdaSet(key: string, column: string, since: string, purpose: string): SqlMetric {
  return columnSet(key, column, since, `Number of applications that run a lambda ${purpose}.`);
}

/** Custom OAuth scopes of AF applications whose `required` flag is the given text. */
function scopeCount(key: string, required: 'true' | 'false', counts: string): SqlMetric {
  return {
    key,
    category: 'applications',
    definition:
      `${counts} Only scopes of active applications that had at least one login in the 7 ` +
      'days before collection are counted. A count only; no scope names, descriptions or ' +
      'ids leave the server.',
    valueKind: 'count',
    origin: 'database',
    activityFilter: 'active-and-logged-in',
    resultShape: 'scalar',
    sinceVersion: SINCE.scopesAndUserinfoLambda,
    variants: [
      {
        sql: sqlText(
          'SELECT count(*) AS value',
          'FROM application_oauth_scopes oas',
          'JOIN applications a ON oas.applications_id = a.id',
          `WHERE ${jsonText('oas.data', ['required'])} = ${quoteLiteral(required)}`,
          `  AND ${activeAndLoggedIn('a')}`,
        ),
        usesCutoff: true,
        sources: [
          { table: 'application_oauth_scopes', columns: ['applications_id', 'data'] },
          applicationColumns(),
          DAILY_ACTIVE,
        ],
      },
    ],
  };
}

const adminMonthlyActiveUsers: SqlMetric = {
  key: 'applicationAdminMonthlyActiveUsers',
  category: 'applications',
  definition:
    'The monthly active users of the FusionAuth admin application in the newest month ' +
    'recorded for it, which need not be the current month; left out when there is no such ' +
    `row. No activity filter applies. ${MAU_ONLY}`,
  valueKind: 'integer',
  origin: 'database',
  activityFilter: 'none',
  resultShape: 'scalar',
  sinceVersion: SINCE.oldestSchema,
  variants: [
    {
      sql: sqlText(
        'SELECT m.count AS value',
        'FROM application_monthly_active_users m',
        `WHERE m.applications_id = ${quoteLiteral(ADMIN_APPLICATION_ID)}`,
        'ORDER BY m.month DESC',
        'LIMIT 1',
      ),
      usesCutoff: false,
      sources: [MONTHLY_ACTIVE],
    },
  ],
};

const otherMonthlyActiveUsers: SqlMetric = {
  key: 'applicationOtherMonthlyActiveUsers',
  category: 'applications',
  definition:
    'The monthly active users of the single biggest application other than the FusionAuth ' +
    'admin and Tenant Manager applications, in the newest month recorded for those ' +
    'applications: a maximum, not a sum, and left out when there are no such rows. No ' +
    `activity filter applies. ${MAU_ONLY}`,
  valueKind: 'integer',
  origin: 'database',
  activityFilter: 'none',
  resultShape: 'scalar',
  sinceVersion: SINCE.universalAndTenantManager,
  variants: [
    {
      sql: sqlText(
        'SELECT max(m.count) AS value',
        'FROM application_monthly_active_users m',
        `WHERE m.applications_id <> ${quoteLiteral(ADMIN_APPLICATION_ID)}`,
        '  AND m.applications_id NOT IN (SELECT i.tenant_manager_applications_id FROM instance i)',
        'GROUP BY m.month',
        'ORDER BY m.month DESC',
        'LIMIT 1',
      ),
      usesCutoff: false,
      sources: [MONTHLY_ACTIVE, { table: 'instance', columns: ['tenant_manager_applications_id'] }],
    },
  ],
};

const tenantManagerMonthlyActiveUsers: SqlMetric = {
  key: 'applicationTenantManagerMonthlyActiveUsers',
  category: 'applications',
  definition:
    'The monthly active users of the Tenant Manager application in the newest month ' +
    'recorded for it, which need not be the current month; left out when there is no such ' +
    `row. No activity filter applies. ${MAU_ONLY}`,
  valueKind: 'integer',
  origin: 'database',
  activityFilter: 'none',
  resultShape: 'scalar',
  sinceVersion: SINCE.universalAndTenantManager,
  variants: [
    {
      sql: sqlText(
        'SELECT m.count AS value',
        'FROM application_monthly_active_users m',
        'WHERE m.applications_id IN (SELECT i.tenant_manager_applications_id FROM instance i)',
        'ORDER BY m.month DESC',
        'LIMIT 1',
      ),
      usesCutoff: false,
      sources: [MONTHLY_ACTIVE, { table: 'instance', columns: ['tenant_manager_applications_id'] }],
    },
  ],
};

const preVerifiedRegistration: SqlMetric = {
  key: 'applicationAdvancedSelfServiceRegistrationPreVerified',
  category: 'applications',
  definition:
    'Number of distinct registration forms, chosen as the advanced registration form of an ' +
    'application, that contain an email or phone verification step (an application whose ' +
    'stored form id is not a valid UUID makes the stat fail, as in FusionAuth). Only ' +
    'applications with at least one login in the 7 days before collection count; unlike the ' +
    'other application stats, inactive ones are not excluded, and whether registration is ' +
    'enabled is not checked. A count only; no form names, ids or fields leave the server.',
  valueKind: 'count',
  origin: 'database',
  activityFilter: 'logged-in-only',
  resultShape: 'scalar',
  sinceVersion: SINCE.newest,
  variants: [
    {
      sql: sqlText(
        'SELECT count(DISTINCT f.id) AS value',
        'FROM forms f',
        'JOIN form_steps fs ON fs.forms_id = f.id',
        'JOIN applications a',
        `  ON f.id = (${jsonText('a.data', ['registrationConfiguration', 'formId'])})::UUID`,
        'WHERE f.type = 0',
        '  AND fs.type IN (1, 2)',
        `  AND ${loggedInRecently('a')}`,
      ),
      usesCutoff: true,
      sources: [
        { table: 'forms', columns: ['id', 'type'] },
        { table: 'form_steps', columns: ['forms_id', 'type'] },
        { table: 'applications', columns: ['id', 'data'] },
        DAILY_ACTIVE,
      ],
    },
  ],
};

const activeRoleNumber: SqlMetric = {
  key: 'applicationActiveRoleNumber',
  category: 'applications',
  definition:
    'Number of roles defined in applications that are active and had at least one login in ' +
    'the 7 days before collection. A count only; no role names, ids or assignments leave the ' +
    'server.',
  valueKind: 'count',
  origin: 'database',
  activityFilter: 'active-and-logged-in',
  resultShape: 'scalar',
  sinceVersion: SINCE.oldestSchema,
  variants: [
    {
      sql: sqlText(
        'SELECT count(*) AS value',
        'FROM application_roles r',
        'JOIN applications a ON r.applications_id = a.id',
        `WHERE ${activeAndLoggedIn('a')}`,
      ),
      usesCutoff: true,
      sources: [
        { table: 'application_roles', columns: ['applications_id'] },
        applicationColumns(),
        DAILY_ACTIVE,
      ],
    },
  ],
};

const activeLoggedIntoNumber: SqlMetric = {
  key: 'applicationActiveLoggedIntoNumber',
  category: 'applications',
  definition:
    'Number of active applications that had at least one login in the 7 days before ' +
    `collection. ${COUNT_ONLY}`,
  valueKind: 'count',
  origin: 'database',
  activityFilter: 'active-and-logged-in',
  resultShape: 'scalar',
  sinceVersion: SINCE.oldestSchema,
  variants: [
    {
      sql: sqlText(
        'SELECT count(*) AS value',
        'FROM applications a',
        `WHERE ${activeAndLoggedIn('a')}`,
      ),
      usesCutoff: true,
      sources: [applicationColumns(), DAILY_ACTIVE],
    },
  ],
};

/** A count of all applications, or of those meeting one condition, without activity filter. */
function applicationCount(
  key: string,
  definition: string,
  condition: { where: string; column: string } | null,
  sinceVersion: string,
): SqlMetric {
  return {
    key,
    category: 'applications',
    definition: `${definition} ${COUNT_ONLY}`,
    valueKind: 'count',
    origin: 'database',
    activityFilter: 'none',
    resultShape: 'scalar',
    sinceVersion,
    variants: [
      {
        sql: sqlText(
          'SELECT count(*) AS value',
          'FROM applications a',
          ...(condition === null ? [] : [`WHERE ${condition.where}`]),
        ),
        usesCutoff: false,
        sources: [{ table: 'applications', columns: condition === null ? [] : [condition.column] }],
      },
    ],
  };
}

export const applicationMetrics: MetricDefinition[] = [
  lambdaSet(
    'applicationAccessTokenPopulateLambda',
    'access_token_populate_lambdas_id',
    SINCE.oldestSchema,
    'to add or change claims in the access tokens they issue',
  ),
  activeLoggedIntoNumber,
  applicationCount(
    'applicationActiveNumber',
    'Number of applications marked active; whether anyone logged into them is not checked.',
    { where: 'a.active = TRUE', column: 'active' },
    SINCE.oldestSchema,
  ),
  activeRoleNumber,
  dataEquals(
    'applicationActsAsSamlv2Idp',
    ['samlv2Configuration', 'enabled'],
    'true',
    'Number of applications with SAML v2 enabled, so that FusionAuth acts as the SAML ' +
      'identity provider for them.',
  ),
  adminMonthlyActiveUsers,
  registrationEnabled(
    'applicationAdvancedSelfServiceRegistrationEnabled',
    'advanced',
    'Number of applications with self-service registration enabled using an advanced ' +
      '(custom form) registration.',
  ),
  preVerifiedRegistration,
  registrationEnabled(
    'applicationBasicSelfServicePhoneRegistrationEnabled',
    'basic',
    'Number of applications with basic self-service registration enabled where users sign ' +
      'up with a phone number as their login id.',
    `${jsonText('a.data', ['registrationConfiguration', 'loginIdType'])} = 'phoneNumber'`,
  ),
  registrationEnabled(
    'applicationBasicSelfServiceRegistrationEnabled',
    'basic',
    'Number of applications with basic self-service registration enabled, including those ' +
      'where users sign up with a phone number.',
  ),
  columnSet(
    'applicationCustomSelfServiceAccountForm',
    'self_service_user_forms_id',
    SINCE.applicationEmailTemplatesAndTheme,
    'Number of applications that use a custom form for the self-service account pages.',
  ),
  recentApplicationCount({
    key: 'applicationCustomThemeUsed',
    counts:
      'Number of applications that choose a theme of their own other than the stock ' +
      "FusionAuth theme (applications without one use their tenant's theme).",
    condition: `a.themes_id IS NOT NULL AND a.themes_id <> ${quoteLiteral(DEFAULT_THEME_ID)}`,
    columns: ['themes_id'],
    sinceVersion: SINCE.applicationEmailTemplatesAndTheme,
  }),
  emailTemplate(
    'applicationEmailUpdateTemplate',
    'email_update_email_templates_id',
    SINCE.applicationEmailTemplatesAndTheme,
    "email template for the notice sent when a user's email address is changed",
  ),
  emailTemplate(
    'applicationEmailVerificationTemplate',
    'email_verification_email_templates_id',
    SINCE.firstApplicationEmailTemplates,
    'email template for the email asking users to verify their email address',
  ),
  emailTemplate(
    'applicationEmailVerifiedTemplate',
    'email_verified_email_templates_id',
    SINCE.applicationEmailTemplatesAndTheme,
    'email template for the email confirming that an email address has been verified',
  ),
  phoneTemplate(
    'applicationForgotPasswordPhoneTemplate',
    'phone_configuration_forgot_password_templates_id',
    'forgot-password (password reset) messages',
  ),
  emailTemplate(
    'applicationForgotPasswordTemplate',
    'forgot_password_email_templates_id',
    SINCE.firstApplicationEmailTemplates,
    'email template for forgot-password (password reset) emails',
  ),
  lambdaSet(
    'applicationIdTokenPopulateLambda',
    'id_token_populate_lambdas_id',
    SINCE.oldestSchema,
    'to add or change claims in the OpenID Connect id tokens they issue',
  ),
  phoneTemplate(
    'applicationIdentityUpdatePhoneTemplate',
    'phone_configuration_identity_update_templates_id',
    "the notice sent when one of a user's login identities (email or phone number) changes",
  ),
  recentApplicationCount({
    key: 'applicationLoggedInApplicationsUsingSimpleThemes',
    counts:
      'Number of applications whose own theme is a "simple" theme (theme type simple, such ' +
      'as the stock FusionAuth - Simple theme).',
    condition:
      'a.themes_id IN (SELECT t.id FROM themes t ' +
      `WHERE ${jsonText('t.data', ['type'])} = 'simple')`,
    columns: ['themes_id'],
    otherSources: [{ table: 'themes', columns: ['id', 'data'] }],
    sinceVersion: SINCE.applicationEmailTemplatesAndTheme,
  }),
  dataEquals(
    'applicationLoginApiAuthenticationDisabled',
    ['loginConfiguration', 'requireAuthentication'],
    'false',
    'Number of applications that allow the Login API to be called without an API key ' +
      '(applications where the setting is missing are not counted).',
  ),
  dataEquals(
    'applicationLoginApiRefreshTokensEnabled',
    ['loginConfiguration', 'generateRefreshTokens'],
    'true',
    'Number of applications whose Login API hands out refresh tokens.',
  ),
  phoneTemplate(
    'applicationLoginIdInUseOnCreatePhoneTemplate',
    'phone_configuration_login_id_in_use_on_create_templates_id',
    'the notice sent when someone tries to sign up with a login id that is already in use',
  ),
  emailTemplate(
    'applicationLoginIdInUseOnCreateTemplate',
    'login_id_in_use_on_create_email_templates_id',
    SINCE.applicationEmailTemplatesAndTheme,
    'email template for the notice sent when someone tries to sign up with a login id that ' +
      'is already in use',
  ),
  phoneTemplate(
    'applicationLoginIdInUseOnUpdatePhoneTemplate',
    'phone_configuration_login_id_in_use_on_update_templates_id',
    'the notice sent when a user tries to change to a login id that is already in use',
  ),
  emailTemplate(
    'applicationLoginIdInUseOnUpdateTemplate',
    'login_id_in_use_on_update_email_templates_id',
    SINCE.applicationEmailTemplatesAndTheme,
    'email template for the notice sent when a user tries to change to a login id that is ' +
      'already in use',
  ),
  emailTemplate(
    'applicationLoginNewDevice',
    'login_new_device_email_templates_id',
    SINCE.applicationEmailTemplatesAndTheme,
    "email template for the login-from-a-new-device notice (despite the key's name, this " +
      'counts an email template setting, not logins or devices)',
  ),
  phoneTemplate(
    'applicationLoginNewDevicePhoneTemplate',
    'phone_configuration_login_new_device_templates_id',
    'the login-from-a-new-device notice',
  ),
  emailTemplate(
    'applicationLoginSuspiciousEmailTemplate',
    'login_suspicious_email_templates_id',
    SINCE.applicationEmailTemplatesAndTheme,
    'email template for the suspicious-login notice',
  ),
  phoneTemplate(
    'applicationLoginSuspiciousPhoneTemplate',
    'phone_configuration_login_suspicious_templates_id',
    'the suspicious-login notice',
  ),
  dataEquals(
    'applicationMagicLinks',
    ['passwordlessConfiguration', 'enabled'],
    'true',
    'Number of applications with passwordless (magic link) login enabled.',
  ),
  lambdaSet(
    'applicationMfaLambdasConfigured',
    'multi_factor_requirement_lambdas_id',
    SINCE.newest,
    'to decide when a login needs multi-factor authentication',
  ),
  recentApplicationCount({
    key: 'applicationMfaPolicy',
    counts:
      'Number of applications that set a multi-factor login policy of their own, whatever ' +
      'its value (an explicit null counts too; only a missing setting does not).',
    condition: `${jsonValue('a.data', ['multiFactorConfiguration', 'loginPolicy'])} IS NOT NULL`,
    columns: ['data'],
    sinceVersion: SINCE.oldestSchema,
  }),
  mfaPolicyIs(
    'applicationMfaPolicyChallengeOnHighRisk',
    'ChallengeOnHighRisk',
    'Number of applications whose multi-factor login policy asks for a second factor only ' +
      'when a login is rated high risk (ChallengeOnHighRisk).',
  ),
  mfaPolicyIs(
    'applicationMfaPolicyChallengeOnMediumRisk',
    'ChallengeOnMediumRisk',
    'Number of applications whose multi-factor login policy asks for a second factor when a ' +
      'login is rated medium risk or higher (ChallengeOnMediumRisk).',
  ),
  mfaPolicyIs(
    'applicationMfaPolicyDisabled',
    'Disabled',
    'Number of applications whose multi-factor login policy turns second-factor challenges ' +
      'off at login (Disabled).',
  ),
  mfaPolicyIs(
    'applicationMfaPolicyEnabled',
    'Enabled',
    'Number of applications whose multi-factor login policy challenges users who have a ' +
      'second factor set up (Enabled).',
  ),
  mfaPolicyIs(
    'applicationMfaPolicyRequired',
    'Required',
    'Number of applications whose multi-factor login policy requires a second factor for ' +
      'every login (Required).',
  ),
  emailTemplate(
    'applicationMultiFactorEmailMessageTemplate',
    'multi_factor_email_message_templates_id',
    SINCE.applicationEmailTemplatesAndTheme,
    'email template for the email that carries a multi-factor code',
  ),
  columnSet(
    'applicationMultiFactorSmsMessageTemplate',
    'multi_factor_sms_message_templates_id',
    SINCE.applicationEmailTemplatesAndTheme,
    'Number of applications that set their own SMS message template for the text message ' +
      'that carries a multi-factor code.',
  ),
  applicationCount(
    'applicationNumber',
    'Number of applications in the instance, including inactive ones, the FusionAuth admin ' +
      'application and the Tenant Manager application; no activity filter applies.',
    null,
    SINCE.oldestSchema,
  ),
  scopeCount(
    'applicationOptionalScopes',
    'false',
    'Number of custom OAuth scopes marked optional (not required) for users to consent to; ' +
      'scopes with no required setting are counted neither here nor as required.',
  ),
  otherMonthlyActiveUsers,
  phoneTemplate(
    'applicationPasswordResetSuccessPhoneTemplate',
    'phone_configuration_password_reset_success_templates_id',
    'the notice confirming a successful password reset',
  ),
  emailTemplate(
    'applicationPasswordResetSuccessTemplate',
    'password_reset_success_email_templates_id',
    SINCE.applicationEmailTemplatesAndTheme,
    'email template for the notice confirming a successful password reset',
  ),
  phoneTemplate(
    'applicationPasswordUpdatePhoneTemplate',
    'phone_configuration_password_update_templates_id',
    "the notice sent when a user's password is changed",
  ),
  emailTemplate(
    'applicationPasswordUpdateTemplate',
    'password_update_email_templates_id',
    SINCE.applicationEmailTemplatesAndTheme,
    "email template for the notice sent when a user's password is changed",
  ),
  phoneTemplate(
    'applicationPasswordlessPhoneTemplate',
    'phone_configuration_passwordless_templates_id',
    'passwordless login codes and links',
  ),
  emailTemplate(
    'applicationPasswordlessTemplate',
    'passwordless_email_templates_id',
    SINCE.firstApplicationEmailTemplates,
    'email template for passwordless login (magic link) emails',
  ),
  recentApplicationCount({
    key: 'applicationRefreshTokenGracePeriodEnabled',
    counts:
      'Number of applications whose one-time-use refresh tokens have a grace period of more ' +
      'than zero seconds (a stored value that is not a whole number makes the stat fail, as ' +
      'in FusionAuth).',
    condition: `(${jsonText('a.data', [
      'jwtConfiguration',
      'refreshTokenOneTimeUseConfiguration',
      'gracePeriodInSeconds',
    ])})::INT > 0`,
    columns: ['data'],
    sinceVersion: SINCE.oldestSchema,
  }),
  scopeCount(
    'applicationRequiredScopes',
    'true',
    'Number of custom OAuth scopes marked required, that users must consent to.',
  ),
  lambdaSet(
    'applicationSamlv2PopulateLambda',
    'samlv2_populate_lambdas_id',
    SINCE.oldestSchema,
    'to add or change attributes in the SAML v2 assertions they issue',
  ),
  lambdaSet(
    'applicationSelfServiceRegistrationValidationLambda',
    'self_service_registration_validation_lambdas_id',
    SINCE.registrationValidationLambda,
    'to validate what users enter in advanced self-service registration forms',
  ),
  phoneTemplate(
    'applicationSetPasswordPhoneTemplate',
    'phone_configuration_set_password_templates_id',
    'the message asking a user to set a password, for example on an account created for them',
  ),
  emailTemplate(
    'applicationSetPasswordTemplate',
    'set_password_email_templates_id',
    SINCE.firstApplicationEmailTemplates,
    'email template for the email asking a user to set a password, for example on an account ' +
      'created for them',
  ),
  tenantManagerMonthlyActiveUsers,
  dataEquals(
    'applicationThirdParty',
    ['oauthConfiguration', 'relationship'],
    'ThirdParty',
    'Number of applications marked as third-party OAuth clients.',
  ),
  phoneTemplate(
    'applicationTwoFactorMethodAddPhoneTemplate',
    'phone_configuration_two_factor_method_add_templates_id',
    "the notice sent when a multi-factor method is added to a user's account",
  ),
  emailTemplate(
    'applicationTwoFactorMethodAddTemplate',
    'two_factor_method_add_email_templates_id',
    SINCE.applicationEmailTemplatesAndTheme,
    "email template for the notice sent when a multi-factor method is added to a user's " +
      'account',
  ),
  phoneTemplate(
    'applicationTwoFactorMethodRemovePhoneTemplate',
    'phone_configuration_two_factor_method_remove_templates_id',
    "the notice sent when a multi-factor method is removed from a user's account",
  ),
  emailTemplate(
    'applicationTwoFactorMethodRemoveTemplate',
    'two_factor_method_remove_email_templates_id',
    SINCE.applicationEmailTemplatesAndTheme,
    "email template for the notice sent when a multi-factor method is removed from a user's " +
      'account',
  ),
  lambdaSet(
    'applicationUserinfoPopulateLambda',
    'userinfo_populate_lambdas_id',
    SINCE.scopesAndUserinfoLambda,
    'to add or change claims in the OpenID Connect UserInfo response',
  ),
  phoneTemplate(
    'applicationVerificationCompletePhoneTemplate',
    'phone_configuration_verification_complete_templates_id',
    'the message sent once a verification is complete',
  ),
  phoneTemplate(
    'applicationVerificationPhoneTemplate',
    'phone_configuration_verification_templates_id',
    'verification messages',
  ),
  emailTemplate(
    'applicationVerificationTemplate',
    'verification_email_templates_id',
    SINCE.oldestSchema,
    'email template for registration verification emails',
  ),
  applicationCount(
    'universalApplicationNumber',
    'Number of universal applications (applications available to every tenant, such as the ' +
      'Tenant Manager application); inactive ones count too, and no activity filter applies.',
    { where: 'a.universal = TRUE', column: 'universal' },
    SINCE.universalAndTenantManager,
  ),
];
