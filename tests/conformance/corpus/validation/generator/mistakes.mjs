// Mistakes the generator injects into a valid document. Each `apply` edits the
// document model in place and returns false when it does not fit the document
// (the generator then tries another one).
import {
  getNamedType, isAbstractType, isCompositeType, isInputObjectType, isLeafType, isListType,
  isNonNullType, isObjectType, isRequiredArgument,
} from 'graphql';
import { allFields, selectionSets } from './ir.mjs';

const typo = (name, rnd) => {
  const i = 1 + rnd.int(Math.max(1, name.length - 2));
  switch (rnd.int(3)) {
    case 0: return name.slice(0, i) + name.slice(i + 1) || `${name}x`;
    case 1: return `${name.slice(0, i)}${name[i + 1] ?? ''}${name[i] ?? ''}${name.slice(i + 2)}`;
    default: return `${name}s`;
  }
};

const operations = (defs) => defs.filter((d) => d.kind === 'operation');
const compositeSets = (defs, schema) =>
  selectionSets(defs).filter(({ owner }) => owner.selType && isCompositeType(schema.getType(owner.selType)));
const fieldDefOf = (defs, schema, field) => {
  const owner = selectionSets(defs).find(({ selections }) => selections.includes(field))?.owner;
  const type = owner && schema.getType(owner.selType);
  return type?.getFields ? type.getFields()[field.name] : undefined;
};
const fieldsWithDefs = (defs, schema) =>
  allFields(defs).map((f) => ({ f, def: fieldDefOf(defs, schema, f) })).filter(({ def }) => def);

function wrongValue(type, rnd) {
  const named = getNamedType(type);
  if (isListType(isNonNullType(type) ? type.ofType : type) && rnd.chance(0.3)) return '[{ nested: 1 }]';
  if (isInputObjectType(named)) return rnd.pick(['123', '"object"', '[1, 2]', '{ unknownField: 1 }']);
  switch (named.name) {
    case 'Int': return rnd.pick(['"12"', '1.5', 'true', '3000000000', 'TEN']);
    case 'Float': return rnd.pick(['"1.5"', 'false', 'NaN']);
    case 'String': return rnd.pick(['12', 'true', 'TEHRAN', '1.0']);
    case 'Boolean': return rnd.pick(['"true"', '1', 'YES']);
    case 'ID': return rnd.pick(['1.5', 'true', 'ABC']);
    default:
      if (named.getValues) return rnd.pick([`"${named.getValues()[0].name}"`, 'NOT_A_VALUE', '1', named.getValues()[0].name.toLowerCase()]);
      return null; // custom scalars accept every literal
  }
}

const pickSet = (defs, schema, rnd, predicate = () => true) => {
  const sets = compositeSets(defs, schema).filter(predicate);
  return sets.length > 0 ? rnd.pick(sets) : null;
};

export const mistakes = [
  { name: 'unknown-field', apply(defs, { schema, rnd }) {
    const set = pickSet(defs, schema, rnd, ({ owner }) => schema.getType(owner.selType).getFields);
    if (!set) return false;
    const type = schema.getType(set.owner.selType);
    const names = Object.keys(type.getFields());
    const name = typo(rnd.pick(names), rnd);
    if (names.includes(name)) return false;
    set.selections.splice(rnd.int(set.selections.length + 1), 0, { kind: 'field', alias: null, name, args: [], directives: [], selections: null });
    return true;
  } },
  { name: 'wrong-argument-type', apply(defs, { schema, rnd }) {
    const candidates = fieldsWithDefs(defs, schema).filter(({ f }) => f.args.some((a) => !a.value.startsWith('$')));
    if (candidates.length === 0) return false;
    const { f, def } = rnd.pick(candidates);
    const arg = rnd.pick(f.args.filter((a) => !a.value.startsWith('$')));
    const value = wrongValue(def.args.find((a) => a.name === arg.name).type, rnd);
    if (value === null) return false;
    arg.value = value;
    return true;
  } },
  { name: 'missing-required-argument', apply(defs, { schema, rnd }) {
    const candidates = fieldsWithDefs(defs, schema).filter(({ f, def }) =>
      def.args.some((a) => isRequiredArgument(a) && f.args.some((x) => x.name === a.name)));
    if (candidates.length === 0) return false;
    const { f, def } = rnd.pick(candidates);
    const required = def.args.filter(isRequiredArgument).map((a) => a.name);
    f.args = f.args.filter((a) => !required.includes(a.name) || rnd.chance(0.3));
    if (required.every((r) => f.args.some((a) => a.name === r))) f.args = f.args.filter((a) => a.name !== required[0]);
    return true;
  } },
  { name: 'unknown-argument', apply(defs, { schema, rnd }) {
    const candidates = fieldsWithDefs(defs, schema);
    if (candidates.length === 0) return false;
    const { f, def } = rnd.pick(candidates);
    const name = def.args.length > 0 ? typo(rnd.pick(def.args).name, rnd) : rnd.pick(['limit', 'where', 'id']);
    if (def.args.some((a) => a.name === name)) return false;
    f.args.push({ name, value: rnd.pick(['1', '"x"', 'true', '{ a: 1 }']) });
    return true;
  } },
  { name: 'duplicate-argument', apply(defs, { rnd }) {
    const candidates = allFields(defs).filter((f) => f.args.length > 0);
    if (candidates.length === 0) return false;
    const f = rnd.pick(candidates);
    f.args.push({ ...rnd.pick(f.args) });
    return true;
  } },
  { name: 'fragment-on-wrong-type', apply(defs, { schema, rnd, builder }) {
    const set = pickSet(defs, schema, rnd);
    if (!set) return false;
    const parent = schema.getType(set.owner.selType);
    const possible = new Set(schema.getPossibleTypes(isAbstractType(parent) ? parent : parent).map((t) => t.name));
    if (isObjectType(parent)) possible.add(parent.name);
    const others = Object.values(schema.getTypeMap()).filter((t) =>
      isObjectType(t) && !t.name.startsWith('__') && !(isObjectType(parent) ? t.name === parent.name : possible.has(t.name)));
    if (others.length === 0) return false;
    const target = rnd.pick(others);
    if (rnd.chance(0.5)) {
      set.selections.push({ kind: 'inline', on: target.name, directives: [], selections: [{ kind: 'field', alias: null, name: '__typename', args: [], directives: [], selections: null }], selType: target.name });
    } else {
      const name = builder.fresh('Wrong');
      defs.push({ kind: 'fragment', name, on: target.name, directives: [], selections: [{ kind: 'field', alias: null, name: '__typename', args: [], directives: [], selections: null }], selType: target.name });
      set.selections.push({ kind: 'spread', name, directives: [] });
    }
    return true;
  } },
  { name: 'fragment-on-leaf-type', apply(defs, { schema, rnd }) {
    const set = pickSet(defs, schema, rnd);
    if (!set) return false;
    const leaf = rnd.pick(Object.values(schema.getTypeMap()).filter((t) => isLeafType(t) || isInputObjectType(t)));
    set.selections.push({ kind: 'inline', on: leaf.name, directives: [], selections: [{ kind: 'field', alias: null, name: 'value', args: [], directives: [], selections: null }] });
    return true;
  } },
  { name: 'duplicate-operation-name', apply(defs, { rnd }) {
    const op = operations(defs)[0];
    const copy = { kind: 'operation', type: rnd.pick(['query', op.type]), name: op.name, variables: [], directives: [], selections: [{ kind: 'field', alias: null, name: '__typename', args: [], directives: [], selections: null }] };
    defs.push(copy);
    return true;
  } },
  { name: 'duplicate-fragment-name', apply(defs, { rnd }) {
    const fragments = defs.filter((d) => d.kind === 'fragment');
    if (fragments.length === 0) return false;
    const f = rnd.pick(fragments);
    defs.push({ ...f, selections: [{ kind: 'field', alias: null, name: '__typename', args: [], directives: [], selections: null }] });
    return true;
  } },
  { name: 'unused-variable', apply(defs, { rnd, builder }) {
    const op = operations(defs)[0];
    op.variables.splice(rnd.int(op.variables.length + 1), 0, { name: builder.fresh('unused'), type: rnd.pick(['Int', 'String!', '[ID]', 'Boolean = true']) });
    return true;
  } },
  { name: 'undefined-variable', apply(defs, { schema, rnd }) {
    const op = operations(defs)[0];
    if (op.variables.length > 0) {
      op.variables.splice(rnd.int(op.variables.length), 1);
      return true;
    }
    const candidates = fieldsWithDefs(defs, schema).filter(({ def }) => def.args.length > 0);
    if (candidates.length === 0) return false;
    const { f, def } = rnd.pick(candidates);
    const arg = rnd.pick(def.args);
    f.args = f.args.filter((a) => a.name !== arg.name);
    f.args.push({ name: arg.name, value: '$undefinedVar' });
    return true;
  } },
  { name: 'unused-fragment', apply(defs, { schema, rnd, builder }) {
    const type = rnd.pick([schema.getQueryType(), ...Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && !t.name.startsWith('__'))]);
    defs.push({ kind: 'fragment', name: builder.fresh('Unused'), on: type.name, directives: [], selections: [{ kind: 'field', alias: null, name: '__typename', args: [], directives: [], selections: null }], selType: type.name });
    return true;
  } },
  { name: 'fragment-cycle', apply(defs, { schema, rnd, builder }) {
    const set = pickSet(defs, schema, rnd);
    if (!set) return false;
    const on = set.owner.selType;
    const a = builder.fresh('CycleA');
    const b = builder.fresh('CycleB');
    defs.push({ kind: 'fragment', name: a, on, directives: [], selections: [{ kind: 'spread', name: b, directives: [] }], selType: on });
    defs.push({ kind: 'fragment', name: b, on, directives: [], selections: [{ kind: 'field', alias: null, name: '__typename', args: [], directives: [], selections: null }, { kind: 'spread', name: a, directives: [] }], selType: on });
    set.selections.push({ kind: 'spread', name: a, directives: [] });
    return true;
  } },
  { name: 'conflicting-alias', apply(defs, { schema, rnd }) {
    const set = pickSet(defs, schema, rnd, ({ owner }) => isObjectType(schema.getType(owner.selType)));
    if (!set) return false;
    const type = schema.getType(set.owner.selType);
    const leaves = Object.values(type.getFields()).filter((f) => isLeafType(getNamedType(f.type)) && !f.args.some(isRequiredArgument));
    if (leaves.length < 2) return false;
    const [x, y] = rnd.shuffle(leaves);
    const alias = rnd.chance(0.5) ? 'same' : x.name;
    set.selections.push({ kind: 'field', alias: alias === x.name ? null : alias, name: x.name, args: [], directives: [], selections: null });
    set.selections.push({ kind: 'field', alias, name: y.name, args: [], directives: [], selections: null });
    return true;
  } },
  { name: 'leaf-with-selection', apply(defs, { rnd }) {
    const leaves = allFields(defs).filter((f) => !f.selections);
    if (leaves.length === 0) return false;
    rnd.pick(leaves).selections = [{ kind: 'field', alias: null, name: 'inner', args: [], directives: [], selections: null }];
    return true;
  } },
  { name: 'missing-selection', apply(defs, { rnd }) {
    const composites = allFields(defs).filter((f) => f.selections);
    if (composites.length === 0) return false;
    rnd.pick(composites).selections = null;
    return true;
  } },
  { name: 'unknown-directive', apply(defs, { rnd }) {
    const fields = allFields(defs);
    rnd.pick(fields).directives.push(rnd.pick(['@unknown', '@includes(if: true)', '@skipp(if: false)', '@live']));
    return true;
  } },
  { name: 'misplaced-directive', apply(defs, { rnd }) {
    const op = operations(defs)[0];
    if (rnd.chance(0.5)) op.directives.push(rnd.pick(['@include(if: true)', '@skip(if: false)']));
    else rnd.pick(allFields(defs)).directives.push(op.type === 'query' && rnd.chance(0.5) ? '@deprecated' : '@specifiedBy(url: "u")');
    return true;
  } },
  { name: 'duplicate-directive', apply(defs, { rnd }) {
    rnd.pick(allFields(defs)).directives.push('@include(if: true)', '@include(if: true)');
    return true;
  } },
  { name: 'variable-type-mismatch', apply(defs, { rnd }) {
    const op = operations(defs)[0];
    const candidates = op.variables.filter((v) => /^[A-Za-z\[\]]+!$/.test(v.type) || /^(Int|String|ID|Boolean)$/.test(v.type));
    if (candidates.length === 0) return false;
    const v = rnd.pick(candidates);
    v.type = v.type.endsWith('!') ? v.type.slice(0, -1) : { Int: 'String', String: 'Int', ID: 'Boolean', Boolean: 'Int' }[v.type];
    return true;
  } },
  { name: 'unknown-variable-type', apply(defs, { rnd }) {
    const op = operations(defs)[0];
    if (op.variables.length > 0 && rnd.chance(0.6)) {
      const v = rnd.pick(op.variables);
      v.type = v.type.replace(/[A-Za-z_]+/, (n) => typo(n, rnd));
    } else {
      op.variables.push({ name: 'mystery', type: rnd.pick(['Mystery', '[Strng]', 'Integer!']) });
    }
    return true;
  } },
  { name: 'output-type-variable', apply(defs, { schema, rnd }) {
    const op = operations(defs)[0];
    const outputs = Object.values(schema.getTypeMap()).filter((t) => isCompositeType(t) && !t.name.startsWith('__'));
    op.variables.push({ name: 'out', type: `${rnd.pick(outputs).name}${rnd.pick(['', '!'])}` });
    return true;
  } },
  { name: 'oneof-two-fields', apply(defs, { schema, rnd }) {
    const candidates = fieldsWithDefs(defs, schema).flatMap(({ f, def }) =>
      def.args.filter((a) => getNamedType(a.type).isOneOf).map((a) => ({ f, a })));
    if (candidates.length === 0) return false;
    const { f, a } = rnd.pick(candidates);
    const fields = Object.values(getNamedType(a.type).getFields()).slice(0, 2);
    f.args = f.args.filter((x) => x.name !== a.name);
    f.args.push({ name: a.name, value: rnd.chance(0.7) ? `{ ${fields.map((x) => `${x.name}: ${x.type.name === 'Int' ? 1 : '"1"'}`).join(', ')} }` : `{ ${fields[0].name}: null }` });
    return true;
  } },
  { name: 'duplicate-input-field', apply(defs, { rnd }) {
    const candidates = allFields(defs).flatMap((f) => f.args.filter((a) => /^\{ \w+: /.test(a.value)));
    if (candidates.length === 0) return false;
    const arg = rnd.pick(candidates);
    const key = /^\{ (\w+): /.exec(arg.value)[1];
    arg.value = `${arg.value.slice(0, -2)}, ${key}: null }`;
    return true;
  } },
  { name: 'null-for-non-null', apply(defs, { schema, rnd }) {
    const candidates = fieldsWithDefs(defs, schema).flatMap(({ f, def }) =>
      f.args.filter((a) => isNonNullType(def.args.find((d) => d.name === a.name)?.type)));
    if (candidates.length === 0) return false;
    rnd.pick(candidates).value = 'null';
    return true;
  } },
  { name: 'second-anonymous-operation', apply(defs) {
    defs.push({ kind: 'operation', type: 'query', name: null, variables: [], directives: [], selections: [{ kind: 'field', alias: null, name: '__typename', args: [], directives: [], selections: null }] });
    return true;
  } },
  { name: 'extra-subscription-field', apply(defs, { schema, rnd }) {
    const op = operations(defs)[0];
    if (op.type !== 'subscription') return false;
    const root = schema.getSubscriptionType();
    const f = rnd.pick(Object.values(root.getFields()).filter((x) => !x.args.some(isRequiredArgument)));
    op.selections.push({ kind: 'field', alias: rnd.chance(0.5) ? 'extra' : null, name: f.name, args: [], directives: [], selections: isLeafType(getNamedType(f.type)) ? null : [{ kind: 'field', alias: null, name: '__typename', args: [], directives: [], selections: null }] });
    return true;
  } },
  { name: 'unknown-fragment', apply(defs, { schema, rnd }) {
    const set = pickSet(defs, schema, rnd);
    if (!set) return false;
    set.selections.push({ kind: 'spread', name: rnd.pick(['Missing', 'DetailFields', 'F']), directives: [] });
    return true;
  } },
  { name: 'defer-and-stream', apply(defs, { schema, rnd }) {
    const set = pickSet(defs, schema, rnd);
    if (!set) return false;
    if (rnd.chance(0.5)) {
      set.selections.push({ kind: 'inline', on: null, directives: [rnd.pick(['@defer', '@defer(label: "d")', '@defer(if: false)'])], selections: [{ kind: 'field', alias: null, name: '__typename', args: [], directives: [], selections: null }] });
    } else {
      const fields = allFields(defs).filter((f) => f.name !== '__typename');
      if (fields.length === 0) return false;
      rnd.pick(fields).directives.push(rnd.pick(['@stream', '@stream(initialCount: 1)', '@stream(label: "d")']));
    }
    return true;
  } },
  { name: 'introspection-too-deep', apply(defs, { rnd }) {
    const op = operations(defs)[0];
    if (op.type !== 'query') return false;
    const inner = rnd.pick(['fields { type { fields { type { fields { name } } } } }', 'interfaces { interfaces { interfaces { name } } }', 'possibleTypes { fields { type { name } } }']);
    op.selections.push({ kind: 'field', alias: null, name: '__schema', args: [], directives: [], selections: [{ kind: 'field', alias: null, name: `types { ${inner} }`, args: [], directives: [], selections: null }] });
    return true;
  } },
  { name: 'type-definition', apply(defs, { rnd }) {
    defs.splice(rnd.int(defs.length + 1), 0, { kind: 'raw', text: rnd.pick(['type Extra { a: Int }', 'extend type Query { b: Int }', 'scalar Extra', 'directive @extra on FIELD']) });
    return true;
  } },
];
