-- Demo data for the embedded demo database (`usage-inspector collect --demo`), loaded on top of
-- schema.sql. It describes a made-up company, Northwind, running FusionAuth 1.69.2: the tables
-- are FusionAuth's 1.60.2 layout plus the 1.69 additions the collector reads (see schema.sql).
--
-- Dates are relative to the moment the demo is created. load-demo.ts replaces these tokens
-- (all UTC) before running the file:
--   {{NOW_MS}}           epoch milliseconds
--   {{TODAY_EPOCH_DAY}}  epoch days (floor of ms / 86 400 000)
--   {{CURRENT_MONTH}}    (year - 1970) * 12 + (month - 1)
--   {{CURRENT_HOUR}}     epoch hours (floor of ms / 3 600 000)
-- Products of 86400000 are cast to bigint first: a day count above 24 would overflow integer.
--
-- What the demo shows, in short: 4 tenants, 11 applications (7 of them active and logged into
-- in the last 7 days; one inactive application with recent logins; one whose last login is
-- exactly 7 days ago, just outside the window; one not logged in for weeks; the Tenant manager,
-- never logged in, whose monthly-active stat is therefore left out of the payload), global and
-- tenant identity providers, webhooks, API keys, and a usage-stats history of one sent and one
-- pending payload.

INSERT INTO version (version) VALUES ('1.69.2');

-- First-time setup partly done: e-mail and the first application are configured, no API key
-- was created from the wizard and no license was activated.
INSERT INTO instance (id, activate_instant, data, license, license_id, setup_complete,
                      tenant_manager_applications_id) VALUES
  ('d3ce96ad-b36b-4514-8d32-a87440b102eb', NULL,
   '{"data":{},"firstTimeSetup":{"applicationId":"72fc7c10-1997-4c43-8744-93998b89d7e6",'
   '"complete":true,"emailConfigured":true,"licenseActivated":false}}',
   NULL, NULL, TRUE, '60a14b45-9d33-4119-afbd-87f9029a8151');

INSERT INTO system_configuration (data, insert_instant, last_update_instant, report_timezone)
VALUES
  ('{"auditLogConfiguration":{"delete":{"enabled":true,"numberOfDaysToRetain":90}},'
   '"corsConfiguration":{"allowCredentials":false,"debug":false,"enabled":false,'
   '"preflightMaxAgeInSeconds":0},"data":{},"eventLogConfiguration":{"numberToRetain":10000},'
   '"loginRecordConfiguration":{"delete":{"enabled":true,"numberOfDaysToRetain":365}},'
   '"trustedProxyConfiguration":{"trustPolicy":"All"},"uiConfiguration":{},'
   '"usageDataConfiguration":{"enabled":true,"numberOfDaysToRetain":366}}',
   {{NOW_MS}} - 86400000::bigint * 400, {{NOW_MS}} - 86400000::bigint * 12, 'America/Denver');

-- One node, checking in every few seconds, and the master record naming it.
INSERT INTO nodes (id, data, insert_instant, last_checkin_instant, runtime_mode, url) VALUES
  ('4afdbecf-2415-44d8-b886-e379df0658ca',
   '{"data":{},"ipAddresses":{"eth0":["192.0.2.10"]},'
   '"platform":{"arch":"amd64","name":"Linux","version":"6.8.0-45-generic"}}',
   {{NOW_MS}} - 86400000::bigint * 3, {{NOW_MS}} - 9000, 'production',
   'http://fusionauth.northwind.example.test:9011');

INSERT INTO master_record (id, instant) VALUES
  ('4afdbecf-2415-44d8-b886-e379df0658ca', {{NOW_MS}} - 9000);

-- The stats server's list, checked 3 hours ago (so the collector would run). It holds most of
-- the names the 1.69.2 collector knows, in the server's own order, minus a few, plus
-- organizationAdminTenantNumber, which this collector cannot produce.
INSERT INTO current_usage_stats (last_checked_instant, last_modified_instant, stats) VALUES
  ({{NOW_MS}} - 3 * 3600000, {{NOW_MS}} - 86400000::bigint * 44,
   'apiKeyExpiringEnabled,applicationTwoFactorMethodAddPhoneTemplate,'
   'tenantLoginSuspiciousPhoneTemplate,webhookUserCreateTransactional,'
   'applicationEmailUpdateTemplate,instanceCompanyPlan,tenantPasswordlessPhoneTemplate,'
   'webhookUserLoginNewDeviceTransactional,applicationLoginIdInUseOnCreateTemplate,'
   'instanceJavaVersion,tenantVerificationTemplate,webhookUserRegistrationCreateComplete,'
   'applicationMultiFactorEmailMessageTemplate,tenantBreachedPasswordDetection,'
   'webhookGroupMemberRemove,webhookUserTwoFactorSuccess,'
   'applicationSelfServiceRegistrationValidationLambda,tenantLoginIdInUseOnCreateTemplate,'
   'webhookKickstartSuccess,applicationAdvancedSelfServiceRegistrationPreVerified,'
   'atdIpAcls,tenantNumber,webhookUserIdentityProviderLink,'
   'applicationIdentityUpdatePhoneTemplate,instanceFirstTimeSetupProgress,'
   'tenantTwoFactorMethodAddTemplate,webhookUserPasswordResetSuccess,'
   'applicationMfaPolicyChallengeOnHighRisk,messengersTwilio,webhookGroupDeleteComplete,'
   'webhookUserRegistrationVerifiedTransactional,applicationPasswordlessPhoneTemplate,'
   'tenantForgotPasswordPhoneTemplate,webhookJwtPublicKeyUpdate,applicationActiveNumber,'
   'applicationUserinfoPopulateLambda,tenantMfaPolicyDisabled,webhookUserDeleteComplete,'
   'applicationEnabledIdentityProvidersWithLambdas,instanceDatabaseMaxLifetime,'
   'tenantSetPasswordTemplate,webhookUserLoginSuspiciousTransactional,'
   'applicationLoginSuspiciousEmailTemplate,instanceSearchType,webhookEventLogCreate,'
   'webhookUserRegistrationDeleteTransactional,applicationOtherMonthlyActiveUsers,'
   'tenantCustomThemeUsed,webhookGroupMemberUpdateComplete,organizationAdminTenantNumber,'
   'applicationThirdParty,tenantLoginSuspiciousEmailTemplate,webhookUserCreateComplete,'
   'applicationCustomThemeUsed,groupApplicationRoles,tenantPasswordUpdateTemplate,'
   'webhookUserLoginNewDevice,applicationLoginIdInUseOnCreatePhoneTemplate,'
   'instanceFusionauthSearchHostsCount,tenantVerificationPhoneTemplate,'
   'webhookUserRegistrationCreate,applicationMfaPolicyRequired,scimEnabled,'
   'webhookGroupMemberAddTransactional,webhookUserTwoFactorMethodRemove,'
   'applicationSamlv2PopulateLambda,tenantLoginIdInUseOnCreatePhoneTemplate,'
   'webhookJwtRefreshTransactional,applicationAdvancedSelfServiceRegistrationEnabled,'
   'atdCaptcha,tenantMultiFactorSmsMessageTemplate,webhookUserEmailVerifiedTransactional,'
   'applicationIdTokenPopulateLambda,instanceDatabaseVersion,'
   'tenantTwoFactorMethodAddPhoneTemplate,webhookUserPasswordResetStart,'
   'applicationMfaPolicy,messengersKafka,webhookGroupDelete,'
   'webhookUserRegistrationVerified,applicationPasswordUpdateTemplate,'
   'tenantFamilyEnabledTemplate,webhookGroupUpdateTransactional,'
   'applicationActiveLoggedIntoNumber,applicationTwoFactorMethodRemoveTemplate,'
   'tenantMfaPolicyChallengeOnMediumRisk,webhookUserDelete,'
   'applicationEnabledIdentityProviders,instanceDatabaseIdleTimeout,'
   'tenantSetPasswordPhoneTemplate,webhookUserLoginSuspicious,'
   'applicationLoginNewDevicePhoneTemplate,instanceProxyEnabled,webhookAuditLogCreate,'
   'webhookUserRegistrationDeleteComplete,applicationOptionalScopes,'
   'tenantCustomConnectors,webhookGroupMemberUpdate,webhookUserUpdateTransactional,'
   'applicationTenantManagerMonthlyActiveUsers,tenantLoginNewDeviceTemplate,'
   'webhookUserCreate,applicationCustomSelfServiceAccountForm,entitiesTypeNumber,'
   'tenantPasswordUpdatePhoneTemplate,webhookUserLoginFailedTransactional,'
   'applicationLoginApiRefreshTokensEnabled,instanceFusionauthAppMemory,'
   'tenantVerificationCompletePhoneTemplate,webhookUserReactivateTransactional,'
   'applicationMfaPolicyEnabled,mfaSuccess,webhookGroupMemberAddComplete,'
   'webhookUserTwoFactorMethodAdd,applicationRequiredScopes,'
   'tenantLoggedInApplicationsUsingSimpleThemesFromTenant,'
   'webhookJwtRefreshTokenRevokeTransactional,applicationAdminMonthlyActiveUsers,'
   'applicationVerificationTemplate,tenantMultiFactorEmailMessageTemplate,'
   'webhookUserEmailVerified,applicationForgotPasswordTemplate,'
   'instanceDatabaseMysqlEnforceUtf8mb4,tenantTotpMfaEnabled,webhookUserPasswordResetSend,'
   'applicationMfaLambdasConfigured,messengersGeneric,webhookGroupCreateTransactional,'
   'webhookUserRegistrationUpdateTransactional,applicationPasswordUpdatePhoneTemplate,'
   'tenantEmailVerifiedTemplate,webhookGroupUpdateComplete,'
   'applicationAccessTokenPopulateLambda,applicationTwoFactorMethodRemovePhoneTemplate,'
   'tenantMfaPolicyChallengeOnHighRisk,webhookUserDeactivateTransactional,'
   'applicationEmailVerifiedTemplate,instanceDatabaseConnectionTimeout,'
   'tenantPhoneConfigurationMessengers,webhookUserLoginSuccessTransactional,'
   'applicationLoginNewDevice,instanceNodes,universalApplicationNumber,'
   'webhookUserRegistrationDelete,applicationNumber,tenantCustomAdminUserForm,'
   'webhookGroupMemberRemoveTransactional,webhookUserUpdateComplete,'
   'applicationSetPasswordTemplate,tenantLoginNewDevicePhoneTemplate,'
   'webhookUserBulkCreate,applicationBasicSelfServiceRegistrationEnabled,'
   'entitiesPermissions,tenantPasswordResetSuccessTemplate,webhookUserLoginFailed,'
   'applicationLoginApiAuthenticationDisabled,instanceFusionauthAppLocalMetricsEnabled,'
   'tenantTwoFactorMethodRemoveTemplate,webhookUserReactivate,'
   'applicationMfaPolicyDisabled,mfaFailedAttempt,webhookGroupMemberAdd,'
   'webhookUserTwoFactorFailedAttempt,applicationRefreshTokenGracePeriodEnabled,'
   'tenantIdentityUpdatePhoneTemplate,webhookJwtRefreshTokenRevoke,'
   'applicationActsAsSamlv2Idp,applicationVerificationPhoneTemplate,'
   'tenantMfaPolicyRequired,webhookUserEmailUpdate,applicationForgotPasswordPhoneTemplate,'
   'instanceDatabaseMinimumIdle,tenantSsoSessionBootstrapEnabled,'
   'webhookUserPasswordBreachTransactional,applicationMagicLinks,integrationsKafkaEnabled,'
   'webhookGroupCreateComplete,webhookUserRegistrationUpdateComplete,'
   'applicationPasswordResetSuccessTemplate,tenantEmailUpdateTemplate,webhookGroupUpdate,'
   'apiKeyHashedEnabled,applicationTwoFactorMethodAddTemplate,tenantMfaLambdasConfigured,'
   'webhookUserDeactivate,applicationEmailVerificationTemplate,instanceDailyActiveUsers,'
   'tenantPasswordlessTemplate,webhookUserLoginSuccess,'
   'applicationLoginIdInUseOnUpdateTemplate,instanceLicenseType,tenantWebauthnEnabled,'
   'webhookUserRegistrationCreateTransactional,applicationMultiFactorSmsMessageTemplate,'
   'tenantClientCredentialsLambdaEnabled,webhookGroupMemberRemoveComplete,'
   'webhookUserUpdate,applicationSetPasswordPhoneTemplate,'
   'tenantLoginIdInUseOnUpdateTemplate,webhookUserAction,'
   'applicationBasicSelfServicePhoneRegistrationEnabled,atdRateLimiting,'
   'tenantPasswordResetSuccessPhoneTemplate,webhookUserIdentityProviderUnlink,'
   'applicationLoggedInApplicationsUsingSimpleThemes,instanceFusionauthAppHttpReadTimeout,'
   'tenantTwoFactorMethodRemovePhoneTemplate,webhookUserPasswordUpdate,'
   'applicationMfaPolicyChallengeOnMediumRisk,mfaChallenge,'
   'webhookGroupDeleteTransactional,webhookUserTwoFactorChallenge,'
   'applicationPasswordlessTemplate,tenantForgotPasswordTemplate,webhookJwtRefresh,'
   'applicationActiveRoleNumber,applicationVerificationCompletePhoneTemplate,'
   'tenantMfaPolicyEnabled,webhookUserDeleteTransactional,'
   'applicationEnabledTenantIdentityProviders,instanceDatabaseMaximumPoolSize,'
   'tenantSmsMfaEnabled,webhookUserPasswordBreach,applicationLoginSuspiciousPhoneTemplate,'
   'integrationsCleanspeakEnabled,webhookGroupCreate,webhookUserRegistrationUpdate,'
   'applicationPasswordResetSuccessPhoneTemplate,tenantEmailMfaEnabled,'
   'webhookGroupMemberUpdateTransactional');

-- ---------------------------------------------------------------------------------------------
-- Lambdas, templates, messengers, themes, forms, connectors
-- ---------------------------------------------------------------------------------------------

INSERT INTO lambdas (id, body, debug, engine_type, insert_instant, last_update_instant, name,
                     type) VALUES
  ('9e5ce008-28a7-400d-a5af-61d240a74efe',
   'function populate(jwt, user, registration) {\n  jwt.plan = user.data.plan || ''free'';\n}',
   FALSE, 'GraalJS', {{NOW_MS}} - 86400000::bigint * 300, {{NOW_MS}} - 86400000::bigint * 40,
   'Store access token claims', 0),
  ('3c172733-df79-4251-aebf-34de01725ecf',
   'function populate(jwt, user, registration) {\n  jwt.roles = registration.roles;\n}',
   FALSE, 'GraalJS', {{NOW_MS}} - 86400000::bigint * 300, {{NOW_MS}} - 86400000::bigint * 300,
   'ID token roles', 0),
  ('fde9234c-4aec-42fe-8152-d44eca31f24c',
   'function populate(samlResponse, user, registration) {\n'
   '  samlResponse.assertion.attributes.company = [user.data.company];\n}',
   FALSE, 'GraalJS', {{NOW_MS}} - 86400000::bigint * 200, {{NOW_MS}} - 86400000::bigint * 200,
   'Partner SAML attributes', 3),
  ('38e5e995-24a4-4b0a-a973-5a78dc031280',
   'function validate(result, user, registration, context) {\n'
   '  if (!user.data.company) {\n    result.errors.push(''company is required'');\n  }\n}',
   FALSE, 'GraalJS', {{NOW_MS}} - 86400000::bigint * 200, {{NOW_MS}} - 86400000::bigint * 15,
   'Partner registration validation', 23),
  ('d5078f88-76bc-4fc3-b17e-e74df9067e8c',
   'function populate(userInfo, user, registration, jwt) {\n  userInfo.tier = user.data.tier;\n}',
   TRUE, 'GraalJS', {{NOW_MS}} - 86400000::bigint * 90, {{NOW_MS}} - 86400000::bigint * 90,
   'Insights userinfo', 24),
  ('8b93a9a8-2ee4-4542-8ae3-b9bbb2656b5a',
   'function checkRequired(result, user, registration, context) {\n'
   '  result.required = context.authenticationThreats.length > 0;\n}',
   FALSE, 'GraalJS', {{NOW_MS}} - 86400000::bigint * 30, {{NOW_MS}} - 86400000::bigint * 30,
   'Step-up on threats', 27),
  ('ff916f14-8c61-4959-b9cc-138852108ec2',
   'function reconcile(user, registration, idToken) {\n  user.imageUrl = idToken.picture;\n}',
   FALSE, 'GraalJS', {{NOW_MS}} - 86400000::bigint * 380, {{NOW_MS}} - 86400000::bigint * 380,
   'Google reconcile', 7),
  ('7f74f4f0-2cb8-4660-a0b0-e76fc8073e9b',
   'function reconcile(user, registration, jwt, id_token, tokens) {\n'
   '  user.data.company = jwt.tid;\n}',
   FALSE, 'GraalJS', {{NOW_MS}} - 86400000::bigint * 150, {{NOW_MS}} - 86400000::bigint * 150,
   'Partner Entra reconcile', 1),
  ('1a74beda-d39d-4c9e-82c4-d6687b0c1b52',
   'function populate(jwt, recipientEntity, targetEntities, permissions) {\n'
   '  jwt.service = recipientEntity.name;\n}',
   FALSE, 'GraalJS', {{NOW_MS}} - 86400000::bigint * 120, {{NOW_MS}} - 86400000::bigint * 120,
   'Service token claims', 18);

INSERT INTO email_templates (id, default_from_name, default_html_template, default_subject,
                             default_text_template, from_email, insert_instant,
                             last_update_instant, localized_from_names, localized_html_templates,
                             localized_subjects, localized_text_templates, name) VALUES
  ('e82a7869-35ef-4d51-9186-21bbe9c2ee5f', 'Northwind',
   '<p>Please verify your e-mail address: ${url}</p>',
   'Verify your e-mail address', 'Please verify your e-mail address: ${url}',
   'no-reply@northwind.example.test', {{NOW_MS}} - 86400000::bigint * 380,
   {{NOW_MS}} - 86400000::bigint * 60, '{}', '{}', '{"de":"Bitte bestätigen Sie Ihre E-Mail"}',
   '{}', 'Email Verification'),
  ('19f99067-6d85-422f-8cae-7b51e601f4b5', 'Northwind',
   '<p>Thanks, your e-mail address is verified.</p>',
   'E-mail verified', 'Thanks, your e-mail address is verified.',
   'no-reply@northwind.example.test', {{NOW_MS}} - 86400000::bigint * 380,
   {{NOW_MS}} - 86400000::bigint * 380, '{}', '{}', '{}', '{}', 'Email Verified'),
  ('eb245ca1-dc23-4d9e-91b2-5c3722613cd9', 'Northwind', '<p>Reset your password: ${url}</p>',
   'Reset your password',
   'Reset your password: ${url}', 'no-reply@northwind.example.test',
   {{NOW_MS}} - 86400000::bigint * 380, {{NOW_MS}} - 86400000::bigint * 10, '{}', '{}', '{}',
   '{}', 'Forgot Password'),
  ('0e3d5f34-7624-4a73-8307-3e391799dbc7', 'Northwind', '<p>Your sign-in link: ${url}</p>',
   'Your sign-in link',
   'Your sign-in link: ${url}', 'no-reply@northwind.example.test',
   {{NOW_MS}} - 86400000::bigint * 380, {{NOW_MS}} - 86400000::bigint * 380, '{}', '{}', '{}',
   '{}', 'Passwordless Login'),
  ('014e7a33-a23d-4a92-a8ec-d9a784e7cf38', 'Northwind',
   '<p>A new device signed in to your account.</p>',
   'New sign-in to your account', 'A new device signed in to your account.',
   'security@northwind.example.test', {{NOW_MS}} - 86400000::bigint * 200,
   {{NOW_MS}} - 86400000::bigint * 200, '{}', '{}', '{}', '{}', 'New Device Login'),
  ('11c64b75-869b-43e9-8025-89869cabaf53', 'Northwind', '<p>Your code is ${code}</p>',
   'Your sign-in code',
   'Your code is ${code}', 'security@northwind.example.test',
   {{NOW_MS}} - 86400000::bigint * 200, {{NOW_MS}} - 86400000::bigint * 200, '{}', '{}', '{}',
   '{}', 'Two Factor Authentication');

-- type 0 = SMS.
INSERT INTO message_templates (id, data, insert_instant, last_update_instant, name, type) VALUES
  ('e2a4f906-3522-4477-b0ed-4205176c82f2',
   '{"data":{},"defaultTemplate":"Your Northwind verification code is ${code}",'
   '"localizedTemplates":{}}',
   {{NOW_MS}} - 86400000::bigint * 150, {{NOW_MS}} - 86400000::bigint * 150,
   'Phone Verification', 0),
  ('89da5fe6-edf3-4f20-a37d-471ce7bcc6df',
   '{"data":{},"defaultTemplate":"Your Northwind sign-in code is ${code}",'
   '"localizedTemplates":{"de":"Ihr Northwind-Code lautet ${code}"}}',
   {{NOW_MS}} - 86400000::bigint * 150, {{NOW_MS}} - 86400000::bigint * 20,
   'Sign-in Code (SMS)', 0),
  ('936b6e46-35ef-4ec6-bc14-953d093386be',
   '{"data":{},"defaultTemplate":"A new device signed in to your Northwind account",'
   '"localizedTemplates":{}}',
   {{NOW_MS}} - 86400000::bigint * 150, {{NOW_MS}} - 86400000::bigint * 150,
   'New Device (SMS)', 0);

-- One messenger of each type: Generic 0, Kafka 1, Twilio 2 (the retail tenant's SMS sender).
INSERT INTO messengers (id, data, insert_instant, last_update_instant, name, type) VALUES
  ('ac512102-aa0c-4c31-a414-bae3393c18bd',
   '{"connectTimeout":1000,"data":{},"debug":false,"headers":{},'
   '"readTimeout":2000,"url":"https://sms-gateway.northwind.example.test/send"}',
   {{NOW_MS}} - 86400000::bigint * 250, {{NOW_MS}} - 86400000::bigint * 250,
   'Internal SMS gateway', 0),
  ('7b5ce52a-b712-408a-8cb9-979798f52207',
   '{"data":{},"debug":false,"defaultTopic":"fusionauth-messages",'
   '"producer":{"bootstrap.servers":"kafka.northwind.example.test:9092"}}',
   {{NOW_MS}} - 86400000::bigint * 250, {{NOW_MS}} - 86400000::bigint * 250, 'Event bus', 1),
  ('3ad42eff-e0fd-40c1-aa26-b2856ab13ac6',
   '{"accountSID":"AC00000000000000000000000000000000","data":{},"debug":false,'
   '"fromPhoneNumber":"+15555550100","url":"https://api.twilio.com"}',
   {{NOW_MS}} - 86400000::bigint * 160, {{NOW_MS}} - 86400000::bigint * 160, 'Twilio', 2);

-- The stock theme, the stock simple theme and Northwind's own (advanced) theme.
INSERT INTO themes (id, data, insert_instant, last_update_instant, name) VALUES
  ('75a068fd-e94b-451a-9aeb-3ddb9a3b5987', '{}', {{NOW_MS}} - 86400000::bigint * 400,
   {{NOW_MS}} - 86400000::bigint * 400, 'FusionAuth'),
  ('3c717291-5d83-4014-bd51-97c76475dc86', '{"type":"simple"}',
   {{NOW_MS}} - 86400000::bigint * 400, {{NOW_MS}} - 86400000::bigint * 400,
   'FusionAuth - Simple'),
  ('71492710-fb1d-476a-8692-697bd1c9fe22',
   '{"data":{},"defaultMessages":"login=Sign in to Northwind\n","localizedMessages":{},'
   '"stylesheet":":root { --brand: #0b5fff; }","templates":{},"type":"advanced"}',
   {{NOW_MS}} - 86400000::bigint * 300, {{NOW_MS}} - 86400000::bigint * 25, 'Northwind');

INSERT INTO form_fields (id, consents_id, data, insert_instant, last_update_instant, name) VALUES
  ('fc7fc5f6-e64f-4f5d-956c-6d844bbe3a64', NULL,
   '{"control":"text","data":{"leftAddon":"user"},"key":"user.email","required":true,'
   '"type":"email"}',
   {{NOW_MS}} - 86400000::bigint * 400, {{NOW_MS}} - 86400000::bigint * 400, 'Email'),
  ('88b5a4e0-17de-4455-8efd-1cb11f906137', NULL,
   '{"control":"password","data":{"leftAddon":"lock"},"key":"user.password","required":true,'
   '"type":"string"}',
   {{NOW_MS}} - 86400000::bigint * 400, {{NOW_MS}} - 86400000::bigint * 400, 'Password'),
  ('56b53ac7-f275-44e4-86a5-b5c3d6237d3a', NULL,
   '{"control":"text","key":"user.firstName","required":false,"type":"string"}',
   {{NOW_MS}} - 86400000::bigint * 400, {{NOW_MS}} - 86400000::bigint * 400, 'First name'),
  ('47fd9172-d208-4485-9c79-e6caf513d668', NULL,
   '{"control":"text","key":"user.lastName","required":false,"type":"string"}',
   {{NOW_MS}} - 86400000::bigint * 400, {{NOW_MS}} - 86400000::bigint * 400, 'Last name'),
  ('89e5786f-e224-400e-bc90-655833a49282', NULL,
   '{"control":"text","key":"user.phoneNumber","required":false,"type":"string"}',
   {{NOW_MS}} - 86400000::bigint * 400, {{NOW_MS}} - 86400000::bigint * 400, 'Phone number'),
  ('1dd4fc94-1aac-496d-ba91-c6947534d811', NULL,
   '{"control":"text","key":"user.data.company","required":true,"type":"string"}',
   {{NOW_MS}} - 86400000::bigint * 200, {{NOW_MS}} - 86400000::bigint * 200, 'Company');

-- forms.type: 0 registration, 1 adminRegistration, 2 adminUser, 3 selfServiceUser. The three
-- stock forms are named "... provided by FusionAuth", which is how the collector tells them
-- from custom ones.
INSERT INTO forms (id, data, insert_instant, last_update_instant, name, type) VALUES
  ('d33a9850-7dc0-453c-972c-893280ed90eb', NULL, {{NOW_MS}} - 86400000::bigint * 400,
   {{NOW_MS}} - 86400000::bigint * 400, 'Default Admin Registration provided by FusionAuth', 1),
  ('77ca6c7c-30d8-4790-b517-32c616407727', NULL, {{NOW_MS}} - 86400000::bigint * 400,
   {{NOW_MS}} - 86400000::bigint * 400, 'Default Admin User provided by FusionAuth', 2),
  ('fcb989b6-84ac-4fd3-b860-ffe6dc23110e', NULL, {{NOW_MS}} - 86400000::bigint * 400,
   {{NOW_MS}} - 86400000::bigint * 400, 'Default User Self Service provided by FusionAuth', 3),
  ('7c852dab-fa52-4766-8c3c-4b172ce62b5f', '{"data":{}}', {{NOW_MS}} - 86400000::bigint * 200,
   {{NOW_MS}} - 86400000::bigint * 15, 'Partner signup', 0),
  ('6d444e7d-5f9c-4e4d-bf14-a34df86c3ad7', '{"data":{}}', {{NOW_MS}} - 86400000::bigint * 330,
   {{NOW_MS}} - 86400000::bigint * 330, 'Holiday campaign signup', 0),
  ('42603841-c318-4a62-b587-369c54e7bb88', '{"data":{}}', {{NOW_MS}} - 86400000::bigint * 200,
   {{NOW_MS}} - 86400000::bigint * 200, 'Partner admin user', 2),
  ('44edc847-cc02-4c18-8fe8-4250e9d20dbb', '{"data":{}}', {{NOW_MS}} - 86400000::bigint * 180,
   {{NOW_MS}} - 86400000::bigint * 180, 'Northwind account page', 3);

-- form_steps.type: 0 collectData, 1 verifyEmail, 2 verifyPhoneNumber (no form field).
INSERT INTO form_steps (form_fields_id, forms_id, sequence, step, type) VALUES
  ('fc7fc5f6-e64f-4f5d-956c-6d844bbe3a64', 'd33a9850-7dc0-453c-972c-893280ed90eb', 0, 0, 0),
  ('56b53ac7-f275-44e4-86a5-b5c3d6237d3a', 'd33a9850-7dc0-453c-972c-893280ed90eb', 1, 0, 0),
  ('47fd9172-d208-4485-9c79-e6caf513d668', 'd33a9850-7dc0-453c-972c-893280ed90eb', 2, 0, 0),
  ('fc7fc5f6-e64f-4f5d-956c-6d844bbe3a64', '77ca6c7c-30d8-4790-b517-32c616407727', 0, 0, 0),
  ('88b5a4e0-17de-4455-8efd-1cb11f906137', '77ca6c7c-30d8-4790-b517-32c616407727', 1, 0, 0),
  ('56b53ac7-f275-44e4-86a5-b5c3d6237d3a', '77ca6c7c-30d8-4790-b517-32c616407727', 2, 0, 0),
  ('47fd9172-d208-4485-9c79-e6caf513d668', '77ca6c7c-30d8-4790-b517-32c616407727', 3, 0, 0),
  ('fc7fc5f6-e64f-4f5d-956c-6d844bbe3a64', 'fcb989b6-84ac-4fd3-b860-ffe6dc23110e', 0, 0, 0),
  ('56b53ac7-f275-44e4-86a5-b5c3d6237d3a', 'fcb989b6-84ac-4fd3-b860-ffe6dc23110e', 1, 0, 0),
  ('47fd9172-d208-4485-9c79-e6caf513d668', 'fcb989b6-84ac-4fd3-b860-ffe6dc23110e', 2, 0, 0),
  -- Partner signup: account page, company page, then e-mail verification.
  ('fc7fc5f6-e64f-4f5d-956c-6d844bbe3a64', '7c852dab-fa52-4766-8c3c-4b172ce62b5f', 0, 0, 0),
  ('88b5a4e0-17de-4455-8efd-1cb11f906137', '7c852dab-fa52-4766-8c3c-4b172ce62b5f', 1, 0, 0),
  ('56b53ac7-f275-44e4-86a5-b5c3d6237d3a', '7c852dab-fa52-4766-8c3c-4b172ce62b5f', 0, 1, 0),
  ('47fd9172-d208-4485-9c79-e6caf513d668', '7c852dab-fa52-4766-8c3c-4b172ce62b5f', 1, 1, 0),
  ('1dd4fc94-1aac-496d-ba91-c6947534d811', '7c852dab-fa52-4766-8c3c-4b172ce62b5f', 2, 1, 0),
  (NULL, '7c852dab-fa52-4766-8c3c-4b172ce62b5f', 0, 2, 1),
  -- Holiday campaign signup: one page, no verification.
  ('fc7fc5f6-e64f-4f5d-956c-6d844bbe3a64', '6d444e7d-5f9c-4e4d-bf14-a34df86c3ad7', 0, 0, 0),
  ('88b5a4e0-17de-4455-8efd-1cb11f906137', '6d444e7d-5f9c-4e4d-bf14-a34df86c3ad7', 1, 0, 0),
  ('56b53ac7-f275-44e4-86a5-b5c3d6237d3a', '6d444e7d-5f9c-4e4d-bf14-a34df86c3ad7', 2, 0, 0),
  ('fc7fc5f6-e64f-4f5d-956c-6d844bbe3a64', '42603841-c318-4a62-b587-369c54e7bb88', 0, 0, 0),
  ('1dd4fc94-1aac-496d-ba91-c6947534d811', '42603841-c318-4a62-b587-369c54e7bb88', 1, 0, 0),
  ('56b53ac7-f275-44e4-86a5-b5c3d6237d3a', '44edc847-cc02-4c18-8fe8-4250e9d20dbb', 0, 0, 0),
  ('47fd9172-d208-4485-9c79-e6caf513d668', '44edc847-cc02-4c18-8fe8-4250e9d20dbb', 1, 0, 0),
  ('89e5786f-e224-400e-bc90-655833a49282', '44edc847-cc02-4c18-8fe8-4250e9d20dbb', 2, 0, 0);

INSERT INTO connectors (id, data, insert_instant, last_update_instant, name, reconcile_lambdas_id,
                        ssl_certificate_keys_id, type) VALUES
  ('e3306678-a53a-4964-9040-1c96f36dda72', '{}', {{NOW_MS}} - 86400000::bigint * 400,
   {{NOW_MS}} - 86400000::bigint * 400, 'Default', NULL, NULL, 0),
  ('65f5934c-ecbe-46cb-81f7-89fd62bb071f',
   '{"authenticationURL":"ldaps://ldap.partners.example.test","baseStructure":'
   '"ou=people,dc=partners,dc=example,dc=test","data":{},"debug":false,'
   '"identifyingAttribute":"uid","loginIdAttribute":"mail","searchTimeoutMilliseconds":1000}',
   {{NOW_MS}} - 86400000::bigint * 190, {{NOW_MS}} - 86400000::bigint * 190, 'Partner LDAP',
   NULL, NULL, 1);

-- The partner tenant tries its LDAP directory before FusionAuth's own users.
INSERT INTO connectors_tenants (connectors_id, data, sequence, tenants_id) VALUES
  ('e3306678-a53a-4964-9040-1c96f36dda72', '{"data":{},"domains":["*"],"migrate":false}', 0,
   'b3e74e13-4e38-49c9-9c0e-db4a64471075'),
  ('e3306678-a53a-4964-9040-1c96f36dda72', '{"data":{},"domains":["*"],"migrate":false}', 0,
   'f15e619d-751d-43dd-8501-7f0c7b0a09c0'),
  ('65f5934c-ecbe-46cb-81f7-89fd62bb071f',
   '{"data":{},"domains":["partners.example.test"],"migrate":true}', 0,
   '3066d097-cd80-4f53-ac81-69007eaa0b68'),
  ('e3306678-a53a-4964-9040-1c96f36dda72', '{"data":{},"domains":["*"],"migrate":false}', 1,
   '3066d097-cd80-4f53-ac81-69007eaa0b68'),
  ('e3306678-a53a-4964-9040-1c96f36dda72', '{"data":{},"domains":["*"],"migrate":false}', 0,
   '16d885f8-4092-4818-9d15-a42e5fee2f4c');

-- ---------------------------------------------------------------------------------------------
-- Tenants
-- ---------------------------------------------------------------------------------------------
-- Default           the FusionAuth default tenant: staff and internal tools. TOTP and e-mail MFA,
--                   policy Enabled; breached-password detection; failed-login rate limit; a few
--                   webhook events (user.create and user.registration.create transactional).
-- Northwind Retail  customers: Northwind theme, CAPTCHA, three rate limits, SMS through Twilio,
--                   MFA Required with a step-up lambda, WebAuthn, families, SSO bootstrap, many
--                   templates and 13 webhook events.
-- Northwind Partners  the simple theme, a custom admin user form, an LDAP connector, SCIM, MFA
--                   ChallengeOnHighRisk, group and user webhook events.
-- Staging           defaults everywhere, MFA Disabled, no events.
INSERT INTO tenants (id, access_token_signing_keys_id, admin_user_forms_id, data,
                     id_token_signing_keys_id, insert_instant, last_update_instant, name,
                     themes_id) VALUES
  ('b3e74e13-4e38-49c9-9c0e-db4a64471075', '879a0fe1-402d-4318-81bd-e459c2dbbf56',
   '77ca6c7c-30d8-4790-b517-32c616407727',
   '{"accessControlConfiguration":{},"captchaConfiguration":{"captchaMethod":"GoogleRecaptchaV3",'
   '"enabled":false,"threshold":0.5},"configured":true,"data":{},'
   '"emailConfiguration":{"defaultFromEmail":"no-reply@northwind.example.test",'
   '"defaultFromName":"Northwind","host":"smtp.northwind.example.test","port":587,'
   '"security":"TLS","verifyEmail":true,"verifyEmailWhenChanged":true},'
   '"eventConfiguration":{"events":{'
   '"group.create":{"enabled":false,"transactionType":"None"},'
   '"group.create.complete":{"enabled":false,"transactionType":"None"},'
   '"group.delete":{"enabled":false,"transactionType":"None"},'
   '"group.delete.complete":{"enabled":false,"transactionType":"None"},'
   '"group.member.add":{"enabled":false,"transactionType":"None"},'
   '"group.member.add.complete":{"enabled":false,"transactionType":"None"},'
   '"group.member.remove":{"enabled":false,"transactionType":"None"},'
   '"group.member.remove.complete":{"enabled":false,"transactionType":"None"},'
   '"group.member.update":{"enabled":false,"transactionType":"None"},'
   '"group.member.update.complete":{"enabled":false,"transactionType":"None"},'
   '"group.update":{"enabled":false,"transactionType":"None"},'
   '"group.update.complete":{"enabled":false,"transactionType":"None"},'
   '"jwt.public-key.update":{"enabled":false,"transactionType":"None"},'
   '"jwt.refresh":{"enabled":false,"transactionType":"None"},'
   '"jwt.refresh-token.revoke":{"enabled":false,"transactionType":"None"},'
   '"user.action":{"enabled":false,"transactionType":"None"},'
   '"user.bulk.create":{"enabled":false,"transactionType":"None"},'
   '"user.create":{"enabled":true,"transactionType":"Any"},'
   '"user.create.complete":{"enabled":false,"transactionType":"None"},'
   '"user.deactivate":{"enabled":false,"transactionType":"None"},'
   '"user.delete":{"enabled":true,"transactionType":"None"},'
   '"user.delete.complete":{"enabled":false,"transactionType":"None"},'
   '"user.email.update":{"enabled":false,"transactionType":"None"},'
   '"user.email.verified":{"enabled":false,"transactionType":"None"},'
   '"user.identity-provider.link":{"enabled":false,"transactionType":"None"},'
   '"user.identity-provider.unlink":{"enabled":false,"transactionType":"None"},'
   '"user.identity.update":{"enabled":false,"transactionType":"None"},'
   '"user.identity.verified":{"enabled":false,"transactionType":"None"},'
   '"user.login.failed":{"enabled":true,"transactionType":"None"},'
   '"user.login.new-device":{"enabled":false,"transactionType":"None"},'
   '"user.login.success":{"enabled":false,"transactionType":"None"},'
   '"user.login.suspicious":{"enabled":false,"transactionType":"None"},'
   '"user.loginId.duplicate.create":{"enabled":false,"transactionType":"None"},'
   '"user.loginId.duplicate.update":{"enabled":false,"transactionType":"None"},'
   '"user.password.breach":{"enabled":true,"transactionType":"None"},'
   '"user.password.reset.send":{"enabled":false,"transactionType":"None"},'
   '"user.password.reset.start":{"enabled":false,"transactionType":"None"},'
   '"user.password.reset.success":{"enabled":false,"transactionType":"None"},'
   '"user.password.update":{"enabled":false,"transactionType":"None"},'
   '"user.reactivate":{"enabled":false,"transactionType":"None"},'
   '"user.registration.create":{"enabled":true,"transactionType":"SimpleMajority"},'
   '"user.registration.create.complete":{"enabled":false,"transactionType":"None"},'
   '"user.registration.delete":{"enabled":false,"transactionType":"None"},'
   '"user.registration.delete.complete":{"enabled":false,"transactionType":"None"},'
   '"user.registration.update":{"enabled":false,"transactionType":"None"},'
   '"user.registration.update.complete":{"enabled":false,"transactionType":"None"},'
   '"user.registration.verified":{"enabled":false,"transactionType":"None"},'
   '"user.two-factor.challenge":{"enabled":false,"transactionType":"None"},'
   '"user.two-factor.failed-attempt":{"enabled":true,"transactionType":"None"},'
   '"user.two-factor.method.add":{"enabled":false,"transactionType":"None"},'
   '"user.two-factor.method.remove":{"enabled":false,"transactionType":"None"},'
   '"user.two-factor.success":{"enabled":false,"transactionType":"None"},'
   '"user.update":{"enabled":false,"transactionType":"None"},'
   '"user.update.complete":{"enabled":false,"transactionType":"None"}'
   '}},'
   '"familyConfiguration":{"enabled":false},"issuer":"login.northwind.example.test",'
   '"multiFactorConfiguration":{"authenticator":{"algorithm":"HmacSHA1","codeLength":6,'
   '"enabled":true,"timeStep":30},"email":{"enabled":true,'
   '"templateId":"11c64b75-869b-43e9-8025-89869cabaf53"},'
   '"loginPolicy":"Enabled","sms":{"enabled":false}},'
   '"passwordValidationRules":{"breachDetection":{"enabled":true,"matchMode":"High",'
   '"onLogin":"NotifyUser"},"maxLength":256,"minLength":10,"requireMixedCase":true},'
   '"rateLimitConfiguration":{"failedLogin":{"enabled":true,"limit":5,"timePeriodInSeconds":60},'
   '"forgotPassword":{"enabled":false,"limit":5,"timePeriodInSeconds":60},'
   '"sendEmailVerification":{"enabled":false,"limit":5,"timePeriodInSeconds":60},'
   '"sendPasswordless":{"enabled":false,"limit":5,"timePeriodInSeconds":60},'
   '"sendTwoFactor":{"enabled":false,"limit":5,"timePeriodInSeconds":60}},'
   '"scimServerConfiguration":{"enabled":false},'
   '"ssoConfiguration":{"allowAccessTokenBootstrap":false,'
   '"deviceTrustTimeToLiveInSeconds":31536000},'
   '"state":"Active","webAuthnConfiguration":{"debug":false,"enabled":false}}',
   '16d59c51-9873-4717-bcd5-41b50219d723', {{NOW_MS}} - 86400000::bigint * 400,
   {{NOW_MS}} - 86400000::bigint * 12,
   'Default', '75a068fd-e94b-451a-9aeb-3ddb9a3b5987'),
  ('f15e619d-751d-43dd-8501-7f0c7b0a09c0', '879a0fe1-402d-4318-81bd-e459c2dbbf56',
   '77ca6c7c-30d8-4790-b517-32c616407727',
   '{"accessControlConfiguration":{},"captchaConfiguration":{"captchaMethod":"GoogleRecaptchaV3",'
   '"enabled":true,"threshold":0.6},"configured":true,"data":{},'
   '"emailConfiguration":{"defaultFromEmail":"hello@northwind.example.test",'
   '"defaultFromName":"Northwind Store","host":"smtp.northwind.example.test","port":587,'
   '"security":"TLS","verifyEmail":true,"verifyEmailWhenChanged":true},'
   '"eventConfiguration":{"events":{'
   '"group.create":{"enabled":false,"transactionType":"None"},'
   '"group.create.complete":{"enabled":false,"transactionType":"None"},'
   '"group.delete":{"enabled":false,"transactionType":"None"},'
   '"group.delete.complete":{"enabled":false,"transactionType":"None"},'
   '"group.member.add":{"enabled":false,"transactionType":"None"},'
   '"group.member.add.complete":{"enabled":false,"transactionType":"None"},'
   '"group.member.remove":{"enabled":false,"transactionType":"None"},'
   '"group.member.remove.complete":{"enabled":false,"transactionType":"None"},'
   '"group.member.update":{"enabled":false,"transactionType":"None"},'
   '"group.member.update.complete":{"enabled":false,"transactionType":"None"},'
   '"group.update":{"enabled":false,"transactionType":"None"},'
   '"group.update.complete":{"enabled":false,"transactionType":"None"},'
   '"jwt.public-key.update":{"enabled":false,"transactionType":"None"},'
   '"jwt.refresh":{"enabled":false,"transactionType":"None"},'
   '"jwt.refresh-token.revoke":{"enabled":true,"transactionType":"None"},'
   '"user.action":{"enabled":false,"transactionType":"None"},'
   '"user.bulk.create":{"enabled":false,"transactionType":"None"},'
   '"user.create":{"enabled":true,"transactionType":"Any"},'
   '"user.create.complete":{"enabled":true,"transactionType":"None"},'
   '"user.deactivate":{"enabled":false,"transactionType":"None"},'
   '"user.delete":{"enabled":false,"transactionType":"None"},'
   '"user.delete.complete":{"enabled":false,"transactionType":"None"},'
   '"user.email.update":{"enabled":false,"transactionType":"None"},'
   '"user.email.verified":{"enabled":true,"transactionType":"Any"},'
   '"user.identity-provider.link":{"enabled":false,"transactionType":"None"},'
   '"user.identity-provider.unlink":{"enabled":false,"transactionType":"None"},'
   '"user.identity.update":{"enabled":false,"transactionType":"None"},'
   '"user.identity.verified":{"enabled":false,"transactionType":"None"},'
   '"user.login.failed":{"enabled":false,"transactionType":"None"},'
   '"user.login.new-device":{"enabled":true,"transactionType":"None"},'
   '"user.login.success":{"enabled":true,"transactionType":"None"},'
   '"user.login.suspicious":{"enabled":false,"transactionType":"None"},'
   '"user.loginId.duplicate.create":{"enabled":false,"transactionType":"None"},'
   '"user.loginId.duplicate.update":{"enabled":false,"transactionType":"None"},'
   '"user.password.breach":{"enabled":false,"transactionType":"None"},'
   '"user.password.reset.send":{"enabled":false,"transactionType":"None"},'
   '"user.password.reset.start":{"enabled":false,"transactionType":"None"},'
   '"user.password.reset.success":{"enabled":true,"transactionType":"None"},'
   '"user.password.update":{"enabled":false,"transactionType":"None"},'
   '"user.reactivate":{"enabled":false,"transactionType":"None"},'
   '"user.registration.create":{"enabled":true,"transactionType":"Any"},'
   '"user.registration.create.complete":{"enabled":true,"transactionType":"None"},'
   '"user.registration.delete":{"enabled":false,"transactionType":"None"},'
   '"user.registration.delete.complete":{"enabled":false,"transactionType":"None"},'
   '"user.registration.update":{"enabled":false,"transactionType":"None"},'
   '"user.registration.update.complete":{"enabled":false,"transactionType":"None"},'
   '"user.registration.verified":{"enabled":false,"transactionType":"None"},'
   '"user.two-factor.challenge":{"enabled":true,"transactionType":"None"},'
   '"user.two-factor.failed-attempt":{"enabled":false,"transactionType":"None"},'
   '"user.two-factor.method.add":{"enabled":true,"transactionType":"None"},'
   '"user.two-factor.method.remove":{"enabled":false,"transactionType":"None"},'
   '"user.two-factor.success":{"enabled":true,"transactionType":"None"},'
   '"user.update":{"enabled":true,"transactionType":"SimpleMajority"},'
   '"user.update.complete":{"enabled":false,"transactionType":"None"}'
   '}},'
   '"familyConfiguration":{"allowChildRegistrations":true,"enabled":true,"maximumChildAge":12,'
   '"minimumOwnerAge":21},"issuer":"shop.northwind.example.test",'
   '"multiFactorConfiguration":{"authenticator":{"algorithm":"HmacSHA1","codeLength":6,'
   '"enabled":true,"timeStep":30},"email":{"enabled":true,'
   '"templateId":"11c64b75-869b-43e9-8025-89869cabaf53"},'
   '"loginPolicy":"Required","sms":{"enabled":true,'
   '"messengerId":"3ad42eff-e0fd-40c1-aa26-b2856ab13ac6",'
   '"templateId":"89da5fe6-edf3-4f20-a37d-471ce7bcc6df"}},'
   '"passwordValidationRules":{"breachDetection":{"enabled":true,"matchMode":"Medium",'
   '"onLogin":"RequireChange"},"maxLength":256,"minLength":8},'
   '"phoneConfiguration":{"implicitPhoneVerificationAllowed":true,"verifyPhoneNumber":true},'
   '"rateLimitConfiguration":{"failedLogin":{"enabled":true,"limit":5,"timePeriodInSeconds":60},'
   '"forgotPassword":{"enabled":true,"limit":3,"timePeriodInSeconds":300},'
   '"sendEmailVerification":{"enabled":false,"limit":5,"timePeriodInSeconds":60},'
   '"sendPasswordless":{"enabled":true,"limit":5,"timePeriodInSeconds":60},'
   '"sendPasswordlessPhone":{"enabled":false,"limit":5,"timePeriodInSeconds":60},'
   '"sendTwoFactor":{"enabled":false,"limit":5,"timePeriodInSeconds":60}},'
   '"scimServerConfiguration":{"enabled":false},'
   '"ssoConfiguration":{"allowAccessTokenBootstrap":true,'
   '"deviceTrustTimeToLiveInSeconds":2592000},'
   '"state":"Active","webAuthnConfiguration":{"debug":false,"enabled":true}}',
   '16d59c51-9873-4717-bcd5-41b50219d723', {{NOW_MS}} - 86400000::bigint * 380,
   {{NOW_MS}} - 86400000::bigint * 2,
   'Northwind Retail', '71492710-fb1d-476a-8692-697bd1c9fe22'),
  ('3066d097-cd80-4f53-ac81-69007eaa0b68', '879a0fe1-402d-4318-81bd-e459c2dbbf56',
   '42603841-c318-4a62-b587-369c54e7bb88',
   '{"accessControlConfiguration":{},"captchaConfiguration":{"enabled":false},"configured":true,'
   '"data":{},"emailConfiguration":{"defaultFromEmail":"partners@northwind.example.test",'
   '"defaultFromName":"Northwind Partners","host":"smtp.northwind.example.test","port":587,'
   '"security":"TLS","verifyEmail":true},'
   '"eventConfiguration":{"events":{'
   '"group.create":{"enabled":true,"transactionType":"Any"},'
   '"group.create.complete":{"enabled":false,"transactionType":"None"},'
   '"group.delete":{"enabled":false,"transactionType":"None"},'
   '"group.delete.complete":{"enabled":false,"transactionType":"None"},'
   '"group.member.add":{"enabled":true,"transactionType":"Any"},'
   '"group.member.add.complete":{"enabled":false,"transactionType":"None"},'
   '"group.member.remove":{"enabled":true,"transactionType":"Any"},'
   '"group.member.remove.complete":{"enabled":false,"transactionType":"None"},'
   '"group.member.update":{"enabled":false,"transactionType":"None"},'
   '"group.member.update.complete":{"enabled":false,"transactionType":"None"},'
   '"group.update":{"enabled":false,"transactionType":"None"},'
   '"group.update.complete":{"enabled":false,"transactionType":"None"},'
   '"jwt.public-key.update":{"enabled":false,"transactionType":"None"},'
   '"jwt.refresh":{"enabled":false,"transactionType":"None"},'
   '"jwt.refresh-token.revoke":{"enabled":false,"transactionType":"None"},'
   '"user.action":{"enabled":false,"transactionType":"None"},'
   '"user.bulk.create":{"enabled":false,"transactionType":"None"},'
   '"user.create":{"enabled":true,"transactionType":"None"},'
   '"user.create.complete":{"enabled":false,"transactionType":"None"},'
   '"user.deactivate":{"enabled":true,"transactionType":"Any"},'
   '"user.delete":{"enabled":false,"transactionType":"None"},'
   '"user.delete.complete":{"enabled":false,"transactionType":"None"},'
   '"user.email.update":{"enabled":false,"transactionType":"None"},'
   '"user.email.verified":{"enabled":false,"transactionType":"None"},'
   '"user.identity-provider.link":{"enabled":true,"transactionType":"None"},'
   '"user.identity-provider.unlink":{"enabled":false,"transactionType":"None"},'
   '"user.identity.update":{"enabled":false,"transactionType":"None"},'
   '"user.identity.verified":{"enabled":false,"transactionType":"None"},'
   '"user.login.failed":{"enabled":false,"transactionType":"None"},'
   '"user.login.new-device":{"enabled":false,"transactionType":"None"},'
   '"user.login.success":{"enabled":false,"transactionType":"None"},'
   '"user.login.suspicious":{"enabled":false,"transactionType":"None"},'
   '"user.loginId.duplicate.create":{"enabled":false,"transactionType":"None"},'
   '"user.loginId.duplicate.update":{"enabled":false,"transactionType":"None"},'
   '"user.password.breach":{"enabled":false,"transactionType":"None"},'
   '"user.password.reset.send":{"enabled":false,"transactionType":"None"},'
   '"user.password.reset.start":{"enabled":false,"transactionType":"None"},'
   '"user.password.reset.success":{"enabled":false,"transactionType":"None"},'
   '"user.password.update":{"enabled":false,"transactionType":"None"},'
   '"user.reactivate":{"enabled":false,"transactionType":"None"},'
   '"user.registration.create":{"enabled":false,"transactionType":"None"},'
   '"user.registration.create.complete":{"enabled":false,"transactionType":"None"},'
   '"user.registration.delete":{"enabled":true,"transactionType":"None"},'
   '"user.registration.delete.complete":{"enabled":false,"transactionType":"None"},'
   '"user.registration.update":{"enabled":false,"transactionType":"None"},'
   '"user.registration.update.complete":{"enabled":false,"transactionType":"None"},'
   '"user.registration.verified":{"enabled":false,"transactionType":"None"},'
   '"user.two-factor.challenge":{"enabled":false,"transactionType":"None"},'
   '"user.two-factor.failed-attempt":{"enabled":false,"transactionType":"None"},'
   '"user.two-factor.method.add":{"enabled":false,"transactionType":"None"},'
   '"user.two-factor.method.remove":{"enabled":false,"transactionType":"None"},'
   '"user.two-factor.success":{"enabled":false,"transactionType":"None"},'
   '"user.update":{"enabled":false,"transactionType":"None"},'
   '"user.update.complete":{"enabled":false,"transactionType":"None"}'
   '}},'
   '"familyConfiguration":{"enabled":false},"issuer":"partners.northwind.example.test",'
   '"multiFactorConfiguration":{"authenticator":{"algorithm":"HmacSHA1","codeLength":6,'
   '"enabled":true,"timeStep":30},"email":{"enabled":false},"loginPolicy":"ChallengeOnHighRisk",'
   '"sms":{"enabled":false}},'
   '"passwordValidationRules":{"breachDetection":{"enabled":false},"maxLength":256,'
   '"minLength":12},'
   '"rateLimitConfiguration":{"failedLogin":{"enabled":false,"limit":5,"timePeriodInSeconds":60},'
   '"forgotPassword":{"enabled":false,"limit":5,"timePeriodInSeconds":60}},'
   '"scimServerConfiguration":{"enabled":true},'
   '"ssoConfiguration":{"allowAccessTokenBootstrap":false,'
   '"deviceTrustTimeToLiveInSeconds":31536000},'
   '"state":"Active","webAuthnConfiguration":{"debug":false,"enabled":false}}',
   '16d59c51-9873-4717-bcd5-41b50219d723', {{NOW_MS}} - 86400000::bigint * 200,
   {{NOW_MS}} - 86400000::bigint * 30,
   'Northwind Partners', '3c717291-5d83-4014-bd51-97c76475dc86'),
  ('16d885f8-4092-4818-9d15-a42e5fee2f4c', '879a0fe1-402d-4318-81bd-e459c2dbbf56',
   '77ca6c7c-30d8-4790-b517-32c616407727',
   '{"captchaConfiguration":{"enabled":false},"configured":false,"data":{},'
   '"emailConfiguration":{"defaultFromEmail":"change-me@example.test","host":"localhost",'
   '"port":25},'
   '"eventConfiguration":{"events":{'
   '"group.create":{"enabled":false,"transactionType":"None"},'
   '"group.create.complete":{"enabled":false,"transactionType":"None"},'
   '"group.delete":{"enabled":false,"transactionType":"None"},'
   '"group.delete.complete":{"enabled":false,"transactionType":"None"},'
   '"group.member.add":{"enabled":false,"transactionType":"None"},'
   '"group.member.add.complete":{"enabled":false,"transactionType":"None"},'
   '"group.member.remove":{"enabled":false,"transactionType":"None"},'
   '"group.member.remove.complete":{"enabled":false,"transactionType":"None"},'
   '"group.member.update":{"enabled":false,"transactionType":"None"},'
   '"group.member.update.complete":{"enabled":false,"transactionType":"None"},'
   '"group.update":{"enabled":false,"transactionType":"None"},'
   '"group.update.complete":{"enabled":false,"transactionType":"None"},'
   '"jwt.public-key.update":{"enabled":false,"transactionType":"None"},'
   '"jwt.refresh":{"enabled":false,"transactionType":"None"},'
   '"jwt.refresh-token.revoke":{"enabled":false,"transactionType":"None"},'
   '"user.action":{"enabled":false,"transactionType":"None"},'
   '"user.bulk.create":{"enabled":false,"transactionType":"None"},'
   '"user.create":{"enabled":false,"transactionType":"None"},'
   '"user.create.complete":{"enabled":false,"transactionType":"None"},'
   '"user.deactivate":{"enabled":false,"transactionType":"None"},'
   '"user.delete":{"enabled":false,"transactionType":"None"},'
   '"user.delete.complete":{"enabled":false,"transactionType":"None"},'
   '"user.email.update":{"enabled":false,"transactionType":"None"},'
   '"user.email.verified":{"enabled":false,"transactionType":"None"},'
   '"user.identity-provider.link":{"enabled":false,"transactionType":"None"},'
   '"user.identity-provider.unlink":{"enabled":false,"transactionType":"None"},'
   '"user.identity.update":{"enabled":false,"transactionType":"None"},'
   '"user.identity.verified":{"enabled":false,"transactionType":"None"},'
   '"user.login.failed":{"enabled":false,"transactionType":"None"},'
   '"user.login.new-device":{"enabled":false,"transactionType":"None"},'
   '"user.login.success":{"enabled":false,"transactionType":"None"},'
   '"user.login.suspicious":{"enabled":false,"transactionType":"None"},'
   '"user.loginId.duplicate.create":{"enabled":false,"transactionType":"None"},'
   '"user.loginId.duplicate.update":{"enabled":false,"transactionType":"None"},'
   '"user.password.breach":{"enabled":false,"transactionType":"None"},'
   '"user.password.reset.send":{"enabled":false,"transactionType":"None"},'
   '"user.password.reset.start":{"enabled":false,"transactionType":"None"},'
   '"user.password.reset.success":{"enabled":false,"transactionType":"None"},'
   '"user.password.update":{"enabled":false,"transactionType":"None"},'
   '"user.reactivate":{"enabled":false,"transactionType":"None"},'
   '"user.registration.create":{"enabled":false,"transactionType":"None"},'
   '"user.registration.create.complete":{"enabled":false,"transactionType":"None"},'
   '"user.registration.delete":{"enabled":false,"transactionType":"None"},'
   '"user.registration.delete.complete":{"enabled":false,"transactionType":"None"},'
   '"user.registration.update":{"enabled":false,"transactionType":"None"},'
   '"user.registration.update.complete":{"enabled":false,"transactionType":"None"},'
   '"user.registration.verified":{"enabled":false,"transactionType":"None"},'
   '"user.two-factor.challenge":{"enabled":false,"transactionType":"None"},'
   '"user.two-factor.failed-attempt":{"enabled":false,"transactionType":"None"},'
   '"user.two-factor.method.add":{"enabled":false,"transactionType":"None"},'
   '"user.two-factor.method.remove":{"enabled":false,"transactionType":"None"},'
   '"user.two-factor.success":{"enabled":false,"transactionType":"None"},'
   '"user.update":{"enabled":false,"transactionType":"None"},'
   '"user.update.complete":{"enabled":false,"transactionType":"None"}'
   '}},'
   '"issuer":"staging.northwind.example.test","multiFactorConfiguration":{"authenticator":'
   '{"enabled":true},"email":{"enabled":false},"loginPolicy":"Disabled","sms":{"enabled":false}},'
   '"rateLimitConfiguration":{"failedLogin":{"enabled":false,"limit":5,"timePeriodInSeconds":60}},'
   '"state":"Active"}',
   '16d59c51-9873-4717-bcd5-41b50219d723', {{NOW_MS}} - 86400000::bigint * 60,
   {{NOW_MS}} - 86400000::bigint * 60, 'Staging',
   '75a068fd-e94b-451a-9aeb-3ddb9a3b5987');

-- Default: e-mail templates for the account flows, and a claims lambda for service tokens.
UPDATE tenants SET
    client_credentials_access_token_populate_lambdas_id = '1a74beda-d39d-4c9e-82c4-d6687b0c1b52',
    email_verified_email_templates_id = '19f99067-6d85-422f-8cae-7b51e601f4b5',
    forgot_password_email_templates_id = 'eb245ca1-dc23-4d9e-91b2-5c3722613cd9',
    multi_factor_email_message_templates_id = '11c64b75-869b-43e9-8025-89869cabaf53',
    passwordless_email_templates_id = '0e3d5f34-7624-4a73-8307-3e391799dbc7',
    set_password_email_templates_id = 'eb245ca1-dc23-4d9e-91b2-5c3722613cd9',
    verification_email_templates_id = 'e82a7869-35ef-4d51-9186-21bbe9c2ee5f'
  WHERE name = 'Default';

-- Retail: the most configured tenant, including SMS through Twilio.
UPDATE tenants SET
    confirm_child_email_templates_id = 'e82a7869-35ef-4d51-9186-21bbe9c2ee5f',
    email_update_email_templates_id = 'e82a7869-35ef-4d51-9186-21bbe9c2ee5f',
    email_verified_email_templates_id = '19f99067-6d85-422f-8cae-7b51e601f4b5',
    family_request_email_templates_id = 'e82a7869-35ef-4d51-9186-21bbe9c2ee5f',
    forgot_password_email_templates_id = 'eb245ca1-dc23-4d9e-91b2-5c3722613cd9',
    login_new_device_email_templates_id = '014e7a33-a23d-4a92-a8ec-d9a784e7cf38',
    login_suspicious_email_templates_id = '014e7a33-a23d-4a92-a8ec-d9a784e7cf38',
    multi_factor_email_message_templates_id = '11c64b75-869b-43e9-8025-89869cabaf53',
    multi_factor_requirement_lambdas_id = '8b93a9a8-2ee4-4542-8ae3-b9bbb2656b5a',
    multi_factor_sms_message_templates_id = '89da5fe6-edf3-4f20-a37d-471ce7bcc6df',
    multi_factor_sms_messengers_id = '3ad42eff-e0fd-40c1-aa26-b2856ab13ac6',
    parent_registration_email_templates_id = 'e82a7869-35ef-4d51-9186-21bbe9c2ee5f',
    passwordless_email_templates_id = '0e3d5f34-7624-4a73-8307-3e391799dbc7',
    password_reset_success_email_templates_id = '19f99067-6d85-422f-8cae-7b51e601f4b5',
    phone_configuration_forgot_password_templates_id = '89da5fe6-edf3-4f20-a37d-471ce7bcc6df',
    phone_configuration_login_new_device_templates_id = '936b6e46-35ef-4ec6-bc14-953d093386be',
    phone_configuration_messengers_id = '3ad42eff-e0fd-40c1-aa26-b2856ab13ac6',
    phone_configuration_passwordless_templates_id = '89da5fe6-edf3-4f20-a37d-471ce7bcc6df',
    phone_configuration_verification_complete_templates_id =
      'e2a4f906-3522-4477-b0ed-4205176c82f2',
    phone_configuration_verification_templates_id = 'e2a4f906-3522-4477-b0ed-4205176c82f2',
    set_password_email_templates_id = 'eb245ca1-dc23-4d9e-91b2-5c3722613cd9',
    two_factor_method_add_email_templates_id = '014e7a33-a23d-4a92-a8ec-d9a784e7cf38',
    two_factor_method_remove_email_templates_id = '014e7a33-a23d-4a92-a8ec-d9a784e7cf38',
    verification_email_templates_id = 'e82a7869-35ef-4d51-9186-21bbe9c2ee5f'
  WHERE name = 'Northwind Retail';

UPDATE tenants SET
    forgot_password_email_templates_id = 'eb245ca1-dc23-4d9e-91b2-5c3722613cd9',
    set_password_email_templates_id = 'eb245ca1-dc23-4d9e-91b2-5c3722613cd9',
    verification_email_templates_id = 'e82a7869-35ef-4d51-9186-21bbe9c2ee5f'
  WHERE name = 'Northwind Partners';

-- Running MFA counters (Staging has never challenged anyone, so it has no row).
INSERT INTO mfa_metrics (tenants_id, challenge_count, failed_attempt_count, success_count) VALUES
  ('b3e74e13-4e38-49c9-9c0e-db4a64471075', 214, 9, 201),
  ('f15e619d-751d-43dd-8501-7f0c7b0a09c0', 5873, 412, 5390),
  ('3066d097-cd80-4f53-ac81-69007eaa0b68', 96, 7, 88);

-- ---------------------------------------------------------------------------------------------
-- Applications
-- ---------------------------------------------------------------------------------------------
-- FusionAuth          admin UI (Default tenant), logged into today.
-- Tenant manager      universal, never logged into.
-- Northwind Store     web shop: basic registration by e-mail, magic links, MFA Enabled, refresh
--                     tokens with a 30 s reuse grace period, Google login.
-- Northwind Mobile    app: basic registration by phone number, MFA Required, SMS templates.
-- Partner Portal      advanced registration with e-mail verification, acts as a SAML IdP, MFA
--                     ChallengeOnHighRisk, inherits the partner tenant's simple theme.
-- Insights            a third-party analytics integration: login API without authentication,
--                     OAuth scopes, MFA policy explicitly null, simple theme.
-- Support Desk        staff tool: corporate OIDC login, MFA Disabled, Northwind theme.
-- Northwind Account   universal account page, used from every tenant.
-- Legacy Catalog      deactivated, though some users still signed in 3 days ago.
-- Holiday Campaign    active, but its last login was exactly 7 days ago: just outside the window.
-- Staging Store       active, last login three weeks ago.
INSERT INTO applications (id, active, admin_registration_forms_id, data, insert_instant,
                          last_update_instant, name, tenants_id, themes_id, universal) VALUES
  ('3c219e58-ed0e-4b18-ad48-f4f92793ae32', TRUE, 'd33a9850-7dc0-453c-972c-893280ed90eb',
   '{"jwtConfiguration":{"enabled":true,"refreshTokenTimeToLiveInMinutes":60,'
   '"timeToLiveInSeconds":60},"loginConfiguration":{"allowTokenRefresh":false,'
   '"generateRefreshTokens":false,"requireAuthentication":true},'
   '"oauthConfiguration":{"authorizedRedirectURLs":["/admin/login"],'
   '"clientAuthenticationPolicy":"Required","clientId":"3c219e58-ed0e-4b18-ad48-f4f92793ae32",'
   '"enabledGrants":["authorization_code","refresh_token"],"generateRefreshTokens":true,'
   '"logoutURL":"/admin/single-logout","proofKeyForCodeExchangePolicy":"Required"},'
   '"registrationConfiguration":{"type":"basic"},"state":"Active"}',
   {{NOW_MS}} - 86400000::bigint * 400, {{NOW_MS}} - 86400000::bigint * 400, 'FusionAuth',
   'b3e74e13-4e38-49c9-9c0e-db4a64471075', NULL, FALSE),
  ('60a14b45-9d33-4119-afbd-87f9029a8151', TRUE, 'd33a9850-7dc0-453c-972c-893280ed90eb',
   '{"jwtConfiguration":{"enabled":true,"timeToLiveInSeconds":300},'
   '"loginConfiguration":{"generateRefreshTokens":false,"requireAuthentication":true},'
   '"oauthConfiguration":{"enabledGrants":["authorization_code"],'
   '"proofKeyForCodeExchangePolicy":"Required"},"registrationConfiguration":{"type":"basic"},'
   '"state":"Active","universalConfiguration":{"universal":true}}',
   {{NOW_MS}} - 86400000::bigint * 120, {{NOW_MS}} - 86400000::bigint * 120, 'Tenant manager',
   NULL, NULL, TRUE),
  ('72fc7c10-1997-4c43-8744-93998b89d7e6', TRUE, 'd33a9850-7dc0-453c-972c-893280ed90eb',
   '{"jwtConfiguration":{"enabled":true,"refreshTokenExpirationPolicy":"SlidingWindow",'
   '"refreshTokenOneTimeUseConfiguration":{"gracePeriodInSeconds":30},'
   '"refreshTokenUsagePolicy":"OneTimeUse","timeToLiveInSeconds":900},'
   '"loginConfiguration":{"allowTokenRefresh":true,"generateRefreshTokens":true,'
   '"requireAuthentication":true},"multiFactorConfiguration":{"loginPolicy":"Enabled",'
   '"trustPolicy":"Any"},"oauthConfiguration":{"clientId":"72fc7c10-1997-4c43-8744-93998b89d7e6",'
   '"enabledGrants":["authorization_code","refresh_token"],"relationship":"FirstParty"},'
   '"passwordlessConfiguration":{"enabled":true},'
   '"registrationConfiguration":{"confirmPassword":true,"enabled":true,"loginIdType":"email",'
   '"type":"basic"},"samlv2Configuration":{"enabled":false},"state":"Active"}',
   {{NOW_MS}} - 86400000::bigint * 380, {{NOW_MS}} - 86400000::bigint * 9, 'Northwind Store',
   'f15e619d-751d-43dd-8501-7f0c7b0a09c0', NULL, FALSE),
  ('13b30600-5a0f-42ef-8418-6f38285304d4', TRUE, 'd33a9850-7dc0-453c-972c-893280ed90eb',
   '{"jwtConfiguration":{"enabled":true,"refreshTokenOneTimeUseConfiguration":'
   '{"gracePeriodInSeconds":60},"refreshTokenUsagePolicy":"OneTimeUse",'
   '"timeToLiveInSeconds":600},"loginConfiguration":{"allowTokenRefresh":true,'
   '"generateRefreshTokens":true,"requireAuthentication":true},'
   '"multiFactorConfiguration":{"loginPolicy":"Required"},'
   '"oauthConfiguration":{"clientId":"13b30600-5a0f-42ef-8418-6f38285304d4",'
   '"enabledGrants":["authorization_code",'
   '"refresh_token"],"proofKeyForCodeExchangePolicy":"Required","relationship":"FirstParty"},'
   '"passwordlessConfiguration":{"enabled":true},'
   '"registrationConfiguration":{"enabled":true,"loginIdType":"phoneNumber","type":"basic"},'
   '"state":"Active"}',
   {{NOW_MS}} - 86400000::bigint * 150, {{NOW_MS}} - 86400000::bigint * 4, 'Northwind Mobile',
   'f15e619d-751d-43dd-8501-7f0c7b0a09c0', NULL, FALSE),
  ('aaf89014-d115-4369-95dd-270913395ae8', TRUE, 'd33a9850-7dc0-453c-972c-893280ed90eb',
   '{"jwtConfiguration":{"enabled":true,"timeToLiveInSeconds":3600},'
   '"loginConfiguration":{"generateRefreshTokens":false,"requireAuthentication":true},'
   '"multiFactorConfiguration":{"loginPolicy":"ChallengeOnHighRisk"},'
   '"oauthConfiguration":{"clientId":"aaf89014-d115-4369-95dd-270913395ae8",'
   '"relationship":"FirstParty"},'
   '"registrationConfiguration":{"enabled":true,"formId":"7c852dab-fa52-4766-8c3c-4b172ce62b5f",'
   '"type":"advanced"},'
   '"samlv2Configuration":{"debug":false,"enabled":true,"issuer":"https://partners.example.test",'
   '"requireSignedRequests":false},"state":"Active"}',
   {{NOW_MS}} - 86400000::bigint * 200, {{NOW_MS}} - 86400000::bigint * 15, 'Partner Portal',
   '3066d097-cd80-4f53-ac81-69007eaa0b68', NULL, FALSE),
  ('989d0371-fa7a-4ab9-b56d-be7fb098dc4c', TRUE, 'd33a9850-7dc0-453c-972c-893280ed90eb',
   '{"jwtConfiguration":{"enabled":true,"timeToLiveInSeconds":3600},'
   '"loginConfiguration":{"generateRefreshTokens":true,"requireAuthentication":false},'
   '"multiFactorConfiguration":{"loginPolicy":null},'
   '"oauthConfiguration":{"clientId":"989d0371-fa7a-4ab9-b56d-be7fb098dc4c",'
   '"consentMode":"AlwaysPrompt",'
   '"enabledGrants":["authorization_code","refresh_token"],"relationship":"ThirdParty"},'
   '"registrationConfiguration":{"enabled":false,"type":"basic"},"state":"Active"}',
   {{NOW_MS}} - 86400000::bigint * 90, {{NOW_MS}} - 86400000::bigint * 90, 'Insights',
   'b3e74e13-4e38-49c9-9c0e-db4a64471075', '3c717291-5d83-4014-bd51-97c76475dc86', FALSE),
  ('4cd3c65f-e027-4023-a474-8e916c94d47b', TRUE, 'd33a9850-7dc0-453c-972c-893280ed90eb',
   '{"jwtConfiguration":{"enabled":true,"timeToLiveInSeconds":1800},'
   '"loginConfiguration":{"generateRefreshTokens":false,"requireAuthentication":true},'
   '"multiFactorConfiguration":{"loginPolicy":"Disabled"},'
   '"oauthConfiguration":{"clientId":"4cd3c65f-e027-4023-a474-8e916c94d47b",'
   '"relationship":"FirstParty"},'
   '"registrationConfiguration":{"enabled":false,"type":"basic"},"state":"Active"}',
   {{NOW_MS}} - 86400000::bigint * 300, {{NOW_MS}} - 86400000::bigint * 60, 'Support Desk',
   'b3e74e13-4e38-49c9-9c0e-db4a64471075', '71492710-fb1d-476a-8692-697bd1c9fe22', FALSE),
  ('1a949d4a-02e7-493f-a837-b23c7bc4be41', TRUE, 'd33a9850-7dc0-453c-972c-893280ed90eb',
   '{"jwtConfiguration":{"enabled":true,"timeToLiveInSeconds":900},'
   '"loginConfiguration":{"generateRefreshTokens":true,"requireAuthentication":true},'
   '"multiFactorConfiguration":{"loginPolicy":"Enabled"},'
   '"oauthConfiguration":{"clientId":"1a949d4a-02e7-493f-a837-b23c7bc4be41",'
   '"relationship":"FirstParty"},'
   '"registrationConfiguration":{"enabled":false,"type":"basic"},"state":"Active",'
   '"universalConfiguration":{"universal":true}}',
   {{NOW_MS}} - 86400000::bigint * 100, {{NOW_MS}} - 86400000::bigint * 100,
   'Northwind Account', NULL, '71492710-fb1d-476a-8692-697bd1c9fe22', TRUE),
  ('769a4448-6ce5-4c81-ad27-47570702617a', FALSE, 'd33a9850-7dc0-453c-972c-893280ed90eb',
   '{"jwtConfiguration":{"enabled":true,"timeToLiveInSeconds":3600},'
   '"loginConfiguration":{"generateRefreshTokens":true,"requireAuthentication":false},'
   '"oauthConfiguration":{"clientId":"769a4448-6ce5-4c81-ad27-47570702617a",'
   '"relationship":"ThirdParty"},'
   '"registrationConfiguration":{"enabled":true,"type":"basic"},'
   '"samlv2Configuration":{"enabled":true,"issuer":"legacy-catalog"},"state":"Inactive"}',
   {{NOW_MS}} - 86400000::bigint * 390, {{NOW_MS}} - 86400000::bigint * 5, 'Legacy Catalog',
   'f15e619d-751d-43dd-8501-7f0c7b0a09c0', NULL, FALSE),
  ('ae22278e-7adc-4390-9878-6dd68f58f76a', TRUE, 'd33a9850-7dc0-453c-972c-893280ed90eb',
   '{"jwtConfiguration":{"enabled":true,"timeToLiveInSeconds":3600},'
   '"loginConfiguration":{"generateRefreshTokens":true,"requireAuthentication":true},'
   '"multiFactorConfiguration":{"loginPolicy":"Enabled"},'
   '"oauthConfiguration":{"clientId":"ae22278e-7adc-4390-9878-6dd68f58f76a",'
   '"relationship":"FirstParty"},'
   '"passwordlessConfiguration":{"enabled":true},'
   '"registrationConfiguration":{"enabled":true,"formId":"6d444e7d-5f9c-4e4d-bf14-a34df86c3ad7",'
   '"type":"advanced"},'
   '"state":"Active"}',
   {{NOW_MS}} - 86400000::bigint * 330, {{NOW_MS}} - 86400000::bigint * 330,
   'Holiday Campaign', 'f15e619d-751d-43dd-8501-7f0c7b0a09c0', NULL, FALSE),
  ('bc9a72e4-df01-4368-be59-9df786065f1e', TRUE, 'd33a9850-7dc0-453c-972c-893280ed90eb',
   '{"jwtConfiguration":{"enabled":true,"refreshTokenOneTimeUseConfiguration":'
   '{"gracePeriodInSeconds":10}},"loginConfiguration":{"generateRefreshTokens":true,'
   '"requireAuthentication":true},'
   '"multiFactorConfiguration":{"loginPolicy":"ChallengeOnMediumRisk"},'
   '"oauthConfiguration":{"clientId":"bc9a72e4-df01-4368-be59-9df786065f1e",'
   '"relationship":"FirstParty"},'
   '"registrationConfiguration":{"enabled":true,"loginIdType":"email","type":"basic"},'
   '"state":"Active"}',
   {{NOW_MS}} - 86400000::bigint * 60, {{NOW_MS}} - 86400000::bigint * 21, 'Staging Store',
   '16d885f8-4092-4818-9d15-a42e5fee2f4c', NULL, FALSE);

UPDATE applications SET
    access_token_populate_lambdas_id = '9e5ce008-28a7-400d-a5af-61d240a74efe',
    email_verification_email_templates_id = 'e82a7869-35ef-4d51-9186-21bbe9c2ee5f',
    email_verified_email_templates_id = '19f99067-6d85-422f-8cae-7b51e601f4b5',
    forgot_password_email_templates_id = 'eb245ca1-dc23-4d9e-91b2-5c3722613cd9',
    id_token_populate_lambdas_id = '3c172733-df79-4251-aebf-34de01725ecf',
    login_new_device_email_templates_id = '014e7a33-a23d-4a92-a8ec-d9a784e7cf38',
    multi_factor_email_message_templates_id = '11c64b75-869b-43e9-8025-89869cabaf53',
    passwordless_email_templates_id = '0e3d5f34-7624-4a73-8307-3e391799dbc7',
    self_service_user_forms_id = '44edc847-cc02-4c18-8fe8-4250e9d20dbb',
    set_password_email_templates_id = 'eb245ca1-dc23-4d9e-91b2-5c3722613cd9'
  WHERE name = 'Northwind Store';

UPDATE applications SET
    access_token_populate_lambdas_id = '9e5ce008-28a7-400d-a5af-61d240a74efe',
    multi_factor_requirement_lambdas_id = '8b93a9a8-2ee4-4542-8ae3-b9bbb2656b5a',
    multi_factor_sms_message_templates_id = '89da5fe6-edf3-4f20-a37d-471ce7bcc6df',
    phone_configuration_forgot_password_templates_id = '89da5fe6-edf3-4f20-a37d-471ce7bcc6df',
    phone_configuration_login_new_device_templates_id = '936b6e46-35ef-4ec6-bc14-953d093386be',
    phone_configuration_passwordless_templates_id = '89da5fe6-edf3-4f20-a37d-471ce7bcc6df',
    phone_configuration_two_factor_method_add_templates_id =
      '936b6e46-35ef-4ec6-bc14-953d093386be',
    phone_configuration_verification_complete_templates_id =
      'e2a4f906-3522-4477-b0ed-4205176c82f2',
    phone_configuration_verification_templates_id = 'e2a4f906-3522-4477-b0ed-4205176c82f2',
    self_service_user_forms_id = '44edc847-cc02-4c18-8fe8-4250e9d20dbb'
  WHERE name = 'Northwind Mobile';

UPDATE applications SET
    samlv2_populate_lambdas_id = 'fde9234c-4aec-42fe-8152-d44eca31f24c',
    self_service_registration_validation_lambdas_id = '38e5e995-24a4-4b0a-a973-5a78dc031280',
    verification_email_templates_id = 'e82a7869-35ef-4d51-9186-21bbe9c2ee5f'
  WHERE name = 'Partner Portal';

UPDATE applications SET userinfo_populate_lambdas_id = 'd5078f88-76bc-4fc3-b17e-e74df9067e8c'
  WHERE name = 'Insights';

UPDATE applications SET
    id_token_populate_lambdas_id = '3c172733-df79-4251-aebf-34de01725ecf',
    forgot_password_email_templates_id = 'eb245ca1-dc23-4d9e-91b2-5c3722613cd9'
  WHERE name = 'Support Desk';

UPDATE applications SET
    access_token_populate_lambdas_id = '9e5ce008-28a7-400d-a5af-61d240a74efe',
    login_suspicious_email_templates_id = '014e7a33-a23d-4a92-a8ec-d9a784e7cf38'
  WHERE name = 'Legacy Catalog';

UPDATE applications SET
    email_verification_email_templates_id = 'e82a7869-35ef-4d51-9186-21bbe9c2ee5f',
    passwordless_email_templates_id = '0e3d5f34-7624-4a73-8307-3e391799dbc7'
  WHERE name = 'Holiday Campaign';

-- Daily active users, in epoch days. Inside the 7-day window (day > today - 7): FusionAuth,
-- Store, Mobile, Partner Portal, Insights (6 days ago), Support Desk, Northwind Account, and the
-- inactive Legacy Catalog. Holiday Campaign's newest day is today - 7, outside.
INSERT INTO application_daily_active_users (applications_id, count, day) VALUES
  ('3c219e58-ed0e-4b18-ad48-f4f92793ae32', 2, {{TODAY_EPOCH_DAY}}),
  ('3c219e58-ed0e-4b18-ad48-f4f92793ae32', 3, {{TODAY_EPOCH_DAY}} - 1),
  ('3c219e58-ed0e-4b18-ad48-f4f92793ae32', 1, {{TODAY_EPOCH_DAY}} - 5),
  ('72fc7c10-1997-4c43-8744-93998b89d7e6', 412, {{TODAY_EPOCH_DAY}}),
  ('72fc7c10-1997-4c43-8744-93998b89d7e6', 1187, {{TODAY_EPOCH_DAY}} - 1),
  ('72fc7c10-1997-4c43-8744-93998b89d7e6', 1243, {{TODAY_EPOCH_DAY}} - 2),
  ('72fc7c10-1997-4c43-8744-93998b89d7e6', 1301, {{TODAY_EPOCH_DAY}} - 3),
  ('72fc7c10-1997-4c43-8744-93998b89d7e6', 1156, {{TODAY_EPOCH_DAY}} - 4),
  ('72fc7c10-1997-4c43-8744-93998b89d7e6', 998, {{TODAY_EPOCH_DAY}} - 5),
  ('72fc7c10-1997-4c43-8744-93998b89d7e6', 1075, {{TODAY_EPOCH_DAY}} - 6),
  ('72fc7c10-1997-4c43-8744-93998b89d7e6', 1120, {{TODAY_EPOCH_DAY}} - 7),
  ('13b30600-5a0f-42ef-8418-6f38285304d4', 133, {{TODAY_EPOCH_DAY}}),
  ('13b30600-5a0f-42ef-8418-6f38285304d4', 402, {{TODAY_EPOCH_DAY}} - 2),
  ('13b30600-5a0f-42ef-8418-6f38285304d4', 389, {{TODAY_EPOCH_DAY}} - 3),
  ('aaf89014-d115-4369-95dd-270913395ae8', 17, {{TODAY_EPOCH_DAY}} - 1),
  ('aaf89014-d115-4369-95dd-270913395ae8', 22, {{TODAY_EPOCH_DAY}} - 4),
  ('989d0371-fa7a-4ab9-b56d-be7fb098dc4c', 4, {{TODAY_EPOCH_DAY}} - 6),
  ('4cd3c65f-e027-4023-a474-8e916c94d47b', 9, {{TODAY_EPOCH_DAY}}),
  ('4cd3c65f-e027-4023-a474-8e916c94d47b', 12, {{TODAY_EPOCH_DAY}} - 3),
  ('1a949d4a-02e7-493f-a837-b23c7bc4be41', 58, {{TODAY_EPOCH_DAY}}),
  ('769a4448-6ce5-4c81-ad27-47570702617a', 3, {{TODAY_EPOCH_DAY}} - 3),
  ('ae22278e-7adc-4390-9878-6dd68f58f76a', 41, {{TODAY_EPOCH_DAY}} - 7),
  ('ae22278e-7adc-4390-9878-6dd68f58f76a', 388, {{TODAY_EPOCH_DAY}} - 12),
  ('bc9a72e4-df01-4368-be59-9df786065f1e', 2, {{TODAY_EPOCH_DAY}} - 20),
  ('bc9a72e4-df01-4368-be59-9df786065f1e', 5, {{TODAY_EPOCH_DAY}} - 35);

-- Monthly active users. The Tenant manager has none, so its stat is left out of the payload.
INSERT INTO application_monthly_active_users (applications_id, count, month) VALUES
  ('3c219e58-ed0e-4b18-ad48-f4f92793ae32', 4, {{CURRENT_MONTH}}),
  ('3c219e58-ed0e-4b18-ad48-f4f92793ae32', 5, {{CURRENT_MONTH}} - 1),
  ('72fc7c10-1997-4c43-8744-93998b89d7e6', 6231, {{CURRENT_MONTH}}),
  ('72fc7c10-1997-4c43-8744-93998b89d7e6', 9874, {{CURRENT_MONTH}} - 1),
  ('13b30600-5a0f-42ef-8418-6f38285304d4', 1408, {{CURRENT_MONTH}}),
  ('13b30600-5a0f-42ef-8418-6f38285304d4', 2210, {{CURRENT_MONTH}} - 1),
  ('aaf89014-d115-4369-95dd-270913395ae8', 61, {{CURRENT_MONTH}}),
  ('989d0371-fa7a-4ab9-b56d-be7fb098dc4c', 4, {{CURRENT_MONTH}}),
  ('4cd3c65f-e027-4023-a474-8e916c94d47b', 14, {{CURRENT_MONTH}}),
  ('1a949d4a-02e7-493f-a837-b23c7bc4be41', 802, {{CURRENT_MONTH}}),
  ('ae22278e-7adc-4390-9878-6dd68f58f76a', 3120, {{CURRENT_MONTH}} - 1),
  ('bc9a72e4-df01-4368-be59-9df786065f1e', 6, {{CURRENT_MONTH}} - 1);

INSERT INTO global_daily_active_users (count, day) VALUES
  (561, {{TODAY_EPOCH_DAY}}),
  (1542, {{TODAY_EPOCH_DAY}} - 1),
  (1610, {{TODAY_EPOCH_DAY}} - 2),
  (1679, {{TODAY_EPOCH_DAY}} - 3),
  (1388, {{TODAY_EPOCH_DAY}} - 4),
  (1204, {{TODAY_EPOCH_DAY}} - 5),
  (1311, {{TODAY_EPOCH_DAY}} - 6),
  (1398, {{TODAY_EPOCH_DAY}} - 7);

INSERT INTO global_monthly_active_users (count, month) VALUES
  (7904, {{CURRENT_MONTH}}),
  (13650, {{CURRENT_MONTH}} - 1),
  (11873, {{CURRENT_MONTH}} - 2);

-- Registrations per hour (basic metrics: total users = sum(count) - sum(decremented_count)).
INSERT INTO global_registration_counts (count, decremented_count, hour) VALUES
  (18250, 412, {{CURRENT_HOUR}} - 24 * 90),
  (96, 3, {{CURRENT_HOUR}} - 26),
  (41, 0, {{CURRENT_HOUR}} - 3),
  (12, 1, {{CURRENT_HOUR}} - 1);

INSERT INTO hourly_logins (applications_id, count, data, hour) VALUES
  ('72fc7c10-1997-4c43-8744-93998b89d7e6', 188, NULL, {{CURRENT_HOUR}} - 1),
  ('72fc7c10-1997-4c43-8744-93998b89d7e6', 203, NULL, {{CURRENT_HOUR}} - 2),
  ('72fc7c10-1997-4c43-8744-93998b89d7e6', 97, NULL, {{CURRENT_HOUR}}),
  ('13b30600-5a0f-42ef-8418-6f38285304d4', 61, NULL, {{CURRENT_HOUR}} - 1),
  ('13b30600-5a0f-42ef-8418-6f38285304d4', 44, NULL, {{CURRENT_HOUR}} - 5),
  ('4cd3c65f-e027-4023-a474-8e916c94d47b', 6, NULL, {{CURRENT_HOUR}} - 2),
  ('1a949d4a-02e7-493f-a837-b23c7bc4be41', 25, NULL, {{CURRENT_HOUR}} - 1),
  ('3c219e58-ed0e-4b18-ad48-f4f92793ae32', 2, NULL, {{CURRENT_HOUR}} - 3);

-- Roles and groups.
INSERT INTO application_roles (id, applications_id, description, insert_instant, is_default,
                               is_super_role, last_update_instant, name) VALUES
  ('7af5278f-1a49-4780-a09a-e99725b6a519', '3c219e58-ed0e-4b18-ad48-f4f92793ae32', 'Global admin',
   {{NOW_MS}} - 86400000::bigint * 400, FALSE, TRUE, {{NOW_MS}} - 86400000::bigint * 400,
   'admin'),
  ('bc813cf6-de67-47bc-9e52-de2f72b95af1', '3c219e58-ed0e-4b18-ad48-f4f92793ae32', 'User manager',
   {{NOW_MS}} - 86400000::bigint * 400, FALSE, FALSE, {{NOW_MS}} - 86400000::bigint * 400,
   'user_manager'),
  ('7d8f326c-8f5d-42c8-a51e-6eb7810a7193', '3c219e58-ed0e-4b18-ad48-f4f92793ae32',
   'User support manager',
   {{NOW_MS}} - 86400000::bigint * 400, FALSE, FALSE, {{NOW_MS}} - 86400000::bigint * 400,
   'user_support_manager'),
  ('fa1ac1ba-39f6-4ff4-a0fc-7672d1405c62', '3c219e58-ed0e-4b18-ad48-f4f92793ae32',
   'Read-only access',
   {{NOW_MS}} - 86400000::bigint * 400, FALSE, FALSE, {{NOW_MS}} - 86400000::bigint * 400,
   'user_support_viewer'),
  ('98efcdf7-6f31-4313-8ac8-6d774e66014e', '72fc7c10-1997-4c43-8744-93998b89d7e6', 'Shopper',
   {{NOW_MS}} - 86400000::bigint * 380, TRUE, FALSE,
   {{NOW_MS}} - 86400000::bigint * 380, 'customer'),
  ('b21a1f11-9c8e-4624-a0db-410710636fd6', '72fc7c10-1997-4c43-8744-93998b89d7e6',
   'Manages the catalog and orders',
   {{NOW_MS}} - 86400000::bigint * 380, FALSE, FALSE, {{NOW_MS}} - 86400000::bigint * 380,
   'store-manager'),
  ('4829f7f3-8b2c-42a5-8855-841758ad9a08', '4cd3c65f-e027-4023-a474-8e916c94d47b', NULL,
   {{NOW_MS}} - 86400000::bigint * 300, TRUE, FALSE,
   {{NOW_MS}} - 86400000::bigint * 300, 'agent'),
  ('a555a19a-3fd2-4928-aad7-50bd45d4a4b4', '4cd3c65f-e027-4023-a474-8e916c94d47b', NULL,
   {{NOW_MS}} - 86400000::bigint * 300, FALSE, FALSE,
   {{NOW_MS}} - 86400000::bigint * 300, 'supervisor'),
  ('c8f29fff-1cdd-44d2-80bf-7940fcb0ee5d', 'aaf89014-d115-4369-95dd-270913395ae8', NULL,
   {{NOW_MS}} - 86400000::bigint * 200, FALSE, TRUE,
   {{NOW_MS}} - 86400000::bigint * 200, 'partner-admin'),
  ('e0c15d0e-929d-47d3-878f-1f4ae5716ad2', 'aaf89014-d115-4369-95dd-270913395ae8', NULL,
   {{NOW_MS}} - 86400000::bigint * 200, TRUE, FALSE,
   {{NOW_MS}} - 86400000::bigint * 200, 'partner-user'),
  ('3094ed6e-67c8-4bf7-a7f6-5276193ac5a2', '769a4448-6ce5-4c81-ad27-47570702617a', NULL,
   {{NOW_MS}} - 86400000::bigint * 390, FALSE, FALSE,
   {{NOW_MS}} - 86400000::bigint * 390, 'catalog-editor');

INSERT INTO groups (id, data, insert_instant, last_update_instant, name, tenants_id) VALUES
  ('35506f9a-f045-4fc1-bd0c-0e7a3d110300', '{"data":{"description":"People who run FusionAuth"}}',
   {{NOW_MS}} - 86400000::bigint * 400, {{NOW_MS}} - 86400000::bigint * 400, 'FusionAuth admins',
   'b3e74e13-4e38-49c9-9c0e-db4a64471075'),
  ('19c4c8d3-617c-4b50-b6f3-958d4c0824e0', '{"data":{}}', {{NOW_MS}} - 86400000::bigint * 300,
   {{NOW_MS}} - 86400000::bigint * 300, 'Support team', 'b3e74e13-4e38-49c9-9c0e-db4a64471075'),
  ('edabd94e-0e11-4333-93a0-71ba20130ad0', '{"data":{}}', {{NOW_MS}} - 86400000::bigint * 380,
   {{NOW_MS}} - 86400000::bigint * 380, 'Store managers', 'f15e619d-751d-43dd-8501-7f0c7b0a09c0'),
  ('dfa7a219-a1e2-41aa-85ec-419ed5e47263', '{"data":{}}', {{NOW_MS}} - 86400000::bigint * 200,
   {{NOW_MS}} - 86400000::bigint * 200, 'Partner admins', '3066d097-cd80-4f53-ac81-69007eaa0b68');

INSERT INTO group_application_roles (application_roles_id, groups_id) VALUES
  ('7af5278f-1a49-4780-a09a-e99725b6a519', '35506f9a-f045-4fc1-bd0c-0e7a3d110300'),
  ('7d8f326c-8f5d-42c8-a51e-6eb7810a7193', '19c4c8d3-617c-4b50-b6f3-958d4c0824e0'),
  ('4829f7f3-8b2c-42a5-8855-841758ad9a08', '19c4c8d3-617c-4b50-b6f3-958d4c0824e0'),
  ('a555a19a-3fd2-4928-aad7-50bd45d4a4b4', '19c4c8d3-617c-4b50-b6f3-958d4c0824e0'),
  ('b21a1f11-9c8e-4624-a0db-410710636fd6', 'edabd94e-0e11-4333-93a0-71ba20130ad0'),
  ('3094ed6e-67c8-4bf7-a7f6-5276193ac5a2', 'edabd94e-0e11-4333-93a0-71ba20130ad0'),
  ('c8f29fff-1cdd-44d2-80bf-7940fcb0ee5d', 'dfa7a219-a1e2-41aa-85ec-419ed5e47263');

-- OAuth scopes: required and optional ones, and one on the Store.
INSERT INTO application_oauth_scopes (id, applications_id, data, insert_instant,
                                      last_update_instant, name) VALUES
  ('b1a96133-43b8-4f64-8ab1-8ed0b454ce5a', '989d0371-fa7a-4ab9-b56d-be7fb098dc4c',
   '{"consentMessage":"Read your order history","data":{},"defaultConsentDetail":"",'
   '"description":"Order history for dashboards","required":true}',
   {{NOW_MS}} - 86400000::bigint * 90, {{NOW_MS}} - 86400000::bigint * 90, 'analytics:read'),
  ('5df3cf04-9f08-4faa-9a56-775bdfbb9d39', '989d0371-fa7a-4ab9-b56d-be7fb098dc4c',
   '{"consentMessage":"Export reports","data":{},"description":"CSV exports","required":false}',
   {{NOW_MS}} - 86400000::bigint * 90, {{NOW_MS}} - 86400000::bigint * 90, 'analytics:export'),
  ('77e1f898-adc2-40a1-9e5d-313ecf55eb4a', '72fc7c10-1997-4c43-8744-93998b89d7e6',
   '{"consentMessage":"Read your orders","data":{},"description":"Orders","required":true}',
   {{NOW_MS}} - 86400000::bigint * 60, {{NOW_MS}} - 86400000::bigint * 60, 'orders:read'),
  ('35501491-024a-42e0-99a4-ff5b74817767', 'aaf89014-d115-4369-95dd-270913395ae8',
   '{"consentMessage":"Read the partner catalog","data":{},"description":"Catalog",'
   '"required":false}',
   {{NOW_MS}} - 86400000::bigint * 60, {{NOW_MS}} - 86400000::bigint * 60, 'partner:catalog');

-- Identity providers. Global (tenants_id NULL): Google (with a reconcile lambda), the corporate
-- OpenID Connect provider, and a disabled ADFS. Tenant-scoped: Okta (SAML) and Entra ID (OpenID
-- Connect, with a lambda) for partners, and a Google provider for the staging tenant.
INSERT INTO identity_providers (id, data, enabled, insert_instant, last_update_instant, name,
                                type, keys_id, request_signing_keys_id, reconcile_lambdas_id,
                                tenants_id) VALUES
  ('1d67108c-7d13-4d30-be38-4b560b973c1c',
   '{"buttonText":"Continue with Google","client_id":"demo-client-id.apps.example.test",'
   '"client_secret":"demo-client-secret","data":{},"debug":false,"linkingStrategy":"LinkByEmail",'
   '"loginMethod":"UseRedirect","scope":"openid email profile"}',
   TRUE, {{NOW_MS}} - 86400000::bigint * 380, {{NOW_MS}} - 86400000::bigint * 30, 'Google',
   'Google', NULL, NULL, 'ff916f14-8c61-4959-b9cc-138852108ec2', NULL),
  ('cc80eee7-262d-4040-9b43-e34bdd281aa2',
   '{"buttonText":"Northwind staff login","data":{},"debug":false,'
   '"linkingStrategy":"LinkByEmail","oauth2":{"authorization_endpoint":'
   '"https://sso.northwind.example.test/oauth2/authorize","client_id":"fusionauth",'
   '"client_secret":"demo-client-secret","scope":"openid email profile",'
   '"token_endpoint":"https://sso.northwind.example.test/oauth2/token"}}',
   TRUE, {{NOW_MS}} - 86400000::bigint * 300, {{NOW_MS}} - 86400000::bigint * 300,
   'Northwind Workforce', 'OpenIDConnect', NULL, NULL, NULL, NULL),
  ('4995a169-6ca5-4900-adb7-6770a6b0f4f4',
   '{"buttonText":"Legacy ADFS","data":{},"debug":false,'
   '"idpEndpoint":"https://adfs.northwind.example.test/adfs/ls","useNameIdForEmail":true}',
   FALSE, {{NOW_MS}} - 86400000::bigint * 390, {{NOW_MS}} - 86400000::bigint * 100,
   'Legacy ADFS', 'SAMLv2', NULL, NULL, NULL, NULL),
  ('4bcb4794-a936-49af-994b-c9cabd3fccc2',
   '{"buttonText":"Partner login (Okta)","data":{},"debug":false,'
   '"idpEndpoint":"https://partners.okta.example.test/app/sso/saml",'
   '"linkingStrategy":"LinkByEmail","useNameIdForEmail":false}',
   TRUE, {{NOW_MS}} - 86400000::bigint * 190, {{NOW_MS}} - 86400000::bigint * 190,
   'Partner Okta', 'SAMLv2', NULL, NULL, NULL, '3066d097-cd80-4f53-ac81-69007eaa0b68'),
  ('53a46f5b-affa-4a27-9bba-722097ccabe5',
   '{"buttonText":"Partner login (Entra ID)","data":{},"debug":false,'
   '"linkingStrategy":"LinkByEmail","oauth2":{"authorization_endpoint":'
   '"https://login.example.test/partners/oauth2/v2.0/authorize","client_id":"demo-entra-app",'
   '"scope":"openid email"}}',
   TRUE, {{NOW_MS}} - 86400000::bigint * 150, {{NOW_MS}} - 86400000::bigint * 150,
   'Partner Entra ID', 'OpenIDConnect', NULL, NULL, '7f74f4f0-2cb8-4660-a0b0-e76fc8073e9b',
   '3066d097-cd80-4f53-ac81-69007eaa0b68'),
  ('44b895bf-b3ed-4e98-ae60-111dd11d4a24',
   '{"buttonText":"Google (staging)","client_id":"staging-client-id.apps.example.test",'
   '"client_secret":"demo-client-secret","data":{},"debug":true,"linkingStrategy":"LinkByEmail",'
   '"loginMethod":"UsePopup","scope":"openid email"}',
   TRUE, {{NOW_MS}} - 86400000::bigint * 60, {{NOW_MS}} - 86400000::bigint * 60,
   'Google (staging)', 'Google', NULL, NULL, NULL, '16d885f8-4092-4818-9d15-a42e5fee2f4c');

INSERT INTO identity_providers_applications (applications_id, data, enabled,
                                             identity_providers_id, keys_id) VALUES
  ('72fc7c10-1997-4c43-8744-93998b89d7e6', '{"createRegistration":true,"data":{},"properties":{}}',
   TRUE, '1d67108c-7d13-4d30-be38-4b560b973c1c',
   NULL),
  ('13b30600-5a0f-42ef-8418-6f38285304d4', '{"createRegistration":true,"data":{},"properties":{}}',
   TRUE, '1d67108c-7d13-4d30-be38-4b560b973c1c',
   NULL),
  ('1a949d4a-02e7-493f-a837-b23c7bc4be41',
   '{"createRegistration":false,"data":{},"properties":{}}', TRUE,
   '1d67108c-7d13-4d30-be38-4b560b973c1c',
   NULL),
  ('ae22278e-7adc-4390-9878-6dd68f58f76a', '{"createRegistration":true,"data":{},"properties":{}}',
   TRUE, '1d67108c-7d13-4d30-be38-4b560b973c1c',
   NULL),
  ('769a4448-6ce5-4c81-ad27-47570702617a', '{"createRegistration":true,"data":{},"properties":{}}',
   TRUE, '1d67108c-7d13-4d30-be38-4b560b973c1c',
   NULL),
  ('3c219e58-ed0e-4b18-ad48-f4f92793ae32',
   '{"createRegistration":false,"data":{},"properties":{}}',
   TRUE, 'cc80eee7-262d-4040-9b43-e34bdd281aa2', NULL),
  ('4cd3c65f-e027-4023-a474-8e916c94d47b', '{"createRegistration":true,"data":{},"properties":{}}',
   TRUE, 'cc80eee7-262d-4040-9b43-e34bdd281aa2',
   NULL),
  ('989d0371-fa7a-4ab9-b56d-be7fb098dc4c',
   '{"createRegistration":false,"data":{},"properties":{}}', FALSE,
   'cc80eee7-262d-4040-9b43-e34bdd281aa2', NULL),
  ('4cd3c65f-e027-4023-a474-8e916c94d47b',
   '{"createRegistration":false,"data":{},"properties":{}}', TRUE,
   '4995a169-6ca5-4900-adb7-6770a6b0f4f4',
   NULL),
  ('aaf89014-d115-4369-95dd-270913395ae8', '{"createRegistration":true,"data":{},"properties":{}}',
   TRUE, '4bcb4794-a936-49af-994b-c9cabd3fccc2',
   NULL),
  ('aaf89014-d115-4369-95dd-270913395ae8', '{"createRegistration":true,"data":{},"properties":{}}',
   TRUE, '53a46f5b-affa-4a27-9bba-722097ccabe5',
   NULL),
  ('bc9a72e4-df01-4368-be59-9df786065f1e', '{"createRegistration":true,"data":{},"properties":{}}',
   TRUE,
   '44b895bf-b3ed-4e98-ae60-111dd11d4a24', NULL);

-- ---------------------------------------------------------------------------------------------
-- Instance-wide configuration
-- ---------------------------------------------------------------------------------------------

-- API keys: the internal key (no format), two hashed keys (one expiring), a plain read-only
-- key and a plain key that expires next month.
INSERT INTO authentication_keys (id, expiration_instant, insert_instant,
                                 ip_access_control_lists_id, last_update_instant, key_format,
                                 key_manager, key_value, permissions, meta_data, name,
                                 tenants_id) VALUES
  ('cbbece41-e767-434c-8466-06fa5ccc2803', NULL, {{NOW_MS}} - 86400000::bigint * 400, NULL,
   {{NOW_MS}} - 86400000::bigint * 400, NULL, FALSE, '__internal_demo-not-a-real-key',
   '{"endpoints":{"/api/cache/reload":["POST"],"/api/system/log/export":["POST"]}}',
   '{"attributes":{"description":"Internal Use Only.","internalCacheReloader":"true",'
   '"internalLogDownloader":"true"}}', NULL, NULL),
  ('2170251e-4ee7-4423-9692-e9495e9930f7', {{NOW_MS}} + 86400000::bigint * 90,
   {{NOW_MS}} - 86400000::bigint * 30, NULL,
   {{NOW_MS}} - 86400000::bigint * 30, 1, FALSE,
   '5f4dcc3b5aa765d61d8327deb882cf99e3b0c44298fc1c149afbf4c8996fb924',
   '{"endpoints":{"/api/user":["GET","POST","PUT"],"/api/user/registration":["POST"]}}',
   '{"attributes":{"description":"Creates accounts for new partners"}}', 'Partner provisioning',
   '3066d097-cd80-4f53-ac81-69007eaa0b68'),
  ('3f1087ab-9216-4fb1-a7c8-8ad21ff3dd63', NULL, {{NOW_MS}} - 86400000::bigint * 200, NULL,
   {{NOW_MS}} - 86400000::bigint * 200, 1, TRUE,
   'a3f1c09e7d2b64e8f5c1a7d3b9e2f40c6d8a1b3e5f7091c2d4e6f8a0b2c4d6e8', NULL,
   '{"attributes":{"description":"Infrastructure as code"}}', 'Terraform', NULL),
  ('fd13c555-eeda-494b-a80d-f2e2008897fe', NULL, {{NOW_MS}} - 86400000::bigint * 120,
   '2f8bf4bd-0c55-4a7e-90b5-4fe62b80dd23',
   {{NOW_MS}} - 86400000::bigint * 120, 0, FALSE, 'demo-reporting-key-not-secret',
   '{"endpoints":{"/api/report/daily-active-user":["GET"],"/api/report/login":["GET"]}}',
   '{"attributes":{"description":"Read-only reporting"}}', 'Reporting', NULL),
  ('2cbcae0d-0428-4cb6-bff2-0530b7b07857', {{NOW_MS}} + 86400000::bigint * 30,
   {{NOW_MS}} - 86400000::bigint * 60, NULL,
   {{NOW_MS}} - 86400000::bigint * 60, 0, FALSE, 'demo-support-tooling-key',
   '{"endpoints":{"/api/user":["GET"],"/api/user/action":["POST"]}}',
   '{"attributes":{"description":"Support Desk back end"}}', 'Support tooling',
   'b3e74e13-4e38-49c9-9c0e-db4a64471075');

-- System-level webhook events (eventsEnabled) on three webhooks.
INSERT INTO webhooks (id, connect_timeout, description, data, global, headers,
                      http_authentication_username, http_authentication_password, insert_instant,
                      last_update_instant, read_timeout, signing_keys_id, ssl_certificate,
                      ssl_certificate_keys_id, url) VALUES
  ('2979a9ae-d6c3-41fb-8aaf-ee129147928c', 1000, 'Audit and event logs to the SIEM',
   '{"data":{},"eventsEnabled":{"audit-log.create":true,"event-log.create":true,'
   '"kickstart.success":false},"signatureConfiguration":{"enabled":false}}',
   TRUE, '{}', NULL, NULL, {{NOW_MS}} - 86400000::bigint * 250,
   {{NOW_MS}} - 86400000::bigint * 250, 2000, NULL, NULL, NULL,
   'https://siem.northwind.example.test/fusionauth'),
  ('e32c37da-a5d5-4ecf-8165-a8662d3953a1', 1000, 'Provisioning pipeline',
   '{"data":{},"eventsEnabled":{"kickstart.success":true,"user.create":true,'
   '"user.registration.create":true},"signatureConfiguration":{"enabled":true}}',
   TRUE, '{"X-Source":"fusionauth"}', NULL, NULL, {{NOW_MS}} - 86400000::bigint * 200,
   {{NOW_MS}} - 86400000::bigint * 20, 2000, NULL, NULL, NULL,
   'https://provisioning.northwind.example.test/hooks/fusionauth'),
  ('9943f2a0-8a3c-4f7c-89a0-74b0fcd18512', 1500, 'CRM sync',
   '{"data":{},"eventsEnabled":{"audit-log.create":false,"user.create":true,"user.update":true},'
   '"signatureConfiguration":{"enabled":false}}',
   FALSE, '{}', 'crm', 'demo-password', {{NOW_MS}} - 86400000::bigint * 150,
   {{NOW_MS}} - 86400000::bigint * 150, 3000, NULL, NULL, NULL,
   'https://crm.example.test/webhooks/northwind');

-- Kafka is on (it also feeds the Event bus messenger); CleanSpeak is not.
INSERT INTO integrations (data) VALUES
  ('{"cleanspeak":{"apiKey":"","applicationIds":[],"enabled":false,"url":""},'
   '"kafka":{"defaultTopic":"fusionauth","enabled":true,'
   '"producer":{"bootstrap.servers":"kafka.northwind.example.test:9092","max.block.ms":"5000"}}}');

INSERT INTO ip_access_control_lists (id, data, insert_instant, last_update_instant, name) VALUES
  ('2f8bf4bd-0c55-4a7e-90b5-4fe62b80dd23',
   '{"data":{},"entries":[{"action":"Block","endIPAddress":"*","startIPAddress":"*"},'
   '{"action":"Allow","endIPAddress":"192.0.2.255","startIPAddress":"192.0.2.0"}]}',
   {{NOW_MS}} - 86400000::bigint * 120, {{NOW_MS}} - 86400000::bigint * 120, 'Office networks'),
  ('75d942f3-3516-46b7-a93e-2f60de548e54',
   '{"data":{},"entries":[{"action":"Allow","endIPAddress":"*","startIPAddress":"*"},'
   '{"action":"Block","endIPAddress":"198.51.100.255","startIPAddress":"198.51.100.0"}]}',
   {{NOW_MS}} - 86400000::bigint * 40, {{NOW_MS}} - 86400000::bigint * 40,
   'Block known scanners');

-- Entity management: two entity types with permissions, and grants between service entities
-- (the entities themselves are not modelled; no stat reads them).
INSERT INTO entity_types (id, access_token_signing_keys_id, data, insert_instant,
                          last_update_instant, name) VALUES
  ('7ca6aabc-4443-46a3-8f82-7ef253446604', NULL,
   '{"data":{},"jwtConfiguration":{"enabled":true,"timeToLiveInSeconds":3600}}',
   {{NOW_MS}} - 86400000::bigint * 120, {{NOW_MS}} - 86400000::bigint * 120, 'API service'),
  ('a404acd3-d285-4c23-9598-cbc67e738ff7', NULL,
   '{"data":{},"jwtConfiguration":{"enabled":false,"timeToLiveInSeconds":0}}',
   {{NOW_MS}} - 86400000::bigint * 80, {{NOW_MS}} - 86400000::bigint * 80, 'Store kiosk');

INSERT INTO entity_type_permissions (id, data, description, entity_types_id, insert_instant,
                                     is_default, last_update_instant, name) VALUES
  ('5bc50d3e-9445-44cc-9988-bbfcb7298be0', NULL, 'Read the catalog',
   '7ca6aabc-4443-46a3-8f82-7ef253446604', {{NOW_MS}} - 86400000::bigint * 120, TRUE,
   {{NOW_MS}} - 86400000::bigint * 120, 'catalog:read'),
  ('a96fb40a-3105-4dbc-9c4e-0d2473cccb98', NULL, 'Change the catalog',
   '7ca6aabc-4443-46a3-8f82-7ef253446604', {{NOW_MS}} - 86400000::bigint * 120, FALSE,
   {{NOW_MS}} - 86400000::bigint * 120, 'catalog:write'),
  ('bfcad54b-079f-4998-b831-57bce396cbda', NULL, 'Read orders',
   '7ca6aabc-4443-46a3-8f82-7ef253446604', {{NOW_MS}} - 86400000::bigint * 120, FALSE,
   {{NOW_MS}} - 86400000::bigint * 120, 'orders:read'),
  ('5a013c55-91e6-43d4-b902-7cbdd138e76c', NULL, 'Report a sale',
   'a404acd3-d285-4c23-9598-cbc67e738ff7', {{NOW_MS}} - 86400000::bigint * 80, TRUE,
   {{NOW_MS}} - 86400000::bigint * 80, 'sale:report');

INSERT INTO entity_entity_grants (id, data, insert_instant, last_update_instant, recipient_id,
                                  target_id) VALUES
  ('c64b2007-7dd1-47b6-8788-5f4c490dba92', '{"data":{}}', {{NOW_MS}} - 86400000::bigint * 100,
   {{NOW_MS}} - 86400000::bigint * 100, '481c5944-ecc7-40d9-a0a3-2a9f27eb7877',
   '471c30f2-1354-4b54-85f8-f86a7b434b66'),
  ('260a2a09-ff1c-4f84-bbb1-a770e57b8560', '{"data":{}}', {{NOW_MS}} - 86400000::bigint * 100,
   {{NOW_MS}} - 86400000::bigint * 100, '7f46cb21-fb7f-48c5-ac5d-66cc41701c7c',
   '471c30f2-1354-4b54-85f8-f86a7b434b66'),
  ('671af823-9fb3-4d21-b508-219aa93777e8', '{"data":{}}', {{NOW_MS}} - 86400000::bigint * 70,
   {{NOW_MS}} - 86400000::bigint * 70, '1a26037f-38a4-44ef-90f0-7386ace13f88',
   '481c5944-ecc7-40d9-a0a3-2a9f27eb7877');

-- ---------------------------------------------------------------------------------------------
-- Usage-stats history
-- ---------------------------------------------------------------------------------------------
-- Yesterday's run, already sent, and today's run (2 hours ago), still waiting for the agent.
-- Both as FusionAuth's database mapper writes them: compact JSON, keys sorted, nulls and empty
-- lists left out. They differ where the data moved on: yesterday the Holiday Campaign's newest
-- login (today - 7) was still inside the 7-day window, so every stat it contributes to was one
-- higher; the daily-active, monthly-active and MFA counters were lower. Values that only the
-- running FusionAuth knows (Java version, memory, search type, ...) are those of a small
-- Docker install.
INSERT INTO usage_stats (application_version, instance_id, collection_duration,
                         collection_instant, failed_stats, sent, stats, stats_version, timings)
VALUES
  ('1.69.2', 'd3ce96ad-b36b-4514-8d32-a87440b102eb', 458925,
   {{NOW_MS}} - 86400000::bigint - 2 * 3600000, NULL, TRUE,
   '{"apiKeyExpiringEnabled":2,"apiKeyHashedEnabled":2,"applicationAccessTokenPopulateLambda":2,'
   '"applicationActiveLoggedIntoNumber":8,"applicationActiveNumber":10,'
   '"applicationActiveRoleNumber":10,"applicationActsAsSamlv2Idp":1,'
   '"applicationAdminMonthlyActiveUsers":4,'
   '"applicationAdvancedSelfServiceRegistrationEnabled":2,'
   '"applicationAdvancedSelfServiceRegistrationPreVerified":1,'
   '"applicationBasicSelfServicePhoneRegistrationEnabled":1,'
   '"applicationBasicSelfServiceRegistrationEnabled":2,'
   '"applicationCustomSelfServiceAccountForm":2,"applicationCustomThemeUsed":3,'
   '"applicationEmailUpdateTemplate":0,"applicationEmailVerificationTemplate":2,'
   '"applicationEmailVerifiedTemplate":1,"applicationEnabledIdentityProviders":[{"count":4,'
   '"idp":"Google"},{"count":2,"idp":"OpenIDConnect"},{"count":1,"idp":"SAMLv2"}],'
   '"applicationEnabledIdentityProvidersWithLambdas":5,'
   '"applicationEnabledTenantIdentityProviders":[{"count":1,"idp":"OpenIDConnect"},{"count":1,'
   '"idp":"SAMLv2"}],"applicationForgotPasswordPhoneTemplate":1,'
   '"applicationForgotPasswordTemplate":2,"applicationIdTokenPopulateLambda":2,'
   '"applicationIdentityUpdatePhoneTemplate":0,'
   '"applicationLoggedInApplicationsUsingSimpleThemes":1,'
   '"applicationLoginApiAuthenticationDisabled":1,"applicationLoginApiRefreshTokensEnabled":5,'
   '"applicationLoginIdInUseOnCreatePhoneTemplate":0,'
   '"applicationLoginIdInUseOnCreateTemplate":0,"applicationLoginIdInUseOnUpdateTemplate":0,'
   '"applicationLoginNewDevice":1,"applicationLoginNewDevicePhoneTemplate":1,'
   '"applicationLoginSuspiciousEmailTemplate":0,"applicationLoginSuspiciousPhoneTemplate":0,'
   '"applicationMagicLinks":3,"applicationMfaLambdasConfigured":1,"applicationMfaPolicy":7,'
   '"applicationMfaPolicyChallengeOnHighRisk":1,"applicationMfaPolicyChallengeOnMediumRisk":0,'
   '"applicationMfaPolicyDisabled":1,"applicationMfaPolicyEnabled":3,'
   '"applicationMfaPolicyRequired":1,"applicationMultiFactorEmailMessageTemplate":1,'
   '"applicationMultiFactorSmsMessageTemplate":1,"applicationNumber":11,'
   '"applicationOptionalScopes":2,"applicationOtherMonthlyActiveUsers":6188,'
   '"applicationPasswordResetSuccessPhoneTemplate":0,'
   '"applicationPasswordResetSuccessTemplate":0,"applicationPasswordUpdatePhoneTemplate":0,'
   '"applicationPasswordUpdateTemplate":0,"applicationPasswordlessPhoneTemplate":1,'
   '"applicationPasswordlessTemplate":2,"applicationRefreshTokenGracePeriodEnabled":2,'
   '"applicationRequiredScopes":2,"applicationSamlv2PopulateLambda":1,'
   '"applicationSelfServiceRegistrationValidationLambda":1,'
   '"applicationSetPasswordPhoneTemplate":0,"applicationSetPasswordTemplate":1,'
   '"applicationThirdParty":1,"applicationTwoFactorMethodAddPhoneTemplate":1,'
   '"applicationTwoFactorMethodAddTemplate":0,"applicationTwoFactorMethodRemovePhoneTemplate":0,'
   '"applicationTwoFactorMethodRemoveTemplate":0,"applicationUserinfoPopulateLambda":1,'
   '"applicationVerificationCompletePhoneTemplate":1,"applicationVerificationPhoneTemplate":1,'
   '"applicationVerificationTemplate":1,"atdCaptcha":1,"atdIpAcls":2,"atdRateLimiting":2,'
   '"entitiesPermissions":4,"entitiesTypeNumber":2,"groupApplicationRoles":6,'
   '"instanceDailyActiveUsers":37,"instanceDatabaseConnectionTimeout":2000,'
   '"instanceDatabaseIdleTimeout":120000,"instanceDatabaseMaxLifetime":240000,'
   '"instanceDatabaseMaximumPoolSize":20,"instanceDatabaseMinimumIdle":10,'
   '"instanceDatabaseMysqlEnforceUtf8mb4":true,"instanceDatabaseVersion":"16.4",'
   '"instanceFirstTimeSetupProgress":{"apiKeyConfigured":false,"applicationConfigured":true,'
   '"emailConfigured":true,"licenseActivated":false},'
   '"instanceFusionauthAppHttpReadTimeout":20000,'
   '"instanceFusionauthAppLocalMetricsEnabled":false,"instanceFusionauthAppMemory":536870912,'
   '"instanceFusionauthSearchHostsCount":1,"instanceJavaVersion":"21.0.5+11-LTS",'
   '"instanceNodes":1,"instanceProxyEnabled":false,"instanceSearchType":"database",'
   '"integrationsCleanspeakEnabled":false,"integrationsKafkaEnabled":true,"messengersGeneric":1,'
   '"messengersKafka":1,"messengersTwilio":1,"mfaChallenge":6120,"mfaFailedAttempt":425,'
   '"mfaSuccess":5624,"scimEnabled":1,"tenantBreachedPasswordDetection":2,'
   '"tenantClientCredentialsLambdaEnabled":1,"tenantCustomAdminUserForm":1,'
   '"tenantCustomConnectors":1,"tenantCustomThemeUsed":2,"tenantEmailMfaEnabled":2,'
   '"tenantEmailUpdateTemplate":1,"tenantEmailVerifiedTemplate":2,'
   '"tenantFamilyEnabledTemplate":1,"tenantForgotPasswordPhoneTemplate":1,'
   '"tenantForgotPasswordTemplate":3,"tenantIdentityUpdatePhoneTemplate":0,'
   '"tenantLoggedInApplicationsUsingSimpleThemesFromTenant":1,'
   '"tenantLoginIdInUseOnCreatePhoneTemplate":0,"tenantLoginIdInUseOnCreateTemplate":0,'
   '"tenantLoginIdInUseOnUpdateTemplate":0,"tenantLoginNewDevicePhoneTemplate":1,'
   '"tenantLoginNewDeviceTemplate":1,"tenantLoginSuspiciousEmailTemplate":1,'
   '"tenantLoginSuspiciousPhoneTemplate":0,"tenantMfaLambdasConfigured":1,'
   '"tenantMfaPolicyChallengeOnHighRisk":1,"tenantMfaPolicyChallengeOnMediumRisk":0,'
   '"tenantMfaPolicyDisabled":1,"tenantMfaPolicyEnabled":1,"tenantMfaPolicyRequired":1,'
   '"tenantMultiFactorEmailMessageTemplate":2,"tenantMultiFactorSmsMessageTemplate":1,'
   '"tenantNumber":4,"tenantPasswordResetSuccessPhoneTemplate":0,'
   '"tenantPasswordResetSuccessTemplate":1,"tenantPasswordUpdatePhoneTemplate":0,'
   '"tenantPasswordUpdateTemplate":0,"tenantPasswordlessPhoneTemplate":1,'
   '"tenantPasswordlessTemplate":2,"tenantPhoneConfigurationMessengers":1,'
   '"tenantSetPasswordPhoneTemplate":0,"tenantSetPasswordTemplate":3,"tenantSmsMfaEnabled":1,'
   '"tenantSsoSessionBootstrapEnabled":1,"tenantTotpMfaEnabled":4,'
   '"tenantTwoFactorMethodAddPhoneTemplate":0,"tenantTwoFactorMethodAddTemplate":1,'
   '"tenantTwoFactorMethodRemovePhoneTemplate":0,"tenantTwoFactorMethodRemoveTemplate":1,'
   '"tenantVerificationCompletePhoneTemplate":1,"tenantVerificationPhoneTemplate":1,'
   '"tenantVerificationTemplate":3,"tenantWebauthnEnabled":1,"universalApplicationNumber":2,'
   '"webhookAuditLogCreate":1,"webhookEventLogCreate":1,"webhookGroupCreate":1,'
   '"webhookGroupCreateComplete":0,"webhookGroupCreateTransactional":1,"webhookGroupDelete":0,'
   '"webhookGroupDeleteComplete":0,"webhookGroupDeleteTransactional":0,'
   '"webhookGroupMemberAdd":1,"webhookGroupMemberAddComplete":0,'
   '"webhookGroupMemberAddTransactional":1,"webhookGroupMemberRemove":1,'
   '"webhookGroupMemberRemoveComplete":0,"webhookGroupMemberRemoveTransactional":1,'
   '"webhookGroupMemberUpdate":0,"webhookGroupMemberUpdateComplete":0,'
   '"webhookGroupMemberUpdateTransactional":0,"webhookGroupUpdate":0,'
   '"webhookGroupUpdateComplete":0,"webhookGroupUpdateTransactional":0,'
   '"webhookJwtPublicKeyUpdate":0,"webhookJwtRefresh":0,"webhookJwtRefreshTokenRevoke":1,'
   '"webhookJwtRefreshTokenRevokeTransactional":0,"webhookJwtRefreshTransactional":0,'
   '"webhookKickstartSuccess":1,"webhookUserAction":0,"webhookUserBulkCreate":0,'
   '"webhookUserCreate":3,"webhookUserCreateComplete":1,"webhookUserCreateTransactional":2,'
   '"webhookUserDeactivate":1,"webhookUserDeactivateTransactional":1,"webhookUserDelete":1,'
   '"webhookUserDeleteComplete":0,"webhookUserDeleteTransactional":0,"webhookUserEmailUpdate":0,'
   '"webhookUserEmailVerified":1,"webhookUserEmailVerifiedTransactional":1,'
   '"webhookUserIdentityProviderLink":1,"webhookUserIdentityProviderUnlink":0,'
   '"webhookUserLoginFailed":1,"webhookUserLoginFailedTransactional":0,'
   '"webhookUserLoginNewDevice":1,"webhookUserLoginNewDeviceTransactional":0,'
   '"webhookUserLoginSuccess":1,"webhookUserLoginSuccessTransactional":0,'
   '"webhookUserLoginSuspicious":0,"webhookUserLoginSuspiciousTransactional":0,'
   '"webhookUserPasswordBreach":1,"webhookUserPasswordBreachTransactional":0,'
   '"webhookUserPasswordResetSend":0,"webhookUserPasswordResetStart":0,'
   '"webhookUserPasswordResetSuccess":1,"webhookUserPasswordUpdate":0,"webhookUserReactivate":0,'
   '"webhookUserReactivateTransactional":0,"webhookUserRegistrationCreate":2,'
   '"webhookUserRegistrationCreateComplete":1,"webhookUserRegistrationCreateTransactional":2,'
   '"webhookUserRegistrationDelete":1,"webhookUserRegistrationDeleteComplete":0,'
   '"webhookUserRegistrationDeleteTransactional":0,"webhookUserRegistrationUpdate":0,'
   '"webhookUserRegistrationUpdateComplete":0,"webhookUserRegistrationUpdateTransactional":0,'
   '"webhookUserRegistrationVerified":0,"webhookUserRegistrationVerifiedTransactional":0,'
   '"webhookUserTwoFactorChallenge":1,"webhookUserTwoFactorFailedAttempt":1,'
   '"webhookUserTwoFactorMethodAdd":1,"webhookUserTwoFactorMethodRemove":0,'
   '"webhookUserTwoFactorSuccess":1,"webhookUserUpdate":1,"webhookUserUpdateComplete":0,'
   '"webhookUserUpdateTransactional":1}',
   '0.13.0',
   '{"apiKeyExpiringEnabled":6,"apiKeyHashedEnabled":10,'
   '"applicationAccessTokenPopulateLambda":3,"applicationActiveLoggedIntoNumber":7,'
   '"applicationActiveNumber":5,"applicationActiveRoleNumber":9,"applicationActsAsSamlv2Idp":9,'
   '"applicationAdminMonthlyActiveUsers":4,'
   '"applicationAdvancedSelfServiceRegistrationEnabled":9,'
   '"applicationAdvancedSelfServiceRegistrationPreVerified":10,'
   '"applicationBasicSelfServicePhoneRegistrationEnabled":10,'
   '"applicationBasicSelfServiceRegistrationEnabled":10,'
   '"applicationCustomSelfServiceAccountForm":7,"applicationCustomThemeUsed":10,'
   '"applicationEmailUpdateTemplate":10,"applicationEmailVerificationTemplate":12,'
   '"applicationEmailVerifiedTemplate":11,"applicationEnabledIdentityProviders":2,'
   '"applicationEnabledIdentityProvidersWithLambdas":2,'
   '"applicationEnabledTenantIdentityProviders":10,"applicationForgotPasswordPhoneTemplate":2,'
   '"applicationForgotPasswordTemplate":4,"applicationIdTokenPopulateLambda":10,'
   '"applicationIdentityUpdatePhoneTemplate":5,'
   '"applicationLoggedInApplicationsUsingSimpleThemes":4,'
   '"applicationLoginApiAuthenticationDisabled":4,"applicationLoginApiRefreshTokensEnabled":12,'
   '"applicationLoginIdInUseOnCreatePhoneTemplate":3,'
   '"applicationLoginIdInUseOnCreateTemplate":10,"applicationLoginIdInUseOnUpdateTemplate":4,'
   '"applicationLoginNewDevice":12,"applicationLoginNewDevicePhoneTemplate":4,'
   '"applicationLoginSuspiciousEmailTemplate":4,"applicationLoginSuspiciousPhoneTemplate":7,'
   '"applicationMagicLinks":8,"applicationMfaLambdasConfigured":6,"applicationMfaPolicy":11,'
   '"applicationMfaPolicyChallengeOnHighRisk":11,"applicationMfaPolicyChallengeOnMediumRisk":11,'
   '"applicationMfaPolicyDisabled":12,"applicationMfaPolicyEnabled":9,'
   '"applicationMfaPolicyRequired":6,"applicationMultiFactorEmailMessageTemplate":4,'
   '"applicationMultiFactorSmsMessageTemplate":5,"applicationNumber":5,'
   '"applicationOptionalScopes":2,"applicationOtherMonthlyActiveUsers":5,'
   '"applicationPasswordResetSuccessPhoneTemplate":8,'
   '"applicationPasswordResetSuccessTemplate":9,"applicationPasswordUpdatePhoneTemplate":12,'
   '"applicationPasswordUpdateTemplate":4,"applicationPasswordlessPhoneTemplate":4,'
   '"applicationPasswordlessTemplate":3,"applicationRefreshTokenGracePeriodEnabled":2,'
   '"applicationRequiredScopes":9,"applicationSamlv2PopulateLambda":6,'
   '"applicationSelfServiceRegistrationValidationLambda":4,'
   '"applicationSetPasswordPhoneTemplate":2,"applicationSetPasswordTemplate":12,'
   '"applicationThirdParty":9,"applicationTwoFactorMethodAddPhoneTemplate":2,'
   '"applicationTwoFactorMethodAddTemplate":8,"applicationTwoFactorMethodRemovePhoneTemplate":3,'
   '"applicationTwoFactorMethodRemoveTemplate":12,"applicationUserinfoPopulateLambda":7,'
   '"applicationVerificationCompletePhoneTemplate":10,"applicationVerificationPhoneTemplate":3,'
   '"applicationVerificationTemplate":12,"atdCaptcha":4,"atdIpAcls":10,"atdRateLimiting":2,'
   '"entitiesPermissions":11,"entitiesTypeNumber":8,"groupApplicationRoles":6,'
   '"instanceDailyActiveUsers":11,"instanceDatabaseConnectionTimeout":1,'
   '"instanceDatabaseIdleTimeout":1,"instanceDatabaseMaxLifetime":0,'
   '"instanceDatabaseMaximumPoolSize":1,"instanceDatabaseMinimumIdle":0,'
   '"instanceDatabaseMysqlEnforceUtf8mb4":0,"instanceDatabaseVersion":0,'
   '"instanceFirstTimeSetupProgress":6,"instanceFusionauthAppHttpReadTimeout":1,'
   '"instanceFusionauthAppLocalMetricsEnabled":1,"instanceFusionauthAppMemory":1,'
   '"instanceFusionauthSearchHostsCount":0,"instanceJavaVersion":1,"instanceNodes":5,'
   '"instanceProxyEnabled":0,"instanceSearchType":1,"integrationsCleanspeakEnabled":9,'
   '"integrationsKafkaEnabled":10,"messengersGeneric":7,"messengersKafka":9,'
   '"messengersTwilio":2,"mfaChallenge":6,"mfaFailedAttempt":6,"mfaSuccess":8,"scimEnabled":2,'
   '"tenantBreachedPasswordDetection":2,"tenantClientCredentialsLambdaEnabled":2,'
   '"tenantCustomAdminUserForm":3,"tenantCustomConnectors":2,"tenantCustomThemeUsed":2,'
   '"tenantEmailMfaEnabled":4,"tenantEmailUpdateTemplate":2,"tenantEmailVerifiedTemplate":4,'
   '"tenantFamilyEnabledTemplate":3,"tenantForgotPasswordPhoneTemplate":2,'
   '"tenantForgotPasswordTemplate":3,"tenantIdentityUpdatePhoneTemplate":4,'
   '"tenantLoggedInApplicationsUsingSimpleThemesFromTenant":1,'
   '"tenantLoginIdInUseOnCreatePhoneTemplate":3,"tenantLoginIdInUseOnCreateTemplate":4,'
   '"tenantLoginIdInUseOnUpdateTemplate":4,"tenantLoginNewDevicePhoneTemplate":4,'
   '"tenantLoginNewDeviceTemplate":2,"tenantLoginSuspiciousEmailTemplate":4,'
   '"tenantLoginSuspiciousPhoneTemplate":4,"tenantMfaLambdasConfigured":1,'
   '"tenantMfaPolicyChallengeOnHighRisk":3,"tenantMfaPolicyChallengeOnMediumRisk":3,'
   '"tenantMfaPolicyDisabled":1,"tenantMfaPolicyEnabled":1,"tenantMfaPolicyRequired":1,'
   '"tenantMultiFactorEmailMessageTemplate":3,"tenantMultiFactorSmsMessageTemplate":1,'
   '"tenantNumber":4,"tenantPasswordResetSuccessPhoneTemplate":3,'
   '"tenantPasswordResetSuccessTemplate":3,"tenantPasswordUpdatePhoneTemplate":3,'
   '"tenantPasswordUpdateTemplate":4,"tenantPasswordlessPhoneTemplate":3,'
   '"tenantPasswordlessTemplate":4,"tenantPhoneConfigurationMessengers":2,'
   '"tenantSetPasswordPhoneTemplate":2,"tenantSetPasswordTemplate":2,"tenantSmsMfaEnabled":1,'
   '"tenantSsoSessionBootstrapEnabled":2,"tenantTotpMfaEnabled":2,'
   '"tenantTwoFactorMethodAddPhoneTemplate":1,"tenantTwoFactorMethodAddTemplate":4,'
   '"tenantTwoFactorMethodRemovePhoneTemplate":2,"tenantTwoFactorMethodRemoveTemplate":1,'
   '"tenantVerificationCompletePhoneTemplate":1,"tenantVerificationPhoneTemplate":3,'
   '"tenantVerificationTemplate":4,"tenantWebauthnEnabled":2,"universalApplicationNumber":11,'
   '"webhookAuditLogCreate":1,"webhookEventLogCreate":1,"webhookGroupCreate":2,'
   '"webhookGroupCreateComplete":1,"webhookGroupCreateTransactional":1,"webhookGroupDelete":3,'
   '"webhookGroupDeleteComplete":2,"webhookGroupDeleteTransactional":2,'
   '"webhookGroupMemberAdd":1,"webhookGroupMemberAddComplete":4,'
   '"webhookGroupMemberAddTransactional":1,"webhookGroupMemberRemove":1,'
   '"webhookGroupMemberRemoveComplete":4,"webhookGroupMemberRemoveTransactional":4,'
   '"webhookGroupMemberUpdate":1,"webhookGroupMemberUpdateComplete":1,'
   '"webhookGroupMemberUpdateTransactional":4,"webhookGroupUpdate":1,'
   '"webhookGroupUpdateComplete":4,"webhookGroupUpdateTransactional":4,'
   '"webhookJwtPublicKeyUpdate":4,"webhookJwtRefresh":2,"webhookJwtRefreshTokenRevoke":4,'
   '"webhookJwtRefreshTokenRevokeTransactional":1,"webhookJwtRefreshTransactional":2,'
   '"webhookKickstartSuccess":2,"webhookUserAction":4,"webhookUserBulkCreate":2,'
   '"webhookUserCreate":2,"webhookUserCreateComplete":1,"webhookUserCreateTransactional":3,'
   '"webhookUserDeactivate":4,"webhookUserDeactivateTransactional":4,"webhookUserDelete":3,'
   '"webhookUserDeleteComplete":1,"webhookUserDeleteTransactional":4,"webhookUserEmailUpdate":3,'
   '"webhookUserEmailVerified":1,"webhookUserEmailVerifiedTransactional":2,'
   '"webhookUserIdentityProviderLink":3,"webhookUserIdentityProviderUnlink":2,'
   '"webhookUserLoginFailed":3,"webhookUserLoginFailedTransactional":1,'
   '"webhookUserLoginNewDevice":4,"webhookUserLoginNewDeviceTransactional":1,'
   '"webhookUserLoginSuccess":2,"webhookUserLoginSuccessTransactional":4,'
   '"webhookUserLoginSuspicious":2,"webhookUserLoginSuspiciousTransactional":2,'
   '"webhookUserPasswordBreach":2,"webhookUserPasswordBreachTransactional":2,'
   '"webhookUserPasswordResetSend":3,"webhookUserPasswordResetStart":3,'
   '"webhookUserPasswordResetSuccess":2,"webhookUserPasswordUpdate":2,"webhookUserReactivate":4,'
   '"webhookUserReactivateTransactional":2,"webhookUserRegistrationCreate":3,'
   '"webhookUserRegistrationCreateComplete":3,"webhookUserRegistrationCreateTransactional":3,'
   '"webhookUserRegistrationDelete":2,"webhookUserRegistrationDeleteComplete":3,'
   '"webhookUserRegistrationDeleteTransactional":1,"webhookUserRegistrationUpdate":4,'
   '"webhookUserRegistrationUpdateComplete":4,"webhookUserRegistrationUpdateTransactional":1,'
   '"webhookUserRegistrationVerified":1,"webhookUserRegistrationVerifiedTransactional":1,'
   '"webhookUserTwoFactorChallenge":1,"webhookUserTwoFactorFailedAttempt":4,'
   '"webhookUserTwoFactorMethodAdd":2,"webhookUserTwoFactorMethodRemove":3,'
   '"webhookUserTwoFactorSuccess":4,"webhookUserUpdate":1,"webhookUserUpdateComplete":3,'
   '"webhookUserUpdateTransactional":1}'),
  ('1.69.2', 'd3ce96ad-b36b-4514-8d32-a87440b102eb', 458914, {{NOW_MS}} - 2 * 3600000, NULL, FALSE,
   '{"apiKeyExpiringEnabled":2,"apiKeyHashedEnabled":2,"applicationAccessTokenPopulateLambda":2,'
   '"applicationActiveLoggedIntoNumber":7,"applicationActiveNumber":10,'
   '"applicationActiveRoleNumber":10,"applicationActsAsSamlv2Idp":1,'
   '"applicationAdminMonthlyActiveUsers":4,'
   '"applicationAdvancedSelfServiceRegistrationEnabled":1,'
   '"applicationAdvancedSelfServiceRegistrationPreVerified":1,'
   '"applicationBasicSelfServicePhoneRegistrationEnabled":1,'
   '"applicationBasicSelfServiceRegistrationEnabled":2,'
   '"applicationCustomSelfServiceAccountForm":2,"applicationCustomThemeUsed":3,'
   '"applicationEmailUpdateTemplate":0,"applicationEmailVerificationTemplate":1,'
   '"applicationEmailVerifiedTemplate":1,"applicationEnabledIdentityProviders":[{"count":3,'
   '"idp":"Google"},{"count":2,"idp":"OpenIDConnect"},{"count":1,"idp":"SAMLv2"}],'
   '"applicationEnabledIdentityProvidersWithLambdas":4,'
   '"applicationEnabledTenantIdentityProviders":[{"count":1,"idp":"OpenIDConnect"},{"count":1,'
   '"idp":"SAMLv2"}],"applicationForgotPasswordPhoneTemplate":1,'
   '"applicationForgotPasswordTemplate":2,"applicationIdTokenPopulateLambda":2,'
   '"applicationIdentityUpdatePhoneTemplate":0,'
   '"applicationLoggedInApplicationsUsingSimpleThemes":1,'
   '"applicationLoginApiAuthenticationDisabled":1,"applicationLoginApiRefreshTokensEnabled":4,'
   '"applicationLoginIdInUseOnCreatePhoneTemplate":0,'
   '"applicationLoginIdInUseOnCreateTemplate":0,"applicationLoginIdInUseOnUpdateTemplate":0,'
   '"applicationLoginNewDevice":1,"applicationLoginNewDevicePhoneTemplate":1,'
   '"applicationLoginSuspiciousEmailTemplate":0,"applicationLoginSuspiciousPhoneTemplate":0,'
   '"applicationMagicLinks":2,"applicationMfaLambdasConfigured":1,"applicationMfaPolicy":6,'
   '"applicationMfaPolicyChallengeOnHighRisk":1,"applicationMfaPolicyChallengeOnMediumRisk":0,'
   '"applicationMfaPolicyDisabled":1,"applicationMfaPolicyEnabled":2,'
   '"applicationMfaPolicyRequired":1,"applicationMultiFactorEmailMessageTemplate":1,'
   '"applicationMultiFactorSmsMessageTemplate":1,"applicationNumber":11,'
   '"applicationOptionalScopes":2,"applicationOtherMonthlyActiveUsers":6231,'
   '"applicationPasswordResetSuccessPhoneTemplate":0,'
   '"applicationPasswordResetSuccessTemplate":0,"applicationPasswordUpdatePhoneTemplate":0,'
   '"applicationPasswordUpdateTemplate":0,"applicationPasswordlessPhoneTemplate":1,'
   '"applicationPasswordlessTemplate":1,"applicationRefreshTokenGracePeriodEnabled":2,'
   '"applicationRequiredScopes":2,"applicationSamlv2PopulateLambda":1,'
   '"applicationSelfServiceRegistrationValidationLambda":1,'
   '"applicationSetPasswordPhoneTemplate":0,"applicationSetPasswordTemplate":1,'
   '"applicationThirdParty":1,"applicationTwoFactorMethodAddPhoneTemplate":1,'
   '"applicationTwoFactorMethodAddTemplate":0,"applicationTwoFactorMethodRemovePhoneTemplate":0,'
   '"applicationTwoFactorMethodRemoveTemplate":0,"applicationUserinfoPopulateLambda":1,'
   '"applicationVerificationCompletePhoneTemplate":1,"applicationVerificationPhoneTemplate":1,'
   '"applicationVerificationTemplate":1,"atdCaptcha":1,"atdIpAcls":2,"atdRateLimiting":2,'
   '"entitiesPermissions":4,"entitiesTypeNumber":2,"groupApplicationRoles":6,'
   '"instanceDailyActiveUsers":561,"instanceDatabaseConnectionTimeout":2000,'
   '"instanceDatabaseIdleTimeout":120000,"instanceDatabaseMaxLifetime":240000,'
   '"instanceDatabaseMaximumPoolSize":20,"instanceDatabaseMinimumIdle":10,'
   '"instanceDatabaseMysqlEnforceUtf8mb4":true,"instanceDatabaseVersion":"16.4",'
   '"instanceFirstTimeSetupProgress":{"apiKeyConfigured":false,"applicationConfigured":true,'
   '"emailConfigured":true,"licenseActivated":false},'
   '"instanceFusionauthAppHttpReadTimeout":20000,'
   '"instanceFusionauthAppLocalMetricsEnabled":false,"instanceFusionauthAppMemory":536870912,'
   '"instanceFusionauthSearchHostsCount":1,"instanceJavaVersion":"21.0.5+11-LTS",'
   '"instanceNodes":1,"instanceProxyEnabled":false,"instanceSearchType":"database",'
   '"integrationsCleanspeakEnabled":false,"integrationsKafkaEnabled":true,"messengersGeneric":1,'
   '"messengersKafka":1,"messengersTwilio":1,"mfaChallenge":6183,"mfaFailedAttempt":428,'
   '"mfaSuccess":5679,"scimEnabled":1,"tenantBreachedPasswordDetection":2,'
   '"tenantClientCredentialsLambdaEnabled":1,"tenantCustomAdminUserForm":1,'
   '"tenantCustomConnectors":1,"tenantCustomThemeUsed":2,"tenantEmailMfaEnabled":2,'
   '"tenantEmailUpdateTemplate":1,"tenantEmailVerifiedTemplate":2,'
   '"tenantFamilyEnabledTemplate":1,"tenantForgotPasswordPhoneTemplate":1,'
   '"tenantForgotPasswordTemplate":3,"tenantIdentityUpdatePhoneTemplate":0,'
   '"tenantLoggedInApplicationsUsingSimpleThemesFromTenant":1,'
   '"tenantLoginIdInUseOnCreatePhoneTemplate":0,"tenantLoginIdInUseOnCreateTemplate":0,'
   '"tenantLoginIdInUseOnUpdateTemplate":0,"tenantLoginNewDevicePhoneTemplate":1,'
   '"tenantLoginNewDeviceTemplate":1,"tenantLoginSuspiciousEmailTemplate":1,'
   '"tenantLoginSuspiciousPhoneTemplate":0,"tenantMfaLambdasConfigured":1,'
   '"tenantMfaPolicyChallengeOnHighRisk":1,"tenantMfaPolicyChallengeOnMediumRisk":0,'
   '"tenantMfaPolicyDisabled":1,"tenantMfaPolicyEnabled":1,"tenantMfaPolicyRequired":1,'
   '"tenantMultiFactorEmailMessageTemplate":2,"tenantMultiFactorSmsMessageTemplate":1,'
   '"tenantNumber":4,"tenantPasswordResetSuccessPhoneTemplate":0,'
   '"tenantPasswordResetSuccessTemplate":1,"tenantPasswordUpdatePhoneTemplate":0,'
   '"tenantPasswordUpdateTemplate":0,"tenantPasswordlessPhoneTemplate":1,'
   '"tenantPasswordlessTemplate":2,"tenantPhoneConfigurationMessengers":1,'
   '"tenantSetPasswordPhoneTemplate":0,"tenantSetPasswordTemplate":3,"tenantSmsMfaEnabled":1,'
   '"tenantSsoSessionBootstrapEnabled":1,"tenantTotpMfaEnabled":4,'
   '"tenantTwoFactorMethodAddPhoneTemplate":0,"tenantTwoFactorMethodAddTemplate":1,'
   '"tenantTwoFactorMethodRemovePhoneTemplate":0,"tenantTwoFactorMethodRemoveTemplate":1,'
   '"tenantVerificationCompletePhoneTemplate":1,"tenantVerificationPhoneTemplate":1,'
   '"tenantVerificationTemplate":3,"tenantWebauthnEnabled":1,"universalApplicationNumber":2,'
   '"webhookAuditLogCreate":1,"webhookEventLogCreate":1,"webhookGroupCreate":1,'
   '"webhookGroupCreateComplete":0,"webhookGroupCreateTransactional":1,"webhookGroupDelete":0,'
   '"webhookGroupDeleteComplete":0,"webhookGroupDeleteTransactional":0,'
   '"webhookGroupMemberAdd":1,"webhookGroupMemberAddComplete":0,'
   '"webhookGroupMemberAddTransactional":1,"webhookGroupMemberRemove":1,'
   '"webhookGroupMemberRemoveComplete":0,"webhookGroupMemberRemoveTransactional":1,'
   '"webhookGroupMemberUpdate":0,"webhookGroupMemberUpdateComplete":0,'
   '"webhookGroupMemberUpdateTransactional":0,"webhookGroupUpdate":0,'
   '"webhookGroupUpdateComplete":0,"webhookGroupUpdateTransactional":0,'
   '"webhookJwtPublicKeyUpdate":0,"webhookJwtRefresh":0,"webhookJwtRefreshTokenRevoke":1,'
   '"webhookJwtRefreshTokenRevokeTransactional":0,"webhookJwtRefreshTransactional":0,'
   '"webhookKickstartSuccess":1,"webhookUserAction":0,"webhookUserBulkCreate":0,'
   '"webhookUserCreate":3,"webhookUserCreateComplete":1,"webhookUserCreateTransactional":2,'
   '"webhookUserDeactivate":1,"webhookUserDeactivateTransactional":1,"webhookUserDelete":1,'
   '"webhookUserDeleteComplete":0,"webhookUserDeleteTransactional":0,"webhookUserEmailUpdate":0,'
   '"webhookUserEmailVerified":1,"webhookUserEmailVerifiedTransactional":1,'
   '"webhookUserIdentityProviderLink":1,"webhookUserIdentityProviderUnlink":0,'
   '"webhookUserLoginFailed":1,"webhookUserLoginFailedTransactional":0,'
   '"webhookUserLoginNewDevice":1,"webhookUserLoginNewDeviceTransactional":0,'
   '"webhookUserLoginSuccess":1,"webhookUserLoginSuccessTransactional":0,'
   '"webhookUserLoginSuspicious":0,"webhookUserLoginSuspiciousTransactional":0,'
   '"webhookUserPasswordBreach":1,"webhookUserPasswordBreachTransactional":0,'
   '"webhookUserPasswordResetSend":0,"webhookUserPasswordResetStart":0,'
   '"webhookUserPasswordResetSuccess":1,"webhookUserPasswordUpdate":0,"webhookUserReactivate":0,'
   '"webhookUserReactivateTransactional":0,"webhookUserRegistrationCreate":2,'
   '"webhookUserRegistrationCreateComplete":1,"webhookUserRegistrationCreateTransactional":2,'
   '"webhookUserRegistrationDelete":1,"webhookUserRegistrationDeleteComplete":0,'
   '"webhookUserRegistrationDeleteTransactional":0,"webhookUserRegistrationUpdate":0,'
   '"webhookUserRegistrationUpdateComplete":0,"webhookUserRegistrationUpdateTransactional":0,'
   '"webhookUserRegistrationVerified":0,"webhookUserRegistrationVerifiedTransactional":0,'
   '"webhookUserTwoFactorChallenge":1,"webhookUserTwoFactorFailedAttempt":1,'
   '"webhookUserTwoFactorMethodAdd":1,"webhookUserTwoFactorMethodRemove":0,'
   '"webhookUserTwoFactorSuccess":1,"webhookUserUpdate":1,"webhookUserUpdateComplete":0,'
   '"webhookUserUpdateTransactional":1}',
   '0.13.0',
   '{"apiKeyExpiringEnabled":10,"apiKeyHashedEnabled":10,'
   '"applicationAccessTokenPopulateLambda":10,"applicationActiveLoggedIntoNumber":5,'
   '"applicationActiveNumber":10,"applicationActiveRoleNumber":12,'
   '"applicationActsAsSamlv2Idp":8,"applicationAdminMonthlyActiveUsers":12,'
   '"applicationAdvancedSelfServiceRegistrationEnabled":7,'
   '"applicationAdvancedSelfServiceRegistrationPreVerified":10,'
   '"applicationBasicSelfServicePhoneRegistrationEnabled":9,'
   '"applicationBasicSelfServiceRegistrationEnabled":7,'
   '"applicationCustomSelfServiceAccountForm":5,"applicationCustomThemeUsed":6,'
   '"applicationEmailUpdateTemplate":3,"applicationEmailVerificationTemplate":8,'
   '"applicationEmailVerifiedTemplate":12,"applicationEnabledIdentityProviders":3,'
   '"applicationEnabledIdentityProvidersWithLambdas":6,'
   '"applicationEnabledTenantIdentityProviders":8,"applicationForgotPasswordPhoneTemplate":11,'
   '"applicationForgotPasswordTemplate":7,"applicationIdTokenPopulateLambda":5,'
   '"applicationIdentityUpdatePhoneTemplate":9,'
   '"applicationLoggedInApplicationsUsingSimpleThemes":3,'
   '"applicationLoginApiAuthenticationDisabled":2,"applicationLoginApiRefreshTokensEnabled":3,'
   '"applicationLoginIdInUseOnCreatePhoneTemplate":12,'
   '"applicationLoginIdInUseOnCreateTemplate":11,"applicationLoginIdInUseOnUpdateTemplate":3,'
   '"applicationLoginNewDevice":6,"applicationLoginNewDevicePhoneTemplate":6,'
   '"applicationLoginSuspiciousEmailTemplate":10,"applicationLoginSuspiciousPhoneTemplate":11,'
   '"applicationMagicLinks":7,"applicationMfaLambdasConfigured":3,"applicationMfaPolicy":12,'
   '"applicationMfaPolicyChallengeOnHighRisk":12,"applicationMfaPolicyChallengeOnMediumRisk":9,'
   '"applicationMfaPolicyDisabled":2,"applicationMfaPolicyEnabled":3,'
   '"applicationMfaPolicyRequired":8,"applicationMultiFactorEmailMessageTemplate":10,'
   '"applicationMultiFactorSmsMessageTemplate":5,"applicationNumber":7,'
   '"applicationOptionalScopes":3,"applicationOtherMonthlyActiveUsers":8,'
   '"applicationPasswordResetSuccessPhoneTemplate":11,'
   '"applicationPasswordResetSuccessTemplate":3,"applicationPasswordUpdatePhoneTemplate":8,'
   '"applicationPasswordUpdateTemplate":5,"applicationPasswordlessPhoneTemplate":4,'
   '"applicationPasswordlessTemplate":2,"applicationRefreshTokenGracePeriodEnabled":11,'
   '"applicationRequiredScopes":11,"applicationSamlv2PopulateLambda":5,'
   '"applicationSelfServiceRegistrationValidationLambda":5,'
   '"applicationSetPasswordPhoneTemplate":4,"applicationSetPasswordTemplate":12,'
   '"applicationThirdParty":8,"applicationTwoFactorMethodAddPhoneTemplate":6,'
   '"applicationTwoFactorMethodAddTemplate":4,"applicationTwoFactorMethodRemovePhoneTemplate":3,'
   '"applicationTwoFactorMethodRemoveTemplate":11,"applicationUserinfoPopulateLambda":12,'
   '"applicationVerificationCompletePhoneTemplate":5,"applicationVerificationPhoneTemplate":4,'
   '"applicationVerificationTemplate":7,"atdCaptcha":8,"atdIpAcls":2,"atdRateLimiting":6,'
   '"entitiesPermissions":2,"entitiesTypeNumber":10,"groupApplicationRoles":10,'
   '"instanceDailyActiveUsers":6,"instanceDatabaseConnectionTimeout":1,'
   '"instanceDatabaseIdleTimeout":0,"instanceDatabaseMaxLifetime":0,'
   '"instanceDatabaseMaximumPoolSize":1,"instanceDatabaseMinimumIdle":0,'
   '"instanceDatabaseMysqlEnforceUtf8mb4":0,"instanceDatabaseVersion":0,'
   '"instanceFirstTimeSetupProgress":5,"instanceFusionauthAppHttpReadTimeout":1,'
   '"instanceFusionauthAppLocalMetricsEnabled":1,"instanceFusionauthAppMemory":0,'
   '"instanceFusionauthSearchHostsCount":0,"instanceJavaVersion":0,"instanceNodes":5,'
   '"instanceProxyEnabled":1,"instanceSearchType":1,"integrationsCleanspeakEnabled":7,'
   '"integrationsKafkaEnabled":3,"messengersGeneric":12,"messengersKafka":3,'
   '"messengersTwilio":5,"mfaChallenge":7,"mfaFailedAttempt":4,"mfaSuccess":8,"scimEnabled":7,'
   '"tenantBreachedPasswordDetection":2,"tenantClientCredentialsLambdaEnabled":2,'
   '"tenantCustomAdminUserForm":4,"tenantCustomConnectors":2,"tenantCustomThemeUsed":1,'
   '"tenantEmailMfaEnabled":2,"tenantEmailUpdateTemplate":4,"tenantEmailVerifiedTemplate":3,'
   '"tenantFamilyEnabledTemplate":2,"tenantForgotPasswordPhoneTemplate":2,'
   '"tenantForgotPasswordTemplate":2,"tenantIdentityUpdatePhoneTemplate":2,'
   '"tenantLoggedInApplicationsUsingSimpleThemesFromTenant":3,'
   '"tenantLoginIdInUseOnCreatePhoneTemplate":4,"tenantLoginIdInUseOnCreateTemplate":2,'
   '"tenantLoginIdInUseOnUpdateTemplate":4,"tenantLoginNewDevicePhoneTemplate":4,'
   '"tenantLoginNewDeviceTemplate":1,"tenantLoginSuspiciousEmailTemplate":1,'
   '"tenantLoginSuspiciousPhoneTemplate":3,"tenantMfaLambdasConfigured":1,'
   '"tenantMfaPolicyChallengeOnHighRisk":3,"tenantMfaPolicyChallengeOnMediumRisk":2,'
   '"tenantMfaPolicyDisabled":1,"tenantMfaPolicyEnabled":1,"tenantMfaPolicyRequired":1,'
   '"tenantMultiFactorEmailMessageTemplate":1,"tenantMultiFactorSmsMessageTemplate":1,'
   '"tenantNumber":3,"tenantPasswordResetSuccessPhoneTemplate":3,'
   '"tenantPasswordResetSuccessTemplate":2,"tenantPasswordUpdatePhoneTemplate":4,'
   '"tenantPasswordUpdateTemplate":2,"tenantPasswordlessPhoneTemplate":4,'
   '"tenantPasswordlessTemplate":1,"tenantPhoneConfigurationMessengers":4,'
   '"tenantSetPasswordPhoneTemplate":3,"tenantSetPasswordTemplate":4,"tenantSmsMfaEnabled":3,'
   '"tenantSsoSessionBootstrapEnabled":3,"tenantTotpMfaEnabled":3,'
   '"tenantTwoFactorMethodAddPhoneTemplate":1,"tenantTwoFactorMethodAddTemplate":1,'
   '"tenantTwoFactorMethodRemovePhoneTemplate":3,"tenantTwoFactorMethodRemoveTemplate":4,'
   '"tenantVerificationCompletePhoneTemplate":4,"tenantVerificationPhoneTemplate":2,'
   '"tenantVerificationTemplate":4,"tenantWebauthnEnabled":2,"universalApplicationNumber":2,'
   '"webhookAuditLogCreate":2,"webhookEventLogCreate":1,"webhookGroupCreate":1,'
   '"webhookGroupCreateComplete":3,"webhookGroupCreateTransactional":3,"webhookGroupDelete":3,'
   '"webhookGroupDeleteComplete":3,"webhookGroupDeleteTransactional":2,'
   '"webhookGroupMemberAdd":3,"webhookGroupMemberAddComplete":4,'
   '"webhookGroupMemberAddTransactional":1,"webhookGroupMemberRemove":3,'
   '"webhookGroupMemberRemoveComplete":1,"webhookGroupMemberRemoveTransactional":2,'
   '"webhookGroupMemberUpdate":4,"webhookGroupMemberUpdateComplete":3,'
   '"webhookGroupMemberUpdateTransactional":1,"webhookGroupUpdate":4,'
   '"webhookGroupUpdateComplete":3,"webhookGroupUpdateTransactional":2,'
   '"webhookJwtPublicKeyUpdate":1,"webhookJwtRefresh":4,"webhookJwtRefreshTokenRevoke":2,'
   '"webhookJwtRefreshTokenRevokeTransactional":2,"webhookJwtRefreshTransactional":2,'
   '"webhookKickstartSuccess":2,"webhookUserAction":2,"webhookUserBulkCreate":2,'
   '"webhookUserCreate":3,"webhookUserCreateComplete":4,"webhookUserCreateTransactional":2,'
   '"webhookUserDeactivate":4,"webhookUserDeactivateTransactional":3,"webhookUserDelete":3,'
   '"webhookUserDeleteComplete":1,"webhookUserDeleteTransactional":1,"webhookUserEmailUpdate":2,'
   '"webhookUserEmailVerified":2,"webhookUserEmailVerifiedTransactional":2,'
   '"webhookUserIdentityProviderLink":4,"webhookUserIdentityProviderUnlink":2,'
   '"webhookUserLoginFailed":1,"webhookUserLoginFailedTransactional":1,'
   '"webhookUserLoginNewDevice":2,"webhookUserLoginNewDeviceTransactional":3,'
   '"webhookUserLoginSuccess":4,"webhookUserLoginSuccessTransactional":1,'
   '"webhookUserLoginSuspicious":2,"webhookUserLoginSuspiciousTransactional":3,'
   '"webhookUserPasswordBreach":1,"webhookUserPasswordBreachTransactional":3,'
   '"webhookUserPasswordResetSend":1,"webhookUserPasswordResetStart":1,'
   '"webhookUserPasswordResetSuccess":3,"webhookUserPasswordUpdate":3,"webhookUserReactivate":2,'
   '"webhookUserReactivateTransactional":2,"webhookUserRegistrationCreate":4,'
   '"webhookUserRegistrationCreateComplete":3,"webhookUserRegistrationCreateTransactional":1,'
   '"webhookUserRegistrationDelete":2,"webhookUserRegistrationDeleteComplete":4,'
   '"webhookUserRegistrationDeleteTransactional":4,"webhookUserRegistrationUpdate":2,'
   '"webhookUserRegistrationUpdateComplete":1,"webhookUserRegistrationUpdateTransactional":2,'
   '"webhookUserRegistrationVerified":4,"webhookUserRegistrationVerifiedTransactional":4,'
   '"webhookUserTwoFactorChallenge":1,"webhookUserTwoFactorFailedAttempt":4,'
   '"webhookUserTwoFactorMethodAdd":1,"webhookUserTwoFactorMethodRemove":3,'
   '"webhookUserTwoFactorSuccess":4,"webhookUserUpdate":3,"webhookUserUpdateComplete":3,'
   '"webhookUserUpdateTransactional":3}');
