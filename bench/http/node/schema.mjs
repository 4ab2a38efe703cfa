// The schema subset both Node peers serve, with resolvers over the bench's SQLite file
// (better-sqlite3, synchronous). A page's nested lists are loaded once for the whole page (one
// query per list level, as Hamahang and the .NET peers do), so no peer pays N+1. Reads go through a
// read-only connection; fileFinding writes through a read-write one (writes.mjs).
import { fileFindingOn } from './writes.mjs';

export const sdl = /* GraphQL */ `
  interface Node { id: ID! }
  scalar DateTime
  enum MeetingStatus { PLANNED HELD CANCELLED }
  enum SortEnumType { ASC DESC }
  input MeetingStatusOperationFilterInput { eq: MeetingStatus }
  input MeetingFilterInput { status: MeetingStatusOperationFilterInput }
  input MeetingSortInput { startsAt: SortEnumType }
  type Query {
    node(id: ID!): Node
    districts(first: Int): DistrictsConnection
    meetings(first: Int, where: MeetingFilterInput, order: [MeetingSortInput!]): MeetingsConnection
  }
  type DistrictsConnection { nodes: [District!] }
  type MeetingsConnection { nodes: [Meeting!] }
  type District implements Node { id: ID! number: Int! name: String! }
  type Meeting implements Node { id: ID! title: String! startsAt: DateTime districts: [District!]! attendees: [MeetingAttendee!]! }
  type MeetingAttendee { person: Person }
  type Person { fullName: String! }
  enum FindingCategory { PROBLEM VIOLATION SPECIAL_CASE STRENGTHS_WEAKNESSES }
  enum FindingSeverity { LOW MEDIUM HIGH CRITICAL }
  enum FindingChannel { OVERSIGHT1888 URGENT137 FIELD }
  enum FindingStatus { FILED UNDER_REVIEW REFERRED RESOLVED DISMISSED }
  input FileFindingInput {
    inspectionId: ID! category: FindingCategory! severity: FindingSeverity! title: String! description: String location: String
    channel: FindingChannel! isConfidential: Boolean! = false
  }
  type Mutation { fileFinding(input: FileFindingInput!): FileFindingPayload! }
  type FileFindingPayload { finding: Finding errors: [FileFindingError!] }
  type Finding implements Node { id: ID! status: FindingStatus! }
  interface Error { message: String! }
  type NotFoundError implements Error { message: String! }
  type DomainRuleError implements Error { message: String! }
  union FileFindingError = NotFoundError | DomainRuleError
`;

const nodeId = (type, key) => Buffer.from(`${type}:${key}`).toString('base64');
const decodeId = (id) => Buffer.from(id, 'base64').toString().split(':');
// EF Core stores UTC DateTime as "yyyy-MM-dd HH:mm:ss[.fffffff]"; GraphQL's DateTime as ISO 8601 with milliseconds.
// Meeting.startsAt is nullable (a source may give no date): null stays null.
const isoDate = (text) => (text == null ? null : new Date(text.replace(' ', 'T') + 'Z').toISOString());
const statusColumn = { PLANNED: 'Planned', HELD: 'Held', CANCELLED: 'Cancelled' };

/** Attaches the resolvers to a schema built from `sdl` by the peer's own graphql module. */
export function attachResolvers(schema, Database, file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const statements = {
    districts: db.prepare('SELECT Id, Number, Name FROM Districts ORDER BY Number, Id LIMIT ?'),
    meetingsById: db.prepare('SELECT Id, Title, StartsAt FROM Meetings ORDER BY Id LIMIT ?'),
    meetingsByStatusStartsDesc: db.prepare('SELECT Id, Title, StartsAt FROM Meetings WHERE Status = ? ORDER BY StartsAt DESC, Id LIMIT ?'),
    meeting: db.prepare('SELECT Id, Title, StartsAt FROM Meetings WHERE Id = ?'),
    district: db.prepare('SELECT Id, Number, Name FROM Districts WHERE Id = ?'),
    pageDistricts: db.prepare(`SELECT md.MeetingId, d.Id, d.Number, d.Name FROM MeetingDistricts md JOIN Districts d ON d.Id = md.DistrictId
      WHERE md.MeetingId IN (SELECT value FROM json_each(?)) ORDER BY md.MeetingId, d.Number, md.Id`),
    pageAttendees: db.prepare(`SELECT a.MeetingId, p.FullName FROM MeetingAttendees a LEFT JOIN People p ON p.Id = a.PersonId
      WHERE a.MeetingId IN (SELECT value FROM json_each(?)) ORDER BY a.MeetingId, a.Id`),
  };
  const district = (row) => ({ __typename: 'District', id: nodeId('District', row.Id), number: row.Number, name: row.Name });
  const meetingsOf = (rows) => {
    const page = { ids: JSON.stringify(rows.map((r) => r.Id)), districts: null, attendees: null };
    return rows.map((row) => ({ __typename: 'Meeting', key: row.Id, id: nodeId('Meeting', row.Id), title: row.Title, startsAt: isoDate(row.StartsAt), page }));
  };
  const grouped = (rows, shape) => {
    const byMeeting = new Map();
    for (const row of rows) {
      let list = byMeeting.get(row.MeetingId);
      if (!list) byMeeting.set(row.MeetingId, (list = []));
      list.push(shape(row));
    }
    return byMeeting;
  };
  const page = (first) => Math.min(first ?? 10, 50);

  const fields = (type) => schema.getType(type).getFields();
  fields('Query').districts.resolve = (_, { first }) => ({ nodes: statements.districts.all(page(first)).map(district) });
  fields('Query').meetings.resolve = (_, { first, where, order }) => {
    const rows = where?.status?.eq && order?.[0]?.startsAt === 'DESC'
      ? statements.meetingsByStatusStartsDesc.all(statusColumn[where.status.eq], page(first))
      : statements.meetingsById.all(page(first));
    return { nodes: meetingsOf(rows) };
  };
  fields('Query').node.resolve = (_, { id }) => {
    const [type, key] = decodeId(id);
    if (type === 'Meeting') { const row = statements.meeting.get(Number(key)); return row ? meetingsOf([row])[0] : null; }
    if (type === 'District') { const row = statements.district.get(Number(key)); return row ? district(row) : null; }
    return null;
  };
  fields('Meeting').districts.resolve = (m) => {
    m.page.districts ??= grouped(statements.pageDistricts.all(m.page.ids), district);
    return m.page.districts.get(m.key) ?? [];
  };
  fields('Meeting').attendees.resolve = (m) => {
    m.page.attendees ??= grouped(statements.pageAttendees.all(m.page.ids), (row) => ({ person: row.FullName === null ? null : { fullName: row.FullName } }));
    return m.page.attendees.get(m.key) ?? [];
  };
  const fileFinding = fileFindingOn(new Database(file, { fileMustExist: true, timeout: 5000 }));
  fields('Mutation').fileFinding.resolve = (_, { input }) => {
    const [type, key] = decodeId(input.inspectionId);
    const filed = type === 'Inspection' && /^[0-9]+$/.test(key)
      ? fileFinding(Number(key), input)
      : { error: 'NotFoundError', message: `There is no Inspection with the id "${input.inspectionId}".` };
    return filed.error
      ? { finding: null, errors: [{ __typename: filed.error, message: filed.message }] }
      : { finding: { __typename: 'Finding', id: nodeId('Finding', filed.id), status: 'FILED' }, errors: null };
  };
  return schema;
}
