-- Synthetic FusionAuth database: the tables the 1.69.2 usage-stats collector reads.
--
-- Part 1 is the FusionAuth 1.60.2 PostgreSQL layout for those tables: same table names, column
-- names, column order and types, and the same primary keys and unique keys (with FusionAuth's
-- constraint names), so the collector's SQL behaves exactly as it would on a real 1.60.2 database.
-- Foreign keys and plain indexes are left out on purpose: the collector never relies on them, and
-- without them the seed files can insert rows in any order.
--
-- Part 2 adds the objects FusionAuth 1.69 introduced that the collector reads. No public 1.69 DDL
-- exists, so their types are the ones the collector's SQL implies (see collector.md §7 item 9).
-- They are ALTER TABLE statements so that part 1 stays a faithful 1.60.2 copy.
--
-- No rows here (not even `version`): the demo seed and the test seed each bring their own.
-- The file loads in PostgreSQL 15+ and in PGlite.

-- ---------------------------------------------------------------------------------------------
-- Part 1: FusionAuth 1.60.2 layout
-- ---------------------------------------------------------------------------------------------

CREATE TABLE application_daily_active_users (
  applications_id uuid NOT NULL,
  count integer NOT NULL,
  day integer NOT NULL,
  CONSTRAINT application_daily_active_users_uk_1 UNIQUE (applications_id, day)
);

CREATE TABLE application_monthly_active_users (
  applications_id uuid NOT NULL,
  count integer NOT NULL,
  month integer NOT NULL,
  CONSTRAINT application_monthly_active_users_uk_1 UNIQUE (applications_id, month)
);

CREATE TABLE application_oauth_scopes (
  id uuid NOT NULL,
  applications_id uuid NOT NULL,
  data text NOT NULL,
  insert_instant bigint NOT NULL,
  last_update_instant bigint NOT NULL,
  name character varying(191) NOT NULL,
  CONSTRAINT application_oauth_scopes_pkey PRIMARY KEY (id),
  CONSTRAINT application_oauth_scopes_uk_1 UNIQUE (applications_id, name)
);

CREATE TABLE application_roles (
  id uuid NOT NULL,
  applications_id uuid NOT NULL,
  description character varying(255),
  insert_instant bigint NOT NULL,
  is_default boolean NOT NULL,
  is_super_role boolean NOT NULL,
  last_update_instant bigint NOT NULL,
  name character varying(191) NOT NULL,
  CONSTRAINT application_roles_pkey PRIMARY KEY (id),
  CONSTRAINT application_roles_uk_1 UNIQUE (name, applications_id)
);

-- tenants_id is nullable since 1.59: universal applications (e.g. the Tenant manager) have none.
CREATE TABLE applications (
  id uuid NOT NULL,
  access_token_populate_lambdas_id uuid,
  access_token_signing_keys_id uuid,
  active boolean NOT NULL,
  admin_registration_forms_id uuid NOT NULL,
  data text NOT NULL,
  email_update_email_templates_id uuid,
  email_verification_email_templates_id uuid,
  email_verified_email_templates_id uuid,
  forgot_password_email_templates_id uuid,
  forms_id uuid,
  id_token_populate_lambdas_id uuid,
  id_token_signing_keys_id uuid,
  insert_instant bigint NOT NULL,
  last_update_instant bigint NOT NULL,
  login_id_in_use_on_create_email_templates_id uuid,
  login_id_in_use_on_update_email_templates_id uuid,
  login_new_device_email_templates_id uuid,
  login_suspicious_email_templates_id uuid,
  multi_factor_email_message_templates_id uuid,
  multi_factor_sms_message_templates_id uuid,
  name character varying(191) NOT NULL,
  passwordless_email_templates_id uuid,
  password_update_email_templates_id uuid,
  password_reset_success_email_templates_id uuid,
  phone_configuration_forgot_password_templates_id uuid,
  phone_configuration_identity_update_templates_id uuid,
  phone_configuration_login_id_in_use_on_create_templates_id uuid,
  phone_configuration_login_id_in_use_on_update_templates_id uuid,
  phone_configuration_login_new_device_templates_id uuid,
  phone_configuration_login_suspicious_templates_id uuid,
  phone_configuration_passwordless_templates_id uuid,
  phone_configuration_password_reset_success_templates_id uuid,
  phone_configuration_password_update_templates_id uuid,
  phone_configuration_set_password_templates_id uuid,
  phone_configuration_two_factor_method_add_templates_id uuid,
  phone_configuration_two_factor_method_remove_templates_id uuid,
  phone_configuration_verification_complete_templates_id uuid,
  phone_configuration_verification_templates_id uuid,
  samlv2_default_verification_keys_id uuid,
  samlv2_issuer character varying(191),
  samlv2_keys_id uuid,
  samlv2_logout_keys_id uuid,
  samlv2_logout_default_verification_keys_id uuid,
  samlv2_populate_lambdas_id uuid,
  samlv2_single_logout_keys_id uuid,
  self_service_registration_validation_lambdas_id uuid,
  self_service_user_forms_id uuid,
  set_password_email_templates_id uuid,
  tenants_id uuid,
  themes_id uuid,
  two_factor_method_add_email_templates_id uuid,
  two_factor_method_remove_email_templates_id uuid,
  ui_ip_access_control_lists_id uuid,
  universal boolean DEFAULT false NOT NULL,
  userinfo_populate_lambdas_id uuid,
  verification_email_templates_id uuid,
  CONSTRAINT applications_pkey PRIMARY KEY (id),
  CONSTRAINT applications_uk_1 UNIQUE (name, tenants_id),
  CONSTRAINT applications_uk_2 UNIQUE (samlv2_issuer, tenants_id)
);

-- key_format: 0 = plain (retrievable), 1 = SHA-256 hashed; NULL on the internal key. A hashed
-- key cannot be shown again, so FusionAuth insists that it has a name to recognise it by.
CREATE TABLE authentication_keys (
  id uuid NOT NULL,
  expiration_instant bigint,
  insert_instant bigint NOT NULL,
  ip_access_control_lists_id uuid,
  last_update_instant bigint NOT NULL,
  key_format smallint,
  key_manager boolean NOT NULL,
  key_value character varying(191) NOT NULL,
  permissions text,
  meta_data text,
  name character varying(191),
  tenants_id uuid,
  CONSTRAINT authentication_keys_pkey PRIMARY KEY (id),
  CONSTRAINT authentication_keys_uk_1 UNIQUE (key_value),
  CONSTRAINT authentication_keys_uk_2 UNIQUE (name),
  CONSTRAINT authentication_keys_chk_1 CHECK (((key_format <> 1) OR (name IS NOT NULL)))
);

CREATE TABLE connectors (
  id uuid NOT NULL,
  data text NOT NULL,
  insert_instant bigint NOT NULL,
  last_update_instant bigint NOT NULL,
  name character varying(191) NOT NULL,
  reconcile_lambdas_id uuid,
  ssl_certificate_keys_id uuid,
  type smallint NOT NULL,
  CONSTRAINT connectors_pkey PRIMARY KEY (id),
  CONSTRAINT connectors_uk_1 UNIQUE (name)
);

CREATE TABLE connectors_tenants (
  connectors_id uuid NOT NULL,
  data text NOT NULL,
  sequence smallint NOT NULL,
  tenants_id uuid NOT NULL,
  CONSTRAINT connectors_tenants_pkey PRIMARY KEY (connectors_id, tenants_id),
  CONSTRAINT connectors_tenants_uk_1 UNIQUE (connectors_id, tenants_id, sequence)
);

-- One row: the stat names the FusionAuth stats server asked for, joined with ','.
CREATE TABLE current_usage_stats (
  last_checked_instant bigint NOT NULL,
  last_modified_instant bigint NOT NULL,
  stats text NOT NULL
);

CREATE TABLE email_templates (
  id uuid NOT NULL,
  default_from_name character varying(255),
  default_html_template text NOT NULL,
  default_subject character varying(255) NOT NULL,
  default_text_template text NOT NULL,
  from_email character varying(255),
  insert_instant bigint NOT NULL,
  last_update_instant bigint NOT NULL,
  localized_from_names text,
  localized_html_templates text NOT NULL,
  localized_subjects text NOT NULL,
  localized_text_templates text NOT NULL,
  name character varying(191) NOT NULL,
  CONSTRAINT email_templates_pkey PRIMARY KEY (id),
  CONSTRAINT email_templates_uk_1 UNIQUE (name)
);

CREATE TABLE entity_entity_grants (
  id uuid NOT NULL,
  data text,
  insert_instant bigint NOT NULL,
  last_update_instant bigint NOT NULL,
  recipient_id uuid NOT NULL,
  target_id uuid NOT NULL,
  CONSTRAINT entity_entity_grants_pkey PRIMARY KEY (id),
  CONSTRAINT entity_entity_grants_uk_1 UNIQUE (recipient_id, target_id)
);

CREATE TABLE entity_type_permissions (
  id uuid NOT NULL,
  data text,
  description text,
  entity_types_id uuid NOT NULL,
  insert_instant bigint NOT NULL,
  is_default boolean NOT NULL,
  last_update_instant bigint NOT NULL,
  name character varying(191) NOT NULL,
  CONSTRAINT entity_type_permissions_pkey PRIMARY KEY (id),
  CONSTRAINT entity_type_permissions_uk_1 UNIQUE (entity_types_id, name)
);

CREATE TABLE entity_types (
  id uuid NOT NULL,
  access_token_signing_keys_id uuid,
  data text,
  insert_instant bigint NOT NULL,
  last_update_instant bigint NOT NULL,
  name character varying(191) NOT NULL,
  CONSTRAINT entity_types_pkey PRIMARY KEY (id),
  CONSTRAINT entity_types_uk_1 UNIQUE (name)
);

-- Needed only because form_steps names a form field in its key.
CREATE TABLE form_fields (
  id uuid NOT NULL,
  consents_id uuid,
  data text,
  insert_instant bigint NOT NULL,
  last_update_instant bigint NOT NULL,
  name character varying(191) NOT NULL,
  CONSTRAINT form_fields_pkey PRIMARY KEY (id),
  CONSTRAINT form_fields_uk_1 UNIQUE (name)
);

CREATE TABLE form_steps (
  form_fields_id uuid NOT NULL,
  forms_id uuid NOT NULL,
  sequence smallint NOT NULL,
  step smallint NOT NULL,
  CONSTRAINT form_steps_pkey PRIMARY KEY (forms_id, form_fields_id)
);

-- type: 0 registration, 1 adminRegistration, 2 adminUser, 3 selfServiceUser.
CREATE TABLE forms (
  id uuid NOT NULL,
  data text,
  insert_instant bigint NOT NULL,
  last_update_instant bigint NOT NULL,
  name character varying(191) NOT NULL,
  type smallint NOT NULL,
  CONSTRAINT forms_pkey PRIMARY KEY (id),
  CONSTRAINT forms_uk_1 UNIQUE (name)
);

CREATE TABLE global_daily_active_users (
  count integer NOT NULL,
  day integer NOT NULL,
  CONSTRAINT global_daily_active_users_uk_1 UNIQUE (day)
);

CREATE TABLE global_monthly_active_users (
  count integer NOT NULL,
  month integer NOT NULL,
  CONSTRAINT global_monthly_active_users_uk_1 UNIQUE (month)
);

CREATE TABLE global_registration_counts (
  count integer NOT NULL,
  decremented_count integer NOT NULL,
  hour integer NOT NULL,
  CONSTRAINT global_registration_counts_uk_1 UNIQUE (hour)
);

CREATE TABLE group_application_roles (
  application_roles_id uuid NOT NULL,
  groups_id uuid NOT NULL,
  CONSTRAINT group_application_roles_uk_1 UNIQUE (groups_id, application_roles_id)
);

CREATE TABLE groups (
  id uuid NOT NULL,
  data text,
  insert_instant bigint NOT NULL,
  last_update_instant bigint NOT NULL,
  name character varying(191) NOT NULL,
  tenants_id uuid NOT NULL,
  CONSTRAINT groups_pkey PRIMARY KEY (id),
  CONSTRAINT groups_uk_1 UNIQUE (name, tenants_id)
);

CREATE TABLE hourly_logins (
  applications_id uuid NOT NULL,
  count integer NOT NULL,
  data text,
  hour integer NOT NULL,
  CONSTRAINT hourly_logins_uk_1 UNIQUE (applications_id, hour)
);

-- type holds the IdentityProviderType enum name (Google, OpenIDConnect, SAMLv2, ...).
CREATE TABLE identity_providers (
  id uuid NOT NULL,
  data text NOT NULL,
  enabled boolean NOT NULL,
  insert_instant bigint NOT NULL,
  last_update_instant bigint NOT NULL,
  name character varying(191) NOT NULL,
  type character varying(255) NOT NULL,
  keys_id uuid,
  request_signing_keys_id uuid,
  reconcile_lambdas_id uuid,
  CONSTRAINT identity_providers_pkey PRIMARY KEY (id),
  CONSTRAINT identity_providers_uk_1 UNIQUE (name)
);

CREATE TABLE identity_providers_applications (
  applications_id uuid NOT NULL,
  data text NOT NULL,
  enabled boolean NOT NULL,
  identity_providers_id uuid NOT NULL,
  keys_id uuid
);

-- One row, and no primary key, as in FusionAuth.
CREATE TABLE instance (
  id uuid NOT NULL,
  activate_instant bigint,
  data text,
  license text,
  license_id character varying(255),
  setup_complete boolean NOT NULL,
  tenant_manager_applications_id uuid NOT NULL
);

CREATE TABLE integrations (
  data text NOT NULL
);

CREATE TABLE ip_access_control_lists (
  id uuid NOT NULL,
  data text NOT NULL,
  insert_instant bigint NOT NULL,
  last_update_instant bigint NOT NULL,
  name character varying(191) NOT NULL,
  CONSTRAINT ip_access_control_lists_pkey PRIMARY KEY (id),
  CONSTRAINT ip_access_control_lists_uk_1 UNIQUE (name)
);

CREATE TABLE lambdas (
  id uuid NOT NULL,
  body text NOT NULL,
  debug boolean NOT NULL,
  engine_type character varying(255) NOT NULL,
  insert_instant bigint NOT NULL,
  last_update_instant bigint NOT NULL,
  name character varying(255) NOT NULL,
  type smallint NOT NULL,
  CONSTRAINT lambdas_pkey PRIMARY KEY (id)
);

CREATE TABLE master_record (
  id uuid NOT NULL,
  instant bigint NOT NULL
);

CREATE TABLE message_templates (
  id uuid NOT NULL,
  data text NOT NULL,
  insert_instant bigint NOT NULL,
  last_update_instant bigint NOT NULL,
  name character varying(191) NOT NULL,
  type smallint NOT NULL,
  CONSTRAINT message_templates_pkey PRIMARY KEY (id),
  CONSTRAINT message_templates_uk_1 UNIQUE (name)
);

-- type: 0 Generic, 1 Kafka, 2 Twilio.
CREATE TABLE messengers (
  id uuid NOT NULL,
  data text NOT NULL,
  insert_instant bigint NOT NULL,
  last_update_instant bigint NOT NULL,
  name character varying(191) NOT NULL,
  type smallint NOT NULL,
  CONSTRAINT messengers_pkey PRIMARY KEY (id),
  CONSTRAINT messengers_uk_1 UNIQUE (name)
);

CREATE TABLE nodes (
  id uuid NOT NULL,
  data text NOT NULL,
  insert_instant bigint NOT NULL,
  last_checkin_instant bigint NOT NULL,
  runtime_mode character varying(255) NOT NULL,
  url character varying(255) NOT NULL,
  CONSTRAINT nodes_pkey PRIMARY KEY (id)
);

-- One row, and no primary key, as in FusionAuth.
CREATE TABLE system_configuration (
  data text NOT NULL,
  insert_instant bigint NOT NULL,
  last_update_instant bigint NOT NULL,
  report_timezone character varying(255) NOT NULL
);

CREATE TABLE tenants (
  id uuid NOT NULL,
  access_token_signing_keys_id uuid NOT NULL,
  admin_user_forms_id uuid NOT NULL,
  client_credentials_access_token_populate_lambdas_id uuid,
  confirm_child_email_templates_id uuid,
  data text,
  email_update_email_templates_id uuid,
  email_verified_email_templates_id uuid,
  failed_authentication_user_actions_id uuid,
  family_request_email_templates_id uuid,
  forgot_password_email_templates_id uuid,
  id_token_signing_keys_id uuid NOT NULL,
  insert_instant bigint NOT NULL,
  last_update_instant bigint NOT NULL,
  login_id_in_use_on_create_email_templates_id uuid,
  login_id_in_use_on_update_email_templates_id uuid,
  login_new_device_email_templates_id uuid,
  login_suspicious_email_templates_id uuid,
  login_validation_lambdas_id uuid,
  multi_factor_email_message_templates_id uuid,
  multi_factor_sms_message_templates_id uuid,
  multi_factor_sms_messengers_id uuid,
  name character varying(191) NOT NULL,
  password_reset_success_email_templates_id uuid,
  password_update_email_templates_id uuid,
  parent_registration_email_templates_id uuid,
  passwordless_email_templates_id uuid,
  phone_configuration_forgot_password_templates_id uuid,
  phone_configuration_identity_update_templates_id uuid,
  phone_configuration_login_id_in_use_on_create_templates_id uuid,
  phone_configuration_login_id_in_use_on_update_templates_id uuid,
  phone_configuration_login_new_device_templates_id uuid,
  phone_configuration_login_suspicious_templates_id uuid,
  phone_configuration_messengers_id uuid,
  phone_configuration_passwordless_templates_id uuid,
  phone_configuration_password_reset_success_templates_id uuid,
  phone_configuration_password_update_templates_id uuid,
  phone_configuration_set_password_templates_id uuid,
  phone_configuration_two_factor_method_add_templates_id uuid,
  phone_configuration_two_factor_method_remove_templates_id uuid,
  phone_configuration_verification_complete_templates_id uuid,
  phone_configuration_verification_templates_id uuid,
  scim_client_entity_types_id uuid,
  scim_enterprise_user_request_converter_lambdas_id uuid,
  scim_enterprise_user_response_converter_lambdas_id uuid,
  scim_group_request_converter_lambdas_id uuid,
  scim_group_response_converter_lambdas_id uuid,
  scim_server_entity_types_id uuid,
  scim_user_request_converter_lambdas_id uuid,
  scim_user_response_converter_lambdas_id uuid,
  set_password_email_templates_id uuid,
  themes_id uuid NOT NULL,
  two_factor_method_add_email_templates_id uuid,
  two_factor_method_remove_email_templates_id uuid,
  ui_ip_access_control_lists_id uuid,
  verification_email_templates_id uuid,
  CONSTRAINT tenants_pkey PRIMARY KEY (id),
  CONSTRAINT tenants_uk_1 UNIQUE (name)
);

CREATE TABLE themes (
  id uuid NOT NULL,
  data text NOT NULL,
  insert_instant bigint NOT NULL,
  last_update_instant bigint NOT NULL,
  name character varying(191) NOT NULL,
  CONSTRAINT themes_pkey PRIMARY KEY (id),
  CONSTRAINT themes_uk_1 UNIQUE (name)
);

-- One row per collection run; stats and timings are compact JSON with sorted keys.
CREATE TABLE usage_stats (
  application_version character varying(255) NOT NULL,
  instance_id uuid NOT NULL,
  collection_duration bigint NOT NULL,
  collection_instant bigint NOT NULL,
  failed_stats text,
  sent boolean NOT NULL,
  stats text NOT NULL,
  stats_version character varying(255) NOT NULL,
  timings text NOT NULL,
  CONSTRAINT usage_stats_pkey PRIMARY KEY (collection_instant)
);

-- One row, and no primary key, as in FusionAuth.
CREATE TABLE version (
  version character varying(255) NOT NULL
);

CREATE TABLE webhooks (
  id uuid NOT NULL,
  connect_timeout integer NOT NULL,
  description character varying(255),
  data text,
  global boolean NOT NULL,
  headers text,
  http_authentication_username character varying(255),
  http_authentication_password character varying(255),
  insert_instant bigint NOT NULL,
  last_update_instant bigint NOT NULL,
  read_timeout integer NOT NULL,
  signing_keys_id uuid,
  ssl_certificate text,
  ssl_certificate_keys_id uuid,
  url text NOT NULL,
  CONSTRAINT webhooks_pkey PRIMARY KEY (id)
);

-- ---------------------------------------------------------------------------------------------
-- Part 2: FusionAuth 1.69 additions read by the collector
-- ---------------------------------------------------------------------------------------------

-- Form-step type: 0 collectData, 1 verifyEmail, 2 verifyPhoneNumber. Every step before 1.69
-- collected data, hence the default. A verification step has no form field in 1.69, so
-- form_fields_id becomes nullable and the 1.60.2 key on (forms_id, form_fields_id) cannot stay.
-- (1.69 also gives each step a generated id; the collector never reads it, so it is left out.)
ALTER TABLE form_steps ADD COLUMN type smallint NOT NULL DEFAULT 0;
ALTER TABLE form_steps DROP CONSTRAINT form_steps_pkey;
ALTER TABLE form_steps ALTER COLUMN form_fields_id DROP NOT NULL;

-- NULL means a global identity provider; otherwise the tenant the provider belongs to.
ALTER TABLE identity_providers ADD COLUMN tenants_id uuid;

-- The lambda that decides whether a login needs a second factor.
ALTER TABLE applications ADD COLUMN multi_factor_requirement_lambdas_id uuid;
ALTER TABLE tenants ADD COLUMN multi_factor_requirement_lambdas_id uuid;

-- Running MFA counters, one row per tenant (FusionAuth upserts ON CONFLICT (tenants_id)).
CREATE TABLE mfa_metrics (
  tenants_id uuid NOT NULL,
  challenge_count integer NOT NULL,
  failed_attempt_count integer NOT NULL,
  success_count integer NOT NULL,
  CONSTRAINT mfa_metrics_uk_1 UNIQUE (tenants_id)
);
