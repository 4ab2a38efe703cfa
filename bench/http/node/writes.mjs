// fileFinding for both Node peers, on a read-write better-sqlite3 connection (its busy timeout given by the caller):
// the rows Hamahang's command and its AppDbContext write, with the same column values, in one BEGIN IMMEDIATE
// transaction (as EF Core begins one on SQLite): the finding (FILED, version 1, its title's search key), its
// "Filed" history entry, an audit entry for each (the inserted values as JSON, as AuditTrail writes them) and the
// outbox event. The actor is `system`, as on the .NET peers' context: no peer checks a key.

// A C# enum's members in order: the column stores the name, the audit JSON the ordinal, GraphQL the constant case.
const members = (...names) => Object.fromEntries(names.map((name, ordinal) => [name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(), { name, ordinal }]));
const category = members('Problem', 'Violation', 'SpecialCase', 'StrengthsWeaknesses');
const severity = members('Low', 'Medium', 'High', 'Critical');
const channel = members('Oversight1888', 'Urgent137', 'Field');
const filed = { name: 'Filed', ordinal: 0 };
const actor = 'system';

// Hamahang's PersianText.Normalize (api/Text/PersianText.cs), the search key stored beside searched text.
const mapped = new Map([
  ...[...'\u064A\u0649\u0626'].map((c) => [c, '\u06CC']), ['\u0643', '\u06A9'], ...[...'\u0629\u06C0\u06D5'].map((c) => [c, '\u0647']),
  ...[...'\u0623\u0625\u0671'].map((c) => [c, '\u0627']), ['\u0624', '\u0648'],
  ...[...'۰۱۲۳۴۵۶۷۸۹'].map((c, digit) => [c, String(digit)]), ...[...'٠١٢٣٤٥٦٧٨٩'].map((c, digit) => [c, String(digit)]),
]);
const removed = new RegExp('[\\t-\\r \\u001C-\\u001F\\u0085\\u00A0\\u1680\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u2064\\u2066-\\u2069\\u3000\\uFEFF\\u00AD'
  + '\\u0640\\u061C\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06DC\\u06DF-\\u06E4\\u06E7\\u06E8\\u06EA-\\u06ED]', 'g');
const searchKey = (text) => (text == null ? null : text.replace(removed, '').replace(/./gu, (c) => mapped.get(c) ?? c));

// A UTC instant as EF Core stores it ("2026-12-07 17:54:54.14") and as System.Text.Json writes it ("2026-12-07T17:54:54.14Z"):
// both drop the fraction's trailing zeros.
const instant = (date) => {
  const json = date.toISOString().replace(/\.?0+Z$/, 'Z');
  return { column: json.slice(0, -1).replace('T', ' '), json };
};

/** fileFinding(inspectionKey, input) on `db`: { id } of the filed finding, or { error, message } (the payload error's type). */
export function fileFindingOn(db) {
  db.pragma('foreign_keys = ON');
  // better-sqlite3 builds SQLite with SQLITE_DEFAULT_WAL_SYNCHRONOUS=1: in WAL mode its commits do not wait for the disk
  // (synchronous=NORMAL). Hamahang's SQLite (SQLitePCLRaw's e_sqlite3) commits with synchronous=FULL, each commit synced
  // to disk, and so do the .NET peers: the Node peers write as durably as they do.
  db.pragma('synchronous = FULL');
  const statements = {
    inspection: db.prepare('SELECT i.Status, d.Number AS District FROM Inspections i JOIN Districts d ON d.Id = i.DistrictId WHERE i.Id = ?'),
    finding: db.prepare(`INSERT INTO Findings (InspectionId, Category, Severity, Title, Description, Location, Channel, Status, IsConfidential,
        TitleNormalized, DescriptionNormalized, LocationNormalized, CreatedAt, UpdatedAt, Version)
      VALUES (@InspectionId, @Category, @Severity, @Title, @Description, @Location, @Channel, @Status, @IsConfidential,
        @TitleNormalized, @DescriptionNormalized, @LocationNormalized, @CreatedAt, @CreatedAt, 1)`),
    history: db.prepare(`INSERT INTO FindingHistory (FindingId, Actor, Status, Change, CreatedAt, UpdatedAt, Version)
      VALUES (?, ?, ?, 'Filed', ?, ?, 1)`),
    audit: db.prepare(`INSERT INTO AuditEntries (Actor, Operation, EntityType, EntityKey, Before, After, CreatedAt, UpdatedAt, Version)
      VALUES (?, 'Insert', ?, ?, NULL, ?, ?, ?, 1)`),
    outbox: db.prepare('INSERT INTO GraphQLOutbox (Topic, Payload, CreatedAt) VALUES (?, ?, ?)'),
  };
  const insert = (statement, ...values) => Number(statement.run(...values).lastInsertRowid);

  const file = db.transaction((inspectionId, input) => {
    const inspection = statements.inspection.get(inspectionId);
    if (!inspection) return { error: 'NotFoundError', message: `There is no Inspection with the id "${input.inspectionId}".` };
    if (inspection.Status === 'Cancelled') return { error: 'DomainRuleError', message: 'A cancelled inspection takes no findings.' };

    const now = instant(new Date());
    const [title, description, location] = [input.title.trim(), input.description?.trim() ?? null, input.location?.trim() ?? null];
    const row = {
      InspectionId: inspectionId, Category: category[input.category].name, Severity: severity[input.severity].name, Title: title,
      Description: description, Location: location, Channel: channel[input.channel].name, Status: filed.name,
      IsConfidential: input.isConfidential ? 1 : 0, TitleNormalized: searchKey(title), DescriptionNormalized: searchKey(description),
      LocationNormalized: searchKey(location), CreatedAt: now.column,
    };
    const id = insert(statements.finding, row);
    const historyId = insert(statements.history, id, actor, filed.name, now.column, now.column);
    // The inserted values, key first then by name, enums as numbers: what AuditTrail serialises from EF Core's entry.
    const findingAfter = {
      Id: id, Category: category[input.category].ordinal, Channel: channel[input.channel].ordinal, CreatedAt: now.json, Description: description,
      DescriptionNormalized: row.DescriptionNormalized, DismissalReason: null, DueDate: null, InspectionId: inspectionId,
      IsConfidential: Boolean(input.isConfidential), Location: location, LocationNormalized: row.LocationNormalized, ResponsibleOrganizationId: null,
      Severity: severity[input.severity].ordinal, Status: filed.ordinal, Title: title, TitleNormalized: row.TitleNormalized, UpdatedAt: now.json, Version: 1,
    };
    const historyAfter = {
      Id: historyId, Actor: actor, Change: 'Filed', CreatedAt: now.json, FindingId: id, Status: filed.ordinal, UpdatedAt: now.json, Version: 1,
    };
    insert(statements.audit, actor, 'Finding', String(id), JSON.stringify(findingAfter), now.column, now.column);
    insert(statements.audit, actor, 'FindingHistoryEntry', String(historyId), JSON.stringify(historyAfter), now.column, now.column);
    const payload = { findingId: id, district: inspection.District, isConfidential: Boolean(input.isConfidential) };
    insert(statements.outbox, `findingFiled:${inspection.District}`, JSON.stringify(payload), now.column);
    return { id };
  });
  return (inspectionId, input) => file.immediate(inspectionId, input);
}
