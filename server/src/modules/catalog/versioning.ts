import type { Kysely } from 'kysely';
import type { Tx } from '../../platform/db/database.ts';
import { Problem } from '../../platform/errors.ts';
import { newId, nowIso } from '../../platform/ids.ts';

/**
 * The version life cycle shared by items and bundles: draft → published (immutable) → retired.
 * Editing a published record makes a new draft; publishing retires the version it replaces.
 */
export interface VersionedKind {
  owners: 'catalog_items' | 'catalog_bundles';
  versions: 'catalog_item_versions' | 'catalog_bundle_versions';
  ownerColumn: 'item_id' | 'bundle_id';
}

export const ITEM_VERSIONS: VersionedKind = {
  owners: 'catalog_items',
  versions: 'catalog_item_versions',
  ownerColumn: 'item_id',
};
export const BUNDLE_VERSIONS: VersionedKind = {
  owners: 'catalog_bundles',
  versions: 'catalog_bundle_versions',
  ownerColumn: 'bundle_id',
};

interface OwnerRow {
  id: string;
  published_version_id: string | null;
  draft_version_id: string | null;
  latest_version_no: number;
}

// Both kinds have the same columns; one untyped handle keeps the two from becoming copy-paste twins.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const loose = (tx: Tx) => tx as unknown as Kysely<any>;

export const versionConflict = () =>
  new Problem(409, 'VERSION_CONFLICT', {
    zh: '该事项已被他人修改，请刷新后再编辑',
    en: 'Someone else changed this meanwhile; reload and edit again',
  });

/** Version 1 of a new item or bundle, as its draft. */
export async function insertFirstDraft(
  tx: Tx,
  kind: VersionedKind,
  ownerId: string,
  content: unknown,
  by: string | null,
) {
  const now = nowIso();
  const versionId = newId();
  await loose(tx)
    .insertInto(kind.versions)
    .values({
      id: versionId,
      [kind.ownerColumn]: ownerId,
      version_no: 1,
      status: 'draft',
      content: JSON.stringify(content),
      created_at: now,
      created_by: by,
      updated_at: now,
    })
    .execute();
  await loose(tx)
    .updateTable(kind.owners)
    .set({ draft_version_id: versionId })
    .where('id', '=', ownerId)
    .execute();
  return versionId;
}

/**
 * Saves a draft. `baseVersionNo` is the version the editor started from: the draft's own number
 * when one exists, else the published one (a new draft is then made from it).
 */
export async function saveDraft(
  tx: Tx,
  kind: VersionedKind,
  owner: OwnerRow,
  content: unknown,
  baseVersionNo: number,
  by: string | null,
) {
  const db = loose(tx);
  const now = nowIso();
  if (owner.draft_version_id) {
    const result = await db
      .updateTable(kind.versions)
      .set({ content: JSON.stringify(content), updated_at: now, created_by: by })
      .where('id', '=', owner.draft_version_id)
      .where('status', '=', 'draft')
      .where('version_no', '=', baseVersionNo)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw versionConflict();
    await db.updateTable(kind.owners).set({ updated_at: now }).where('id', '=', owner.id).execute();
    return owner.draft_version_id;
  }
  if (baseVersionNo !== owner.latest_version_no) throw versionConflict();
  const versionNo = owner.latest_version_no + 1;
  const versionId = newId();
  // The owner row update is conditional on the number we read, so two editors cannot both add a draft.
  const claimed = await db
    .updateTable(kind.owners)
    .set({ draft_version_id: versionId, latest_version_no: versionNo, updated_at: now })
    .where('id', '=', owner.id)
    .where('latest_version_no', '=', owner.latest_version_no)
    .where('draft_version_id', 'is', null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) throw versionConflict();
  await db
    .insertInto(kind.versions)
    .values({
      id: versionId,
      [kind.ownerColumn]: owner.id,
      version_no: versionNo,
      status: 'draft',
      content: JSON.stringify(content),
      created_at: now,
      created_by: by,
      updated_at: now,
    })
    .execute();
  return versionId;
}

/** Publishes the draft and retires the version it replaces; returns the published version id. */
export async function publishDraft(tx: Tx, kind: VersionedKind, owner: OwnerRow, by: string | null) {
  if (!owner.draft_version_id) {
    throw new Problem(409, 'NO_DRAFT', { zh: '没有待发布的草稿', en: 'There is no draft to publish' });
  }
  const db = loose(tx);
  const now = nowIso();
  if (owner.published_version_id) {
    await db
      .updateTable(kind.versions)
      .set({ status: 'retired', retired_at: now, updated_at: now })
      .where('id', '=', owner.published_version_id)
      .execute();
  }
  await db
    .updateTable(kind.versions)
    .set({ status: 'published', published_at: now, published_by: by, updated_at: now })
    .where('id', '=', owner.draft_version_id)
    .where('status', '=', 'draft')
    .execute();
  const claimed = await db
    .updateTable(kind.owners)
    .set({ published_version_id: owner.draft_version_id, draft_version_id: null, updated_at: now })
    .where('id', '=', owner.id)
    .where('draft_version_id', '=', owner.draft_version_id)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) throw versionConflict();
  return owner.draft_version_id;
}

export async function retirePublished(tx: Tx, kind: VersionedKind, owner: OwnerRow) {
  if (!owner.published_version_id) {
    throw new Problem(409, 'NOT_PUBLISHED', { zh: '该事项当前未发布', en: 'Nothing is published to retire' });
  }
  const db = loose(tx);
  const now = nowIso();
  await db
    .updateTable(kind.versions)
    .set({ status: 'retired', retired_at: now, updated_at: now })
    .where('id', '=', owner.published_version_id)
    .execute();
  await db
    .updateTable(kind.owners)
    .set({ published_version_id: null, updated_at: now })
    .where('id', '=', owner.id)
    .execute();
}
