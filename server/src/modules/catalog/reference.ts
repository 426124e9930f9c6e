import fs from 'node:fs';
import path from 'node:path';
import { appendAudit, type AuditContext } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import { inTransaction, type Db, type Tx } from '../../platform/db/database.ts';
import { Problem, fieldError, problems } from '../../platform/errors.ts';
import { newId, nowIso } from '../../platform/ids.ts';
import { catalogPolicy } from './policy.ts';
import * as store from './store.ts';
import { contains } from '../../platform/db/like.ts';

// Reference data of the catalogue: life-event topics and the colloquial-phrase dictionary.
// Both ship as data (data/catalog/*.json) and are loaded once into tables admins can edit.

interface TopicRow {
  code: string;
  name: string;
  nameEn: string;
  audience: 'person' | 'enterprise';
  sort: number;
}

export async function loadReferenceData(tx: Tx, dataDir: string): Promise<void> {
  const hasTopics = await tx.selectFrom('catalog_topics').select('code').limit(1).executeTakeFirst();
  if (!hasTopics) {
    const topics = JSON.parse(fs.readFileSync(path.join(dataDir, 'topics.json'), 'utf8')) as TopicRow[];
    for (const t of topics) {
      await tx
        .insertInto('catalog_topics')
        .values({ code: t.code, name: t.name, name_en: t.nameEn, audience: t.audience, sort: t.sort })
        .execute();
    }
  }
  const hasSynonyms = await tx.selectFrom('catalog_synonyms').select('id').limit(1).executeTakeFirst();
  if (!hasSynonyms) {
    const synonyms = JSON.parse(fs.readFileSync(path.join(dataDir, 'synonyms.json'), 'utf8')) as Array<{
      phrase: string;
      expansions: string[];
    }>;
    const now = nowIso();
    for (const s of synonyms) {
      await tx
        .insertInto('catalog_synonyms')
        .values({ id: newId(), phrase: s.phrase, expansions: JSON.stringify(s.expansions), updated_at: now })
        .execute();
    }
    await store.bumpRevision(tx);
  }
}

export async function listTopics(db: Db) {
  return db.selectFrom('catalog_topics').selectAll().orderBy('audience', 'desc').orderBy('sort').execute();
}

export interface SynonymInput {
  phrase: string;
  expansions: string[];
}

function checkSynonym(input: SynonymInput): SynonymInput {
  const phrase = input.phrase.trim();
  const expansions = [...new Set(input.expansions.map((e) => e.trim()).filter(Boolean))];
  const errors = [];
  if (phrase.length === 0) errors.push(fieldError('phrase', '请填写口语说法', 'Enter the everyday phrase'));
  if (expansions.length === 0)
    errors.push(fieldError('expansions', '请至少填写一个对应的规范词', 'Give at least one standard term'));
  if (errors.length > 0) throw problems.validation(errors);
  return { phrase, expansions };
}

const synonymNotFound = () => problems.notFound({ zh: '该同义词', en: 'Synonym' });

export function createSynonymService(db: Db) {
  async function list(limit: number, after: string | undefined, q: string | undefined) {
    return db
      .selectFrom('catalog_synonyms')
      .selectAll()
      .$if(q !== undefined && q !== '', (b) => b.where(contains('phrase', q!)))
      .$if(after !== undefined, (b) => b.where('phrase', '>', after!))
      .orderBy('phrase')
      .limit(limit + 1)
      .execute();
  }

  async function save(actor: Actor, audit: AuditContext, id: string | null, input: SynonymInput) {
    authorize(catalogPolicy, 'manageCatalog', actor, null);
    const clean = checkSynonym(input);
    return inTransaction(db, async (tx) => {
      const clash = await tx
        .selectFrom('catalog_synonyms')
        .select('id')
        .where('phrase', '=', clean.phrase)
        .executeTakeFirst();
      if (clash && clash.id !== id) {
        throw new Problem(
          409,
          'SYNONYM_EXISTS',
          { zh: '该口语说法已存在', en: 'This phrase already exists' },
          [fieldError('phrase', '该口语说法已存在', 'This phrase already exists')],
        );
      }
      const values = {
        phrase: clean.phrase,
        expansions: JSON.stringify(clean.expansions),
        updated_at: nowIso(),
      };
      const rowId = id ?? newId();
      if (id) {
        const result = await tx
          .updateTable('catalog_synonyms')
          .set(values)
          .where('id', '=', id)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw synonymNotFound();
      } else
        await tx
          .insertInto('catalog_synonyms')
          .values({ id: rowId, ...values })
          .execute();
      await store.bumpRevision(tx);
      await appendAudit(tx, audit, {
        action: id ? 'catalog.synonym_update' : 'catalog.synonym_create',
        recordType: 'catalog_synonym',
        recordId: rowId,
        detail: clean as unknown as Record<string, unknown>,
      });
      return { id: rowId, ...clean };
    });
  }

  async function remove(actor: Actor, audit: AuditContext, id: string) {
    authorize(catalogPolicy, 'manageCatalog', actor, null);
    await inTransaction(db, async (tx) => {
      const result = await tx.deleteFrom('catalog_synonyms').where('id', '=', id).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw synonymNotFound();
      await store.bumpRevision(tx);
      await appendAudit(tx, audit, {
        action: 'catalog.synonym_delete',
        recordType: 'catalog_synonym',
        recordId: id,
      });
    });
  }

  return { list, save, remove };
}
