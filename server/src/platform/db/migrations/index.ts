import type { Migration, MigrationProvider } from 'kysely';
import * as platform from './0001_platform.ts';
import * as identity from './0002_identity.ts';
import * as catalog from './0003_catalog.ts';
import * as files from './0004_files.ts';
import * as cases from './0005_cases.ts';
import * as notify from './0006_notify.ts';
import * as workflow from './0007_workflow.ts';
import * as nodeKeys from './0008_node_keys.ts';
import * as exchange from './0009_exchange.ts';
import * as licenses from './0010_licenses.ts';
import * as feedback from './0011_feedback.ts';
import * as licenceGrants from './0012_licence_grants.ts';
import * as supervisionIndexes from './0013_supervision_indexes.ts';
import * as contactEncryption from './0014_contact_encryption.ts';
import * as indicatorIndexes from './0015_indicator_indexes.ts';
import * as accountPreferences from './0016_account_preferences.ts';
import * as caseMaterialCounts from './0017_case_material_counts.ts';
import * as indicatorRollups from './0018_indicator_rollups.ts';
import * as taskAlertOrder from './0019_task_alert_order.ts';

/** Every migration, in order. Names are permanent once released. */
export const migrations: Record<string, Migration> = {
  '0001_platform': platform,
  '0002_identity': identity,
  '0003_catalog': catalog,
  '0004_files': files,
  '0005_cases': cases,
  '0006_notify': notify,
  '0007_workflow': workflow,
  '0008_node_keys': nodeKeys,
  '0009_exchange': exchange,
  '0010_licenses': licenses,
  '0011_feedback': feedback,
  '0012_licence_grants': licenceGrants,
  '0013_supervision_indexes': supervisionIndexes,
  '0014_contact_encryption': contactEncryption,
  '0015_indicator_indexes': indicatorIndexes,
  '0016_account_preferences': accountPreferences,
  '0017_case_material_counts': caseMaterialCounts,
  '0018_indicator_rollups': indicatorRollups,
  '0019_task_alert_order': taskAlertOrder,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
