import type Database from 'better-sqlite3';

/** Ordered schema steps. Never edit a step that has shipped; add a new one. */
export const migrations: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
      CREATE TABLE responsible_parties (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        url TEXT,
        phone TEXT
      );

      CREATE TABLE walks (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        description TEXT,
        area TEXT NOT NULL,
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        meeting_point TEXT NOT NULL,
        route TEXT NOT NULL,
        lighting TEXT NOT NULL CHECK (lighting IN ('daylight', 'dark')),
        capacity INTEGER,
        status TEXT NOT NULL CHECK (status IN ('planned', 'cancelled', 'held')),
        cancellation_reason TEXT,
        organizer TEXT NOT NULL,
        accessibility_notes TEXT,
        allow_anonymous INTEGER NOT NULL,
        url TEXT,
        sequence INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX walks_starts_at ON walks (starts_at);

      CREATE TABLE registrations (
        id INTEGER PRIMARY KEY,
        walk_id INTEGER NOT NULL REFERENCES walks (id),
        name TEXT NOT NULL,
        email TEXT,
        phone TEXT,
        party_size INTEGER NOT NULL,
        role TEXT NOT NULL,
        needs TEXT,
        consent INTEGER NOT NULL,
        language TEXT,
        status TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlisted')),
        waitlist_position INTEGER,
        spam INTEGER NOT NULL DEFAULT 0,
        contact_erased INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      );
      CREATE INDEX registrations_walk ON registrations (walk_id);

      CREATE TABLE concern_categories (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        label TEXT NOT NULL,
        guidance TEXT NOT NULL,
        responsible_party_id TEXT NOT NULL REFERENCES responsible_parties (id),
        call_instead INTEGER NOT NULL,
        phone TEXT
      );

      CREATE TABLE concern_sequences (
        year INTEGER PRIMARY KEY,
        last INTEGER NOT NULL
      );

      CREATE TABLE concerns (
        reference TEXT PRIMARY KEY,
        category_id TEXT NOT NULL REFERENCES concern_categories (id),
        place TEXT NOT NULL,
        time_of_day TEXT NOT NULL,
        day_type TEXT NOT NULL,
        description TEXT NOT NULL,
        contact_name TEXT,
        contact_email TEXT,
        contact_phone TEXT,
        consent INTEGER NOT NULL,
        language TEXT,
        status TEXT NOT NULL CHECK (status IN ('received', 'in_progress', 'closed')),
        spam INTEGER NOT NULL DEFAULT 0,
        contact_erased INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        closed_at TEXT
      );
      CREATE INDEX concerns_created ON concerns (created_at);

      CREATE TABLE measures (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        description TEXT,
        place TEXT NOT NULL,
        area TEXT NOT NULL,
        location TEXT,
        responsible_party_id TEXT NOT NULL REFERENCES responsible_parties (id),
        status TEXT NOT NULL,
        target_date TEXT,
        public_reason TEXT,
        origin_walk_id INTEGER REFERENCES walks (id),
        origin_concern TEXT REFERENCES concerns (reference),
        remark_count INTEGER NOT NULL,
        links TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((origin_walk_id IS NULL) <> (origin_concern IS NULL))
      );
      CREATE INDEX measures_walk ON measures (origin_walk_id);

      CREATE TABLE measure_status_changes (
        id INTEGER PRIMARY KEY,
        measure_id INTEGER NOT NULL REFERENCES measures (id),
        status TEXT NOT NULL,
        at TEXT NOT NULL,
        note TEXT
      );
      CREATE INDEX measure_status_changes_measure ON measure_status_changes (measure_id);

      CREATE TABLE feedback (
        id TEXT PRIMARY KEY,
        page_id TEXT NOT NULL,
        page_title TEXT,
        language TEXT NOT NULL,
        helpful INTEGER NOT NULL,
        comment TEXT,
        page_last_modified TEXT,
        spam INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX feedback_page ON feedback (page_id);

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        change TEXT NOT NULL
      );
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

      CREATE TABLE idempotency_keys (
        scope TEXT NOT NULL,
        key TEXT NOT NULL,
        request_hash TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('in_flight', 'done')),
        status_code INTEGER,
        body TEXT,
        created_at TEXT NOT NULL,
        PRIMARY KEY (scope, key)
      );
    `,
  },
];

/** Applies the steps the database has not seen yet, each in its own transaction. */
export function migrate(db: Database.Database, at: string): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(
    db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[],
  );
  const ran: number[] = [];
  for (const step of migrations) {
    if (applied.has(step.version)) continue;
    db.transaction(() => {
      db.exec(step.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(step.version, step.name, at);
    })();
    ran.push(step.version);
  }
  return ran;
}
