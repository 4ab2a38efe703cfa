// Seeded random documents over the corpus schemas: a valid operation is built
// from the schema, then one or two mistakes are injected (see mistakes.mjs).
// graphql-js decides what is valid; the generator only aims for variety.
import {
  getNamedType, isAbstractType, isCompositeType, isEnumType, isInputObjectType, isLeafType,
  isListType, isNonNullType, isRequiredArgument,
} from 'graphql';
import { printDocument } from './ir.mjs';
import { mistakes } from './mistakes.mjs';

/** mulberry32: a small, well-distributed 32-bit PRNG; same seed, same sequence. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    shuffle: (list) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
  };
}

/** A literal of the given input type, valid for it. */
export function validValue(type, rnd, depth = 0) {
  if (isNonNullType(type)) return validValue(type.ofType, rnd, depth);
  if (isListType(type)) {
    const n = rnd.int(3);
    if (n === 0 && rnd.chance(0.3)) return validValue(type.ofType, rnd, depth + 1); // list input coercion
    return `[${Array.from({ length: n }, () => validValue(type.ofType, rnd, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(type)) return rnd.pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (type.isOneOf) {
      const f = rnd.pick(fields);
      return `{ ${f.name}: ${validValue(f.type, rnd, depth + 1)} }`;
    }
    const chosen = fields.filter((f) =>
      (isNonNullType(f.type) && f.default === undefined && f.defaultValue === undefined) ||
      (depth < 2 && rnd.chance(0.35)));
    return `{ ${chosen.map((f) => `${f.name}: ${validValue(f.type, rnd, depth + 1)}`).join(', ')} }`.replace('{  }', '{}');
  }
  switch (type.name) {
    case 'Int': return String(rnd.int(2000) - 500);
    case 'Float': return rnd.pick(['1.5', '-0.25', '3', '6.02e23']);
    case 'String': return rnd.pick(['"a"', '"Tehran"', '""', '"\\u0041"', '"""block"""']);
    case 'Boolean': return rnd.pick(['true', 'false']);
    case 'ID': return rnd.pick(['"1"', '42', '"RGlzdHJpY3Q6MQ=="']);
    default: return rnd.pick(['"2025-09-01"', '"2025-09-01T10:00:00+03:30"', '12']);
  }
}

/** Builds one valid-looking document over a schema. */
class Builder {
  constructor(schema, rnd) {
    this.schema = schema;
    this.rnd = rnd;
    this.variables = [];
    this.fragments = [];
    this.counter = 0;
  }

  fresh(prefix) {
    return `${prefix}${this.counter++}`;
  }

  argsFor(fieldDef) {
    const args = [];
    for (const arg of fieldDef.args) {
      if (!isRequiredArgument(arg) && !this.rnd.chance(0.3)) continue;
      if (this.rnd.chance(0.25)) {
        const name = this.fresh('v');
        this.variables.push({ name, type: String(arg.type) });
        args.push({ name: arg.name, value: `$${name}` });
      } else {
        args.push({ name: arg.name, value: validValue(arg.type, this.rnd) });
      }
    }
    return args;
  }

  /** Selections on a composite type; `used` holds response names taken at this level. */
  selections(type, depth, used = new Set()) {
    const rnd = this.rnd;
    const result = [];
    const fields = type.getFields ? Object.values(type.getFields()) : [];
    const count = 1 + rnd.int(depth > 0 ? 3 : 2);
    for (const fieldDef of rnd.shuffle(fields).slice(0, count)) {
      const named = getNamedType(fieldDef.type);
      if (!isLeafType(named) && depth <= 0) continue;
      let alias = null;
      let responseName = fieldDef.name;
      const args = this.argsFor(fieldDef);
      if (used.has(responseName) || args.length > 0 || rnd.chance(0.1)) {
        alias = this.fresh(`${fieldDef.name}_`);
        responseName = alias;
      }
      used.add(responseName);
      const directives = [];
      if (rnd.chance(0.08)) directives.push(`@include(if: ${rnd.pick(['true', 'false'])})`);
      else if (rnd.chance(0.05)) {
        const name = this.fresh('skip');
        this.variables.push({ name, type: 'Boolean!' });
        directives.push(`@skip(if: $${name})`);
      }
      result.push({
        kind: 'field', alias, name: fieldDef.name, args, directives,
        selections: isLeafType(named) ? null : this.selections(named, depth - 1),
        selType: named.name,
      });
    }
    if (isAbstractType(type) && depth > 0) {
      for (const possible of rnd.shuffle(this.schema.getPossibleTypes(type)).slice(0, 1 + rnd.int(2))) {
        if (rnd.chance(0.5)) {
          result.push({ kind: 'inline', on: possible.name, directives: [], selections: this.selections(possible, depth - 1, used), selType: possible.name });
        } else {
          const name = this.fresh(`${possible.name}Fields`);
          this.fragments.push({ kind: 'fragment', name, on: possible.name, directives: [], selections: this.selections(possible, depth - 1, used), selType: possible.name });
          result.push({ kind: 'spread', name, directives: [] });
        }
      }
    }
    if (result.length === 0 || rnd.chance(0.08)) {
      if (!used.has('__typename')) {
        used.add('__typename');
        result.push({ kind: 'field', alias: null, name: '__typename', args: [], directives: [], selections: null });
      } else {
        result.push({ kind: 'field', alias: this.fresh('t'), name: '__typename', args: [], directives: [], selections: null });
      }
    }
    return result;
  }

  operation() {
    const rnd = this.rnd;
    const roll = rnd.next();
    const type = roll < 0.72 ? 'query' : roll < 0.9 ? 'mutation' : 'subscription';
    const root = this.schema.getRootType(type) ?? this.schema.getQueryType();
    const opType = this.schema.getRootType(type) ? type : 'query';
    let selections;
    if (opType === 'subscription') {
      const fieldDef = rnd.pick(Object.values(root.getFields()));
      const named = getNamedType(fieldDef.type);
      selections = [{
        kind: 'field', alias: null, name: fieldDef.name, args: this.argsFor(fieldDef), directives: [],
        selections: isCompositeType(named) ? this.selections(named, 2) : null, selType: named.name,
      }];
    } else {
      selections = this.selections(root, 3);
    }
    return {
      kind: 'operation', type: opType, name: rnd.chance(0.85) ? this.fresh(`${opType[0].toUpperCase()}${opType.slice(1)}Op`) : null,
      variables: this.variables, directives: [], selections, selType: root.name,
    };
  }
}

/** The generated cases: `count` per schema, deterministic for the seed. */
export function generatedCases(schemas, { seed = 20250901, perSchema = { pets: 260, districts: 200, 'query-only': 40 } } = {}) {
  const cases = [];
  for (const [schemaName, count] of Object.entries(perSchema)) {
    const { schema } = schemas.get(schemaName);
    for (let i = 0; i < count; i++) {
      const rnd = prng(seed + i * 7919 + schemaName.length * 104729);
      const builder = new Builder(schema, rnd);
      const definitions = [builder.operation(), ...builder.fragments];
      const applied = [];
      const howMany = rnd.chance(0.15) ? 0 : rnd.chance(0.8) ? 1 : 2;
      for (let m = 0; m < howMany; m++) {
        for (let attempt = 0; attempt < 5; attempt++) {
          const mistake = rnd.pick(mistakes);
          if (mistake.apply(definitions, { schema, rnd, builder })) {
            applied.push(mistake.name);
            break;
          }
        }
      }
      const label = applied.length === 0 ? 'none' : applied.join('+');
      cases.push({
        name: `generated/${schemaName}/${String(i).padStart(3, '0')} ${label}`,
        schema: schemaName,
        document: printDocument(definitions, rnd.chance(0.3)),
      });
    }
  }
  return cases;
}
