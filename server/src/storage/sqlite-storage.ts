import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { AuditEntryT } from '../contract/audit.js';
import type { ConcernCategoryT } from '../contract/categories.js';
import type { GeoPointT, LinkT, ResponsiblePartyT } from '../contract/common.js';
import type { ConcernStatusT, StaffConcernT } from '../contract/concerns.js';
import type { FeedbackSummaryT, FeedbackUpdateT, StaffFeedbackT } from '../contract/feedback.js';
import type { MeasureInputT, MeasurePatchT, MeasureStatusT, MeasureT, StatusChangeT } from '../contract/measures.js';
import type { StaffRegistrationT, WalkInputT, WalkPatchT, WalkT } from '../contract/walks.js';
import { toUtcIso } from '../time.js';
import { migrate } from './migrations.js';
import type {
  CategoryRecord,
  Change,
  ConcernFilter,
  FeedbackFilter,
  FeedbackUpdateOutcome,
  IdempotencyBegin,
  MeasureFilter,
  MeasureInputOutcome,
  NewConcern,
  NewFeedback,
  NewRegistration,
  NewStatusChange,
  RegistrationOutcome,
  RetentionResult,
  Storage,
  WalkFilter,
} from './storage.js';

type Row = Record<string, unknown>;

/** Leaves a property out when the column is NULL (optional fields are absent, never null). */
function optional<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function json<T>(text: unknown): T {
  return JSON.parse(String(text)) as T;
}

function jsonOrNull(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/**
 * A WHERE clause from the conditions that apply: a condition whose value is undefined (or an empty
 * list) is left out; a list fills its `IN (?)`; `true` adds a condition without a parameter.
 */
function where(conditions: [sql: string, value: unknown][]): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  for (const [sql, value] of conditions) {
    if (value === undefined || value === false || (Array.isArray(value) && value.length === 0)) continue;
    if (Array.isArray(value)) {
      clauses.push(sql.replace('IN (?)', `IN (${placeholders(value)})`));
      params.push(...value);
    } else {
      clauses.push(sql);
      if (value !== true) params.push(value);
    }
  }
  return { sql: clauses.length ? ` WHERE ${clauses.join(' AND ')}` : '', params };
}

const WALK_SELECT = `
  SELECT w.*,
    (SELECT COALESCE(SUM(party_size), 0) FROM registrations r
       WHERE r.walk_id = w.id AND r.status = 'confirmed' AND r.spam = 0) AS confirmed_people,
    (SELECT COALESCE(SUM(party_size), 0) FROM registrations r
       WHERE r.walk_id = w.id AND r.status = 'waitlisted' AND r.spam = 0) AS waitlisted_people,
    (SELECT COUNT(*) FROM measures m WHERE m.origin_walk_id = w.id) AS measure_count
  FROM walks w`;

const MEASURE_SELECT = `
  SELECT m.*, p.name AS party_name, p.kind AS party_kind, p.url AS party_url, p.phone AS party_phone,
    w.title AS walk_title
  FROM measures m
  JOIN responsible_parties p ON p.id = m.responsible_party_id
  LEFT JOIN walks w ON w.id = m.origin_walk_id`;

const CATEGORY_SELECT = `
  SELECT c.*, p.id AS p_id, p.name AS p_name, p.kind AS p_kind, p.url AS p_url, p.phone AS p_phone
  FROM concern_categories c JOIN responsible_parties p ON p.id = c.responsible_party_id`;

/** SQLite's page cache per connection, in KiB (SQLite's own default). */
const PAGE_CACHE_KIB = 2000;

/** All SQL of the server. better-sqlite3 is synchronous; the async interface keeps routes database-neutral. */
export class SqliteStorage implements Storage {
  private readonly statements = new Map<string, Database.Statement>();
  /** Bumped whenever a statement that can write is about to run: every write passes through sql(). */
  private ownWrites = 0;

  private constructor(private readonly db: Database.Database) {}

  /** Prepared once per SQL text: preparing is the most expensive step of a small query. */
  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    // better-sqlite3 runs it synchronously right after, so no read of dataVersion() falls in between.
    if (!statement.readonly) this.ownWrites += 1;
    return statement;
  }

  /** Opens (creating if needed) the database file in WAL mode and runs pending migrations. */
  static open(file: string, at: string): SqliteStorage {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    // better-sqlite3 builds SQLite with a 16 MB page cache, which filled under a stream of POSTs (the server's peak
    // memory); public reads are answered from the response cache, and the OS caches the file anyway.
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    migrate(db, at);
    return new SqliteStorage(db);
  }

  async close(): Promise<void> {
    this.db.close();
  }

  async isEmpty(): Promise<boolean> {
    const count = this.sql('SELECT (SELECT COUNT(*) FROM walks) + (SELECT COUNT(*) FROM concern_categories)')
      .pluck()
      .get() as number;
    return count === 0;
  }

  async dataVersion(): Promise<string> {
    // Writes of this connection are counted in sql() (a statement fewer per public GET than total_changes(), and it
    // also counts a write that changed no row); data_version changes when another connection commits.
    const othersCommits = this.sql('PRAGMA data_version').pluck().get() as number;
    return `${this.ownWrites}.${othersCommits}`;
  }

  private audit(change: Change, action: string, entity: string, entityId: string, data: object): void {
    this.sql('INSERT INTO audit_log (at, actor, action, entity, entity_id, change) VALUES (?, ?, ?, ?, ?, ?)')
      .run(change.at, change.actor, action, entity, entityId, JSON.stringify(data));
  }

  // Walks

  private walkFromRow(row: Row): WalkT {
    const capacity = row.capacity as number | null;
    const confirmed = row.confirmed_people as number;
    return {
      id: String(row.id),
      title: row.title as string,
      ...optional('description', row.description as string | null),
      area: row.area as string,
      startsAt: row.starts_at as string,
      endsAt: row.ends_at as string,
      meetingPoint: json(row.meeting_point),
      route: json(row.route),
      lighting: row.lighting as WalkT['lighting'],
      capacity,
      registeredCount: confirmed,
      placesLeft: capacity === null ? null : Math.max(0, capacity - confirmed),
      waitlistCount: row.waitlisted_people as number,
      status: row.status as WalkT['status'],
      ...optional('cancellationReason', row.cancellation_reason as string | null),
      organizer: json(row.organizer),
      ...optional('accessibilityNotes', row.accessibility_notes as string | null),
      allowAnonymous: row.allow_anonymous === 1,
      ...optional('url', row.url as string | null),
      measureCount: row.measure_count as number,
      sequence: row.sequence as number,
      updatedAt: row.updated_at as string,
    };
  }

  private walkWhere(filter: WalkFilter): { sql: string; params: unknown[] } {
    return where([
      ['w.starts_at >= ?', filter.from],
      ['w.starts_at < ?', filter.to],
      ['w.area = ?', filter.area],
      ['w.status IN (?)', filter.status],
    ]);
  }

  async listWalks(filter: WalkFilter): Promise<WalkT[]> {
    const where = this.walkWhere(filter);
    const limit = filter.limit === undefined ? '' : ' LIMIT ?';
    const params = filter.limit === undefined ? where.params : [...where.params, filter.limit];
    const rows = this.sql(`${WALK_SELECT}${where.sql} ORDER BY w.starts_at, w.id${limit}`).all(...params) as Row[];
    return rows.map((row) => this.walkFromRow(row));
  }

  async listWalkAreas(filter: WalkFilter): Promise<string[]> {
    const where = this.walkWhere(filter);
    return this.sql(`SELECT DISTINCT w.area FROM walks w${where.sql}`).pluck().all(...where.params) as string[];
  }

  async getWalk(id: string): Promise<WalkT | undefined> {
    const row = this.sql(`${WALK_SELECT} WHERE w.id = ?`).get(id) as Row | undefined;
    return row && this.walkFromRow(row);
  }

  async createWalk(input: WalkInputT, change: Change): Promise<WalkT> {
    const id = this.db.transaction(() => {
      const result = this
        .sql(
          `INSERT INTO walks (title, description, area, starts_at, ends_at, meeting_point, route, lighting, capacity,
             status, organizer, accessibility_notes, allow_anonymous, url, sequence, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'planned', ?, ?, ?, ?, 0, ?, ?)`,
        )
        .run(
          input.title,
          input.description ?? null,
          input.area,
          toUtcIso(input.startsAt),
          toUtcIso(input.endsAt),
          JSON.stringify(input.meetingPoint),
          JSON.stringify(input.route ?? []),
          input.lighting,
          input.capacity ?? null,
          JSON.stringify(input.organizer),
          input.accessibilityNotes ?? null,
          input.allowAnonymous ? 1 : 0,
          input.url ?? null,
          change.at,
          change.at,
        );
      const walkId = String(result.lastInsertRowid);
      this.audit(change, 'walk.create', 'walk', walkId, { after: input });
      return walkId;
    })();
    return (await this.getWalk(id))!;
  }

  async updateWalk(id: string, patch: WalkPatchT, change: Change): Promise<WalkT | undefined> {
    const columns: Record<keyof WalkPatchT, [string, (value: never) => unknown]> = {
      title: ['title', (v: string) => v],
      description: ['description', (v: string | null) => v],
      area: ['area', (v: string) => v],
      startsAt: ['starts_at', (v: string) => toUtcIso(v)],
      endsAt: ['ends_at', (v: string) => toUtcIso(v)],
      meetingPoint: ['meeting_point', (v: object) => JSON.stringify(v)],
      route: ['route', (v: object) => JSON.stringify(v)],
      lighting: ['lighting', (v: string) => v],
      capacity: ['capacity', (v: number | null) => v],
      organizer: ['organizer', (v: object) => JSON.stringify(v)],
      accessibilityNotes: ['accessibility_notes', (v: string | null) => v],
      allowAnonymous: ['allow_anonymous', (v: boolean) => (v ? 1 : 0)],
      url: ['url', (v: string | null) => v],
    };
    const updated = this.db.transaction(() => {
      const old = this.patchRow('walks', id, patch, columns, 'sequence = sequence + 1', change.at);
      if (old) this.audit(change, 'walk.update', 'walk', id, { before: old, after: patch });
      return old !== undefined;
    })();
    return updated ? this.getWalk(id) : undefined;
  }

  async setWalkStatus(
    id: string,
    status: 'cancelled' | 'held',
    reason: string | undefined,
    change: Change,
  ): Promise<WalkT | undefined> {
    const updated = this.db.transaction(() => {
      const result = this
        .sql(
          `UPDATE walks SET status = ?, cancellation_reason = ?, sequence = sequence + 1, updated_at = ? WHERE id = ?`,
        )
        .run(status, reason ?? null, change.at, id);
      if (result.changes === 0) return false;
      this.audit(change, status === 'cancelled' ? 'walk.cancel' : 'walk.held', 'walk', id, {
        status,
        ...optional('reason', reason),
      });
      return true;
    })();
    return updated ? this.getWalk(id) : undefined;
  }

  // Registrations

  async createRegistration(walkId: string, registration: NewRegistration): Promise<RegistrationOutcome> {
    return this.db.transaction((): RegistrationOutcome => {
      const walk = this.sql(`${WALK_SELECT} WHERE w.id = ?`).get(walkId) as Row | undefined;
      if (!walk) return { kind: 'not_found' };
      if (walk.status !== 'planned') return { kind: 'not_open', reason: String(walk.status) };
      if (String(walk.starts_at) <= registration.at) return { kind: 'not_open', reason: 'started' };
      const capacity = walk.capacity as number | null;
      const fits = capacity === null || registration.partySize <= capacity - (walk.confirmed_people as number);
      const waitlistPosition = fits
        ? null
        : (this.sql("SELECT COUNT(*) FROM registrations WHERE walk_id = ? AND status = 'waitlisted' AND spam = 0")
            .pluck()
            .get(walkId) as number) + 1;
      const status = fits ? 'confirmed' : 'waitlisted';
      // Contact details are kept only with consent (the route already rejects them without it).
      const keep = registration.consent;
      const result = this
        .sql(
          `INSERT INTO registrations (walk_id, name, email, phone, party_size, role, needs, consent, language, status,
             waitlist_position, spam, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          walkId,
          registration.name,
          keep ? (registration.email ?? null) : null,
          keep ? (registration.phone ?? null) : null,
          registration.partySize,
          registration.role,
          registration.needs ?? null,
          registration.consent ? 1 : 0,
          registration.language ?? null,
          status,
          waitlistPosition,
          registration.spam ? 1 : 0,
          registration.at,
        );
      return {
        kind: 'created',
        registration: {
          id: String(result.lastInsertRowid),
          walkId: String(walkId),
          status,
          partySize: registration.partySize,
          ...optional('waitlistPosition', waitlistPosition),
          createdAt: registration.at,
        },
      };
    })();
  }

  async listRegistrations(filter: { walkId?: string; includeSpam: boolean }): Promise<StaffRegistrationT[]> {
    const filtered = where([
      ['walk_id = ?', filter.walkId],
      ['spam = 0', !filter.includeSpam],
    ]);
    const rows = this.sql(`SELECT * FROM registrations${filtered.sql} ORDER BY created_at, id`).all(...filtered.params) as Row[];
    return rows.map((row) => ({
      id: String(row.id),
      walkId: String(row.walk_id),
      name: row.name as string,
      ...optional('email', row.email as string | null),
      ...optional('phone', row.phone as string | null),
      partySize: row.party_size as number,
      role: row.role as StaffRegistrationT['role'],
      ...optional('needs', row.needs as string | null),
      consent: row.consent === 1,
      ...optional('language', row.language as string | null),
      status: row.status as StaffRegistrationT['status'],
      ...optional('waitlistPosition', row.waitlist_position as number | null),
      spam: row.spam === 1,
      contactErased: row.contact_erased === 1,
      createdAt: row.created_at as string,
    }));
  }

  // Measures

  private measuresFromRows(rows: Row[]): MeasureT[] {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const changes = this.sql(`SELECT * FROM measure_status_changes WHERE measure_id IN (${placeholders(ids)}) ORDER BY at, id`)
      .all(...ids) as Row[];
    const timelines = new Map<unknown, StatusChangeT[]>();
    for (const change of changes) {
      const timeline = timelines.get(change.measure_id) ?? [];
      timeline.push({
        status: change.status as MeasureStatusT,
        at: change.at as string,
        ...optional('note', change.note as string | null),
      });
      timelines.set(change.measure_id, timeline);
    }
    return rows.map((row) => ({
      id: String(row.id),
      title: row.title as string,
      ...optional('description', row.description as string | null),
      place: row.place as string,
      area: row.area as string,
      ...optional('location', row.location === null ? null : json<GeoPointT>(row.location)),
      responsibleParty: {
        id: row.responsible_party_id as string,
        name: row.party_name as string,
        kind: row.party_kind as ResponsiblePartyT['kind'],
        ...optional('url', row.party_url as string | null),
        ...optional('phone', row.party_phone as string | null),
      },
      status: row.status as MeasureStatusT,
      ...optional('targetDate', row.target_date as string | null),
      ...optional('publicReason', row.public_reason as string | null),
      origin:
        row.origin_walk_id !== null
          ? { kind: 'walk' as const, walkId: String(row.origin_walk_id), walkTitle: row.walk_title as string }
          : { kind: 'concern' as const, reference: row.origin_concern as string },
      remarkCount: row.remark_count as number,
      links: json<LinkT[]>(row.links),
      timeline: timelines.get(row.id) ?? [],
      createdAt: row.created_at as string,
      updatedAt: row.updated_at as string,
    }));
  }

  async listMeasures(filter: MeasureFilter): Promise<MeasureT[]> {
    const filtered = where([
      ['m.origin_walk_id = ?', filter.walkId],
      ['m.area = ?', filter.area],
      ['m.status IN (?)', filter.status],
      ['m.responsible_party_id = ?', filter.responsiblePartyId],
    ]);
    const rows = this.sql(`${MEASURE_SELECT}${filtered.sql} ORDER BY m.updated_at DESC, m.id DESC`).all(...filtered.params) as Row[];
    return this.measuresFromRows(rows);
  }

  async getMeasure(id: string): Promise<MeasureT | undefined> {
    const row = this.sql(`${MEASURE_SELECT} WHERE m.id = ?`).get(id) as Row | undefined;
    return row && this.measuresFromRows([row])[0];
  }

  private exists(table: 'responsible_parties' | 'walks' | 'concerns' | 'measures', column: string, value: string): boolean {
    return this.sql(`SELECT 1 FROM ${table} WHERE ${column} = ?`).get(value) !== undefined;
  }

  /** Writes the given fields of a row; returns their old values, or undefined when there is no such row. */
  private patchRow<P extends object>(
    table: 'walks' | 'measures',
    id: string,
    patch: P,
    columns: Record<keyof P, [string, (value: never) => unknown]>,
    alsoSet: string | undefined,
    at: string,
  ): Record<string, unknown> | undefined {
    const before = this.sql(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
    if (!before) return undefined;
    const sets: string[] = [];
    const params: unknown[] = [];
    const old: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(patch) as [keyof P & string, never][]) {
      const [column, encode] = columns[key];
      sets.push(`${column} = ?`);
      params.push(encode(value));
      old[key] = before[column];
    }
    if (alsoSet) sets.push(alsoSet);
    this.sql(`UPDATE ${table} SET ${sets.join(', ')}, updated_at = ? WHERE id = ?`).run(...params, at, id);
    return old;
  }

  async createMeasure(input: MeasureInputT, change: Change): Promise<MeasureInputOutcome> {
    const id = this.db.transaction((): string | { field: string } => {
      if (!this.exists('responsible_parties', 'id', input.responsiblePartyId)) return { field: '/responsiblePartyId' };
      const origin = input.origin;
      if (origin.kind === 'walk' && !this.exists('walks', 'id', origin.walkId)) return { field: '/origin/walkId' };
      if (origin.kind === 'concern' && !this.exists('concerns', 'reference', origin.reference)) {
        return { field: '/origin/reference' };
      }
      const status = input.status ?? 'received';
      const result = this
        .sql(
          `INSERT INTO measures (title, description, place, area, location, responsible_party_id, status, target_date,
             public_reason, origin_walk_id, origin_concern, remark_count, links, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.title,
          input.description ?? null,
          input.place,
          input.area,
          jsonOrNull(input.location),
          input.responsiblePartyId,
          status,
          input.targetDate ?? null,
          input.publicReason ?? null,
          origin.kind === 'walk' ? origin.walkId : null,
          origin.kind === 'concern' ? origin.reference : null,
          input.remarkCount ?? 1,
          JSON.stringify(input.links ?? []),
          change.at,
          change.at,
        );
      const measureId = String(result.lastInsertRowid);
      this.insertStatusChange(measureId, status, change.at, input.note);
      this.audit(change, 'measure.create', 'measure', measureId, { after: input });
      return measureId;
    })();
    if (typeof id !== 'string') return { kind: 'unknown_reference', field: id.field };
    return { kind: 'ok', measure: (await this.getMeasure(id))! };
  }

  private insertStatusChange(measureId: string, status: MeasureStatusT, at: string, note: string | undefined): void {
    this.sql('INSERT INTO measure_status_changes (measure_id, status, at, note) VALUES (?, ?, ?, ?)')
      .run(measureId, status, at, note ?? null);
  }

  async updateMeasure(id: string, patch: MeasurePatchT, change: Change): Promise<MeasureInputOutcome> {
    const columns: Record<keyof MeasurePatchT, [string, (value: never) => unknown]> = {
      title: ['title', (v: string) => v],
      description: ['description', (v: string | null) => v],
      place: ['place', (v: string) => v],
      area: ['area', (v: string) => v],
      location: ['location', (v: object | null) => jsonOrNull(v)],
      responsiblePartyId: ['responsible_party_id', (v: string) => v],
      targetDate: ['target_date', (v: string | null) => v],
      remarkCount: ['remark_count', (v: number) => v],
      links: ['links', (v: object) => JSON.stringify(v)],
    };
    const outcome = this.db.transaction((): 'ok' | 'not_found' | 'unknown_party' => {
      if (patch.responsiblePartyId !== undefined && !this.exists('responsible_parties', 'id', patch.responsiblePartyId)) {
        return this.exists('measures', 'id', id) ? 'unknown_party' : 'not_found';
      }
      const old = this.patchRow('measures', id, patch, columns, undefined, change.at);
      if (!old) return 'not_found';
      this.audit(change, 'measure.update', 'measure', id, { before: old, after: patch });
      return 'ok';
    })();
    if (outcome === 'not_found') return { kind: 'not_found' };
    if (outcome === 'unknown_party') return { kind: 'unknown_reference', field: '/responsiblePartyId' };
    return { kind: 'ok', measure: (await this.getMeasure(id))! };
  }

  async addMeasureStatus(id: string, next: NewStatusChange, change: Change): Promise<MeasureT | undefined> {
    const updated = this.db.transaction(() => {
      const before = this.sql('SELECT status, public_reason FROM measures WHERE id = ?').get(id) as Row | undefined;
      if (!before) return false;
      // A reason explains declined or forwarded; moving on to another status drops a reason not given anew.
      const keepsReason = next.status === 'declined' || next.status === 'forwarded';
      const reason = next.publicReason ?? (keepsReason ? before.public_reason : null);
      this.sql('UPDATE measures SET status = ?, public_reason = ?, updated_at = ? WHERE id = ?')
        .run(next.status, reason ?? null, change.at, id);
      this.insertStatusChange(id, next.status, change.at, next.note);
      this.audit(change, 'measure.status', 'measure', id, { before: { status: before.status }, after: next });
      return true;
    })();
    return updated ? this.getMeasure(id) : undefined;
  }

  // Reference data

  async saveResponsibleParty(party: ResponsiblePartyT): Promise<void> {
    this
      .sql(
        `INSERT INTO responsible_parties (id, name, kind, url, phone) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, url = excluded.url, phone = excluded.phone`,
      )
      .run(party.id, party.name, party.kind, party.url ?? null, party.phone ?? null);
  }

  async saveCategory(category: CategoryRecord, position: number): Promise<void> {
    this
      .sql(
        `INSERT INTO concern_categories (id, position, label, guidance, responsible_party_id, call_instead, phone)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET position = excluded.position, label = excluded.label, guidance = excluded.guidance,
           responsible_party_id = excluded.responsible_party_id, call_instead = excluded.call_instead, phone = excluded.phone`,
      )
      .run(
        category.id,
        position,
        JSON.stringify(category.label),
        JSON.stringify(category.guidance),
        category.responsiblePartyId,
        category.callInstead ? 1 : 0,
        category.phone ?? null,
      );
  }

  async listResponsibleParties(): Promise<ResponsiblePartyT[]> {
    const rows = this.sql('SELECT * FROM responsible_parties ORDER BY name, id').all() as Row[];
    return rows.map((row) => this.partyFromRow(row, ''));
  }

  private partyFromRow(row: Row, prefix: string): ResponsiblePartyT {
    return {
      id: row[`${prefix}id`] as string,
      name: row[`${prefix}name`] as string,
      kind: row[`${prefix}kind`] as ResponsiblePartyT['kind'],
      ...optional('url', row[`${prefix}url`] as string | null),
      ...optional('phone', row[`${prefix}phone`] as string | null),
    };
  }

  async listCategories(): Promise<ConcernCategoryT[]> {
    const rows = this.sql(`${CATEGORY_SELECT} ORDER BY c.position, c.id`).all() as Row[];
    return rows.map((row) => this.categoryFromRow(row));
  }

  async getCategory(id: string): Promise<ConcernCategoryT | undefined> {
    const row = this.sql(`${CATEGORY_SELECT} WHERE c.id = ?`).get(id) as Row | undefined;
    return row && this.categoryFromRow(row);
  }

  private categoryFromRow(row: Row): ConcernCategoryT {
    return {
      id: row.id as string,
      label: json(row.label),
      guidance: json(row.guidance),
      responsibleParty: this.partyFromRow(row, 'p_'),
      callInstead: row.call_instead === 1,
      ...optional('phone', row.phone as string | null),
    };
  }

  // Concerns

  private concernFromRow(row: Row): StaffConcernT {
    const contact = {
      ...optional('name', row.contact_name as string | null),
      ...optional('email', row.contact_email as string | null),
      ...optional('phone', row.contact_phone as string | null),
    };
    return {
      reference: row.reference as string,
      categoryId: row.category_id as string,
      place: json(row.place),
      timeOfDay: json(row.time_of_day),
      dayType: json(row.day_type),
      description: row.description as string,
      ...(Object.keys(contact).length > 0 ? { contact } : {}),
      consent: row.consent === 1,
      ...optional('language', row.language as string | null),
      status: row.status as ConcernStatusT,
      spam: row.spam === 1,
      contactErased: row.contact_erased === 1,
      createdAt: row.created_at as string,
      ...optional('closedAt', row.closed_at as string | null),
    };
  }

  async createConcern(concern: NewConcern): Promise<StaffConcernT> {
    const reference = this.db.transaction(() => {
      const year = Number(concern.at.slice(0, 4));
      const sequence = this
        .sql(
          `INSERT INTO concern_sequences (year, last) VALUES (?, 1)
           ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last`,
        )
        .pluck()
        .get(year) as number;
      const ref = `TRG-${year}-${String(sequence).padStart(5, '0')}`;
      // Contact details are kept only with consent (the route already rejects them without it).
      const contact = concern.contact?.consent ? concern.contact : undefined;
      this
        .sql(
          `INSERT INTO concerns (reference, category_id, place, time_of_day, day_type, description, contact_name,
             contact_email, contact_phone, consent, language, status, spam, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?)`,
        )
        .run(
          ref,
          concern.categoryId,
          JSON.stringify(concern.place),
          JSON.stringify(concern.timeOfDay),
          JSON.stringify(concern.dayType),
          concern.description,
          contact?.name ?? null,
          contact?.email ?? null,
          contact?.phone ?? null,
          concern.contact?.consent ? 1 : 0,
          concern.language ?? null,
          concern.spam ? 1 : 0,
          concern.at,
        );
      return ref;
    })();
    return (await this.getConcern(reference))!;
  }

  async listConcerns(filter: ConcernFilter): Promise<StaffConcernT[]> {
    const filtered = where([
      ['status IN (?)', filter.status],
      ['category_id = ?', filter.categoryId],
      ['spam = 0', !filter.includeSpam],
    ]);
    const rows = this.sql(`SELECT * FROM concerns${filtered.sql} ORDER BY created_at DESC, reference DESC`).all(...filtered.params) as Row[];
    return rows.map((row) => this.concernFromRow(row));
  }

  async getConcern(reference: string): Promise<StaffConcernT | undefined> {
    const row = this.sql('SELECT * FROM concerns WHERE reference = ?').get(reference) as Row | undefined;
    return row && this.concernFromRow(row);
  }

  async setConcernStatus(reference: string, status: ConcernStatusT, change: Change): Promise<StaffConcernT | undefined> {
    const updated = this.db.transaction(() => {
      const before = this.sql('SELECT status FROM concerns WHERE reference = ?').get(reference) as Row | undefined;
      if (!before) return false;
      this.sql('UPDATE concerns SET status = ?, closed_at = ? WHERE reference = ?')
        .run(status, status === 'closed' ? change.at : null, reference);
      this.audit(change, 'concern.status', 'concern', reference, { before: { status: before.status }, after: { status } });
      return true;
    })();
    return updated ? this.getConcern(reference) : undefined;
  }

  // Feedback

  async createFeedback(feedback: NewFeedback): Promise<boolean> {
    const result = this
      .sql(
        `INSERT INTO feedback (id, page_id, page_title, language, helpful, comment, page_last_modified, spam,
           created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      )
      .run(
        feedback.id,
        feedback.pageId,
        feedback.pageTitle ?? null,
        feedback.language,
        feedback.helpful ? 1 : 0,
        feedback.comment ?? null,
        feedback.pageLastModified === undefined ? null : toUtcIso(feedback.pageLastModified),
        feedback.spam ? 1 : 0,
        feedback.at,
        feedback.at,
      );
    return result.changes === 1;
  }

  async updateFeedback(id: string, update: FeedbackUpdateT, at: string, openSince: string): Promise<FeedbackUpdateOutcome> {
    return this.db.transaction((): FeedbackUpdateOutcome => {
      const row = this.sql('SELECT created_at FROM feedback WHERE id = ?').get(id) as Row | undefined;
      if (!row) return { kind: 'not_found' };
      if (String(row.created_at) < openSince) return { kind: 'closed' };
      this
        .sql(
          `UPDATE feedback SET helpful = COALESCE(?, helpful), comment = COALESCE(?, comment), updated_at = ? WHERE id = ?`,
        )
        .run(update.helpful === undefined ? null : update.helpful ? 1 : 0, update.comment ?? null, at, id);
      return { kind: 'updated', id, receivedAt: row.created_at as string };
    })();
  }

  async listFeedback(filter: FeedbackFilter): Promise<StaffFeedbackT[]> {
    const filtered = where([
      ['page_id = ?', filter.pageId],
      ['spam = 0', !filter.includeSpam],
    ]);
    const rows = this.sql(`SELECT * FROM feedback${filtered.sql} ORDER BY created_at DESC, id`).all(...filtered.params) as Row[];
    return rows.map((row) => ({
      id: row.id as string,
      pageId: row.page_id as string,
      ...optional('pageTitle', row.page_title as string | null),
      language: row.language as string,
      helpful: row.helpful === 1,
      ...optional('comment', row.comment as string | null),
      ...optional('pageLastModified', row.page_last_modified as string | null),
      spam: row.spam === 1,
      receivedAt: row.created_at as string,
      updatedAt: row.updated_at as string,
    }));
  }

  async feedbackSummary(): Promise<FeedbackSummaryT> {
    const pages = this
      .sql(
        `SELECT page_id,
           SUM(helpful) AS yes,
           SUM(1 - helpful) AS no,
           (SELECT f2.page_title FROM feedback f2 WHERE f2.page_id = f.page_id AND f2.page_title IS NOT NULL AND f2.spam = 0
              ORDER BY f2.updated_at DESC LIMIT 1) AS page_title
         FROM feedback f WHERE spam = 0 GROUP BY page_id ORDER BY COUNT(*) DESC, page_id`,
      )
      .all() as Row[];
    const comments = this
      .sql(
      `SELECT comment, helpful, created_at FROM feedback
       WHERE page_id = ? AND spam = 0 AND comment IS NOT NULL AND comment <> ''
       ORDER BY updated_at DESC, id LIMIT 5`,
    );
    return {
      pages: pages.map((page) => {
        const yes = page.yes as number;
        const no = page.no as number;
        return {
          pageId: page.page_id as string,
          ...optional('pageTitle', page.page_title as string | null),
          yes,
          no,
          shareYes: yes + no === 0 ? 0 : yes / (yes + no),
          latestComments: (comments.all(page.page_id) as Row[]).map((row) => ({
            comment: row.comment as string,
            helpful: row.helpful === 1,
            receivedAt: row.created_at as string,
          })),
        };
      }),
    };
  }

  // Audit

  async listAudit(filter: { limit: number; entity?: string; entityId?: string }): Promise<AuditEntryT[]> {
    const filtered = where([
      ['entity = ?', filter.entity],
      ['entity_id = ?', filter.entityId],
    ]);
    const rows = this.sql(`SELECT * FROM audit_log${filtered.sql} ORDER BY id DESC LIMIT ?`).all(...filtered.params, filter.limit) as Row[];
    return rows.map((row) => ({
      id: String(row.id),
      at: row.at as string,
      actor: row.actor as string,
      action: row.action as string,
      entity: row.entity as string,
      entityId: row.entity_id as string,
      change: json(row.change),
    }));
  }

  // Idempotency

  async beginIdempotent(
    scope: string,
    key: string,
    requestHash: string,
    at: string,
    staleBefore: string,
  ): Promise<IdempotencyBegin> {
    return this.db.transaction((): IdempotencyBegin => {
      const row = this.sql('SELECT * FROM idempotency_keys WHERE scope = ? AND key = ?').get(scope, key) as
        | Row
        | undefined;
      if (!row) {
        this
          .sql(
            "INSERT INTO idempotency_keys (scope, key, request_hash, state, created_at) VALUES (?, ?, ?, 'in_flight', ?)",
          )
          .run(scope, key, requestHash, at);
        return { state: 'new' };
      }
      if (row.state === 'in_flight') {
        if (String(row.created_at) >= staleBefore) return { state: 'in_flight' };
        // The first attempt never finished (a crash): let this one take over.
        this.sql('UPDATE idempotency_keys SET request_hash = ?, created_at = ? WHERE scope = ? AND key = ?')
          .run(requestHash, at, scope, key);
        return { state: 'new' };
      }
      if (row.request_hash !== requestHash) return { state: 'mismatch' };
      return { state: 'done', statusCode: row.status_code as number, body: row.body as string };
    })();
  }

  async completeIdempotent(scope: string, key: string, statusCode: number, body: string): Promise<void> {
    this.sql("UPDATE idempotency_keys SET state = 'done', status_code = ?, body = ? WHERE scope = ? AND key = ?")
      .run(statusCode, body, scope, key);
  }

  async releaseIdempotent(scope: string, key: string): Promise<void> {
    this.sql("DELETE FROM idempotency_keys WHERE scope = ? AND key = ? AND state = 'in_flight'").run(scope, key);
  }

  // Retention

  async applyRetention(cutoff: string, idempotencyCutoff: string, change: Change): Promise<RetentionResult> {
    return this.db.transaction((): RetentionResult => {
      const concerns = this
        .sql(
          `SELECT reference FROM concerns WHERE status = 'closed' AND closed_at < ? AND contact_erased = 0
             AND (contact_name IS NOT NULL OR contact_email IS NOT NULL OR contact_phone IS NOT NULL)`,
        )
        .pluck()
        .all(cutoff) as string[];
      for (const reference of concerns) {
        this
          .sql(
            `UPDATE concerns SET contact_name = NULL, contact_email = NULL, contact_phone = NULL, contact_erased = 1
             WHERE reference = ?`,
          )
          .run(reference);
        this.audit(change, 'retention.erase_contact', 'concern', reference, { erased: ['name', 'email', 'phone'] });
      }
      const registrations = this
        .sql(
          `SELECT r.id FROM registrations r JOIN walks w ON w.id = r.walk_id
           WHERE w.ends_at < ? AND r.contact_erased = 0
             AND (r.email IS NOT NULL OR r.phone IS NOT NULL OR r.needs IS NOT NULL)`,
        )
        .pluck()
        .all(cutoff) as number[];
      for (const id of registrations) {
        this.sql('UPDATE registrations SET email = NULL, phone = NULL, needs = NULL, contact_erased = 1 WHERE id = ?')
          .run(id);
        this.audit(change, 'retention.erase_contact', 'registration', String(id), { erased: ['email', 'phone', 'needs'] });
      }
      this.sql('DELETE FROM idempotency_keys WHERE created_at < ?').run(idempotencyCutoff);
      return { concerns: concerns.length, registrations: registrations.length };
    })();
  }
}
