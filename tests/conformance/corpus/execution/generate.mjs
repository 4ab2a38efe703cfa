// Writes operations.json: the hand-written operations (handwritten.mjs) followed by
// deterministic generated ones (seeded PRNG). Every document must pass graphql-js
// validate(); an invalid hand-written operation is a fatal error, an invalid generated one
// is dropped. Variable values may be invalid on purpose (execution-time coercion errors).
//
//   node corpus/execution/generate.mjs [--seed N] [--total N]

import { readFileSync, writeFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  parse,
  validate,
} from 'graphql';
import handwritten from './handwritten.mjs';

const here = new URL('.', import.meta.url);
const schema = buildSchema(readFileSync(new URL('schema.graphql', here), 'utf8'));
const data = JSON.parse(readFileSync(new URL('data.json', here), 'utf8'));

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const SEED = option('--seed', 20260);
const TOTAL = option('--total', 480);

// mulberry32: a small seeded PRNG, so the corpus is the same on every run.
let seed = SEED >>> 0;
function random() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const chance = (p) => random() < p;
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
function sample(list, n) {
  const copy = [...list];
  const out = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
  return out;
}

// ---- values ------------------------------------------------------------------------------
class EnumValue {
  constructor(name) {
    this.name = name;
  }
}

const ids = {
  author: [...data.authors.map((a) => a.id), 'author-99'],
  book: [...data.books.map((b) => b.id), 'book-99'],
  any: [
    ...data.authors.map((a) => a.id),
    ...data.books.map((b) => b.id),
    ...data.reviews.map((r) => r.id),
    ...data.members.map((m) => m.id),
    'member-99',
  ],
};

/** Values for particular arguments; other arguments get a value from their type. */
const argumentPools = {
  'Query.node.id': () => pick(ids.any),
  'Query.entity.id': () => pick(ids.any),
  'Query.author.id': () => pick(ids.author),
  'Query.renameAuthor.id': () => pick(ids.author),
  'Mutation.renameAuthor.id': () => pick(ids.author),
  'Query.nodes.ids': () => sample(ids.any, int(1, 4)),
  'Query.search.term': () => pick(['the', 'a', 'ur', 'Cos', 'x', 'ha', 'e']),
  'Query.searchAsync.term': () => pick(['the', 'an', 'Ur', 'blue']),
  'Query.search.limit': () => int(0, 6),
  'Query.books.limit': () => int(0, 6),
  'Query.books.offset': () => int(0, 4),
  'Author.books.limit': () => int(0, 4),
  'Query.bigList.count': () => int(0, 6),
  'Query.check.value': () => int(-3, 9),
  'Query.reviews.minStars': () => int(1, 5),
  'Book.reviews.minStars': () => int(1, 5),
  'Mutation.increment.by': () => int(-5, 20),
  'Mutation.incrementAsync.by': () => int(-5, 20),
  'Mutation.appendLog.entry': () => pick(['x', 'y', 'z', 'first', 'second']),
  'Mutation.rateBook.rating': () => pick([1, 2.5, 3.75, 5]),
  'NewReview.bookId': () => pick(ids.book),
  'NewReview.stars': () => int(0, 6),
  'BookRef.id': () => pick(ids.book),
  'BookRef.isbn': () => pick(['9780802131805', '9780345539434', '0000']),
  'BookRef.title': () => pick(['Cosmos', 'SPQR', 'The Divan', 'Missing']),
  'BookFilter.authorIds': () => sample(ids.author, int(1, 3)),
  'BookFilter.titleContains': () => pick(['The', 'of', 'o', 'Z']),
  'BookFilter.minYear': () => pick([1900, 1960, 2000]),
  'BookFilter.maxYear': () => pick([1950, 1970, 2020]),
  'YearRange.from': () => pick([1300, 1900, 1965]),
  'YearRange.to': () => pick([1950, 1970, 2020]),
};

function valueFor(type, key, allowNull = true) {
  if (isNonNullType(type)) return valueFor(type.ofType, key, false);
  if (allowNull && chance(0.05)) return null;
  if (key != null && argumentPools[key] != null && chance(0.9)) return argumentPools[key]();
  if (isListType(type)) {
    if (chance(0.15)) return valueFor(type.ofType, null);
    return Array.from({ length: int(0, 3) }, () => valueFor(type.ofType, null));
  }
  if (isEnumType(type)) return new EnumValue(pick(type.getValues()).name);
  if (isInputObjectType(type)) {
    const out = {};
    const fields = Object.values(type.getFields());
    if (type.isOneOf) {
      const f = pick(fields);
      out[f.name] = valueFor(f.type, `${type.name}.${f.name}`, false);
      return out;
    }
    for (const f of fields) {
      if (isNonNullType(f.type) || chance(0.4)) out[f.name] = valueFor(f.type, `${type.name}.${f.name}`);
    }
    return out;
  }
  switch (type.name) {
    case 'Int':
      return pick([0, 1, 2, 3, 5, 10, -2, 1969]);
    case 'Float':
      return pick([0.5, 1, 2.25, -1.5, 4.75]);
    case 'String':
      return pick(['the', 'a', 'Cosmos', '', 'ünï']);
    case 'Boolean':
      return chance(0.5);
    case 'ID':
      return pick(ids.any);
    default:
      throw new Error(`No value for ${type}`);
  }
}

function printValue(value) {
  if (value === null) return 'null';
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return `[${value.map(printValue).join(', ')}]`;
  if (typeof value === 'object') {
    return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${printValue(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

const toJson = (value) => JSON.parse(JSON.stringify(value, (_, v) => (v instanceof EnumValue ? v.name : v)));

/** A value of the wrong shape for a variable of this type: an execution-time coercion error. */
function invalidValueFor(type) {
  if (isNonNullType(type) && chance(0.3)) return null;
  const named = getNullableType(type);
  if (isListType(named)) return [invalidValueFor(named.ofType)];
  if (isEnumType(named)) return pick(['ROMANCE', 'fiction', 3]);
  if (isInputObjectType(named)) return chance(0.5) ? 'not an object' : { ...toJson(valueFor(named, null)), zzz: 1 };
  switch (named.name) {
    case 'Int':
      return pick(['ten', 1.5, 2147483648, true]);
    case 'Float':
      return pick(['1.5', true, [1]]);
    case 'String':
      return pick([12, false, { s: 'x' }]);
    case 'Boolean':
      return pick(['true', 0]);
    default:
      return pick([1.5, false, {}]);
  }
}

// ---- documents ---------------------------------------------------------------------------
/** Root fields that null the whole data; rare in generated queries. */
const DATA_KILLERS = new Set(['failNonNull', 'nullNonNull', 'strictIntsRequired']);

class Builder {
  constructor(useVariables) {
    this.useVariables = useVariables;
    this.varDefs = [];
    this.varTypes = [];
    this.variables = {};
    this.fragments = [];
    this.features = new Set();
    this.alias = 0;
  }

  argument(parentType, field, arg) {
    const value = valueFor(arg.type, `${parentType.name}.${field.name}.${arg.name}`);
    if (this.useVariables && chance(0.4)) {
      const name = `v${this.varDefs.length}`;
      this.varDefs.push(`$${name}: ${arg.type}`);
      this.varTypes.push(arg.type);
      this.variables[name] = toJson(value);
      this.features.add('variables');
      return `${arg.name}: $${name}`;
    }
    return `${arg.name}: ${printValue(value)}`;
  }

  directive() {
    if (!chance(0.08)) return '';
    this.features.add('directives');
    const name = pick(['skip', 'include']);
    if (this.useVariables && chance(0.5)) {
      const v = `v${this.varDefs.length}`;
      this.varDefs.push(`$${v}: Boolean!`);
      this.varTypes.push(schema.getDirective(name).args[0].type);
      this.variables[v] = chance(0.5);
      return ` @${name}(if: $${v})`;
    }
    return ` @${name}(if: ${chance(0.5)})`;
  }

  field(parentType, field, depth) {
    let text = field.name;
    if (chance(0.15)) {
      text = `a${this.alias++}: ${text}`;
      this.features.add('aliases');
    }
    const fieldArgs = field.args.filter((a) => isNonNullType(a.type) || chance(0.35));
    if (fieldArgs.length > 0) text += `(${fieldArgs.map((a) => this.argument(parentType, field, a)).join(', ')})`;
    text += this.directive();
    const named = getNamedType(field.type);
    if (!isLeafType(named)) text += ` ${this.selectionSet(named, depth + 1)}`;
    return text;
  }

  selectionSet(type, depth) {
    if (isAbstractType(type)) return this.abstractSelection(type, depth);
    const body = this.objectFields(type, depth);
    if (depth > 0 && chance(0.15)) {
      const name = `F${this.fragments.length}`;
      this.fragments.push(`fragment ${name} on ${type.name} { ${body} }`);
      this.features.add('fragments');
      return `{ ...${name}${this.directive()} }`;
    }
    return `{ ${body} }`;
  }

  objectFields(type, depth) {
    let fields = Object.values(type.getFields());
    if (type.name === 'Query') {
      fields = fields.filter((f) => !DATA_KILLERS.has(f.name) || chance(0.03));
      // Favour root fields with selection sets: they reach the rest of the schema.
      if (chance(0.8)) fields = fields.filter((f) => !isLeafType(getNamedType(f.type)));
    }
    if (depth >= 3) fields = fields.filter((f) => isLeafType(getNamedType(f.type)));
    const chosen = sample(fields, int(1, depth === 0 ? 3 : 4));
    const parts = chosen.map((f) => this.field(type, f, depth));
    if (chance(0.15)) parts.splice(int(0, parts.length), 0, '__typename');
    return parts.join(' ');
  }

  abstractSelection(type, depth) {
    this.features.add('abstract');
    const parts = [];
    if (chance(0.6)) parts.push('__typename');
    if (!isAbstractType(type) || type.getFields == null) {
      // union: only __typename and fragments
    } else {
      const scalars = Object.values(type.getFields()).filter((f) => isLeafType(getNamedType(f.type)));
      if (chance(0.7)) parts.push(...sample(scalars, int(1, scalars.length)).map((f) => f.name));
    }
    const possible = schema.getPossibleTypes(type);
    for (const t of sample(possible, int(1, possible.length))) {
      parts.push(`... on ${t.name}${this.directive()} { ${this.objectFields(t, depth)} }`);
    }
    if (type.name !== 'Entity' && chance(0.25)) parts.push('... on Entity { name }');
    if (chance(0.15)) parts.push('... { __typename }');
    return `{ ${parts.join(' ')} }`;
  }

  document(kind) {
    let body;
    if (kind === 'mutation') {
      const mutation = schema.getMutationType();
      const fields = Object.values(mutation.getFields()).filter((f) => f.name !== 'failNonNull' || chance(0.1));
      const parts = Array.from({ length: int(2, 6) }, () => {
        const f = pick(fields);
        const text = this.field(mutation, f, 1);
        return /^a\d+: /.test(text) ? text : `m${this.alias++}: ${text}`;
      });
      if (chance(0.7)) parts.push('after: stats { counter log reviewCount }');
      body = `{ ${parts.join(' ')} }`;
      this.features.add('mutation');
    } else if (kind === 'introspection') {
      const t = pick(Object.keys(schema.getTypeMap()).filter((n) => !n.startsWith('__')));
      body = `{ __type(name: "${t}") { name kind ${pick(['fields { name }', 'inputFields { name defaultValue }', 'enumValues { name }', 'possibleTypes { name }', 'interfaces { name }', 'isOneOf'])} } hello }`;
      this.features.add('introspection');
    } else {
      body = this.selectionSet(schema.getQueryType(), 0);
    }
    const head = kind === 'introspection' ? 'query' : kind;
    const defs = this.varDefs.length > 0 ? `(${this.varDefs.join(', ')})` : '';
    const opName = chance(0.3) ? ` Gen${int(1, 999)}` : '';
    return [`${head}${opName}${defs} ${body}`, ...this.fragments].join('\n');
  }
}

function generateOne(index) {
  const kind = chance(0.15) ? 'mutation' : chance(0.06) ? 'introspection' : 'query';
  const b = new Builder(chance(0.45));
  const query = b.document(kind);
  const out = { query };
  if (b.varDefs.length > 0) {
    if (chance(0.12)) {
      // Break one variable on purpose: an execution-time coercion error.
      const names = Object.keys(b.variables);
      const name = pick(names);
      out.variables = { ...b.variables, [name]: invalidValueFor(b.varTypes[names.indexOf(name)]) };
      b.features.add('invalid-variable');
    } else {
      out.variables = b.variables;
    }
  }
  const features = [kind, ...[...b.features].filter((f) => f !== kind && f !== 'mutation')].join(', ');
  return { name: `gen ${String(index).padStart(4, '0')}: ${features}`, ...out };
}

function isValid(query) {
  try {
    return validate(schema, parse(query)).length === 0;
  } catch {
    return false;
  }
}

const operations = [];
const names = new Set();
const invalid = [];
for (const o of handwritten) {
  const errors = validate(schema, parse(o.query));
  if (errors.length > 0) invalid.push(`${o.name}: ${errors.map((e) => e.message).join('; ')}`);
  if (names.has(o.name)) throw new Error(`Duplicate name ${o.name}`);
  names.add(o.name);
  operations.push(o);
}

if (invalid.length > 0) throw new Error(`Invalid hand-written operations:\n${invalid.join('\n')}`);

let index = 0;
let dropped = 0;
while (operations.length < TOTAL) {
  index += 1;
  const o = generateOne(index);
  if (isValid(o.query)) operations.push(o);
  else dropped += 1;
}

writeFileSync(new URL('operations.json', here), `${JSON.stringify(operations, null, 1)}\n`);
console.error(`wrote ${operations.length} operations (${handwritten.length} hand-written, ${operations.length - handwritten.length} generated, ${dropped} generated dropped as invalid)`);
