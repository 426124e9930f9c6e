import { sql, type Kysely } from 'kysely';
import { columnTypes, engineOf } from '../column-types.ts';

// Owned by the identity module: mobile numbers become personal data at rest like ID numbers are
// (cipher + keyed lookup hash + masked form). people.mobile is renamed mobile_cipher; a citizen's
// account is found by login_hash (the keyed hash of the mobile they log in with) and keeps only the
// masked mobile, while login_name stays for staff usernames (window01), which are not personal.
//
// Migrations run before the master key is loaded, so they cannot encrypt. Rows written before this
// migration keep their clear mobile (in people.mobile_cipher, accounts.login_name) with a null hash
// until the identity service's encryptClearContacts() converts them at start-up.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function change(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('people').renameColumn('mobile', 'mobile_cipher').execute();
  await db.schema.alterTable('people').addColumn('mobile_hash', 'text').execute();
  await db.schema.alterTable('people').addColumn('mobile_masked', 'text').execute();
  await db.schema.createIndex('people_mobile_hash').on('people').column('mobile_hash').execute();

  if (engineOf(db) === 'postgres') {
    await db.schema
      .alterTable('accounts')
      .alterColumn('login_name', (c) => c.dropNotNull())
      .execute();
    await db.schema.alterTable('accounts').addColumn('login_hash', 'text').execute();
    await db.schema.alterTable('accounts').addColumn('login_masked', 'text').execute();
  } else {
    // SQLite cannot drop a NOT NULL constraint: the table is rebuilt, keeping every row and id.
    const t = columnTypes(db);
    await db.schema
      .createTable('accounts_next')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('login_name', 'text', (c) => c.unique())
      .addColumn('login_hash', 'text')
      .addColumn('login_masked', 'text')
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.references('people.id'))
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('locked_until', t.timestamp)
      .addColumn('disabled', t.bool, (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
    const columns = sql.raw(
      'id, kind, login_name, password_hash, person_id, display_name, failed_logins, locked_until, disabled, created_at, updated_at',
    );
    await sql`insert into accounts_next (${columns}) select ${columns} from accounts`.execute(db);
    await db.schema.dropTable('accounts').execute();
    await db.schema.alterTable('accounts_next').renameTo('accounts').execute();
    await db.schema.createIndex('accounts_person').on('accounts').column('person_id').execute();
  }
  await db.schema.createIndex('accounts_login_hash').on('accounts').column('login_hash').unique().execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // PostgreSQL: the migrator already runs this in a transaction.
  if (engineOf(db) === 'postgres') return change(db);
  // SQLite: the rebuild needs foreign keys off (sessions, roles … point at accounts), which only takes
  // effect outside a transaction; SQLite migrations run outside one, so this one opens its own.
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin`.execute(db);
    try {
      await change(db);
      const broken = await sql`pragma foreign_key_check`.execute(db);
      if (broken.rows.length > 0) throw new Error('rebuilding accounts broke a foreign key');
      await sql`commit`.execute(db);
    } catch (error) {
      await sql`rollback`.execute(db);
      throw error;
    }
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

export async function down(): Promise<void> {
  // The clear mobiles are gone once start-up has encrypted them, and undoing needs them back.
  throw new Error('0014_contact_encryption cannot be undone: restore a backup taken before it');
}
