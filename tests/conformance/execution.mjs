// Reference side of the execution conformance suite: runs every operation of
// corpus/execution/operations.json through graphql-js over corpus/execution/schema.graphql
// and prints [{ name, result: { data?, errors? } }] as JSON on stdout.
//
//   node execution.mjs                     all operations
//   node execution.mjs --only <name>       one operation
//   node execution.mjs --stats             corpus counts (README.md)
//   node execution.mjs --bench [--iterations N] [--warmup N]
//                                          ops/second for the benchmark workloads
//
// Each operation runs against a fresh copy of data.json (createState), so mutations in one
// operation are never visible to another.

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildSchema, execute, getIntrospectionQuery, graphql, parse, visit } from 'graphql';
import { attachResolvers, createState } from './corpus/execution/resolvers.mjs';

const corpus = new URL('./corpus/execution/', import.meta.url);
const read = (name) => readFileSync(new URL(name, corpus), 'utf8');

export const schema = attachResolvers(buildSchema(read('schema.graphql')));
export const operations = JSON.parse(read('operations.json'));

/** Only message, locations and path of an error, in that order; absent ones are omitted. */
function formatError(error) {
  const out = { message: error.message };
  if (error.locations !== undefined) out.locations = error.locations.map(({ line, column }) => ({ line, column }));
  if (error.path !== undefined) out.path = error.path;
  return out;
}

/** data (when the result has it) then errors (when there are any). */
export function formatResult(result) {
  const out = {};
  if ('data' in result) out.data = result.data;
  if (result.errors !== undefined && result.errors.length > 0) out.errors = result.errors.map(formatError);
  return out;
}

export async function run(operation) {
  const result = await graphql({
    schema,
    source: operation.query,
    variableValues: operation.variables,
    operationName: operation.operationName,
    contextValue: createState(),
  });
  return formatResult(result);
}

/** Counts over the corpus and its results, for README.md. */
async function stats() {
  const counts = { operations: operations.length, handWritten: 0, generated: 0, withErrors: 0, requestErrors: 0,
    dataNull: 0, withVariables: 0, withFragments: 0, withInlineFragments: 0, mutations: 0, introspection: 0,
    withDirectives: 0, withAliases: 0, withOperationName: 0 };
  for (const operation of operations) {
    const result = await run(operation);
    const document = parse(operation.query);
    const kinds = new Set();
    visit(document, {
      Field: (node) => void (node.alias && kinds.add('alias')),
      InlineFragment: () => void kinds.add('inline'),
      Directive: () => void kinds.add('directive'),
      OperationDefinition: (node) => void (node.operation === 'mutation' && kinds.add('mutation')),
      FragmentDefinition: () => void kinds.add('fragment'),
      VariableDefinition: () => void kinds.add('variable'),
    });
    const inc = (key, yes) => { if (yes) counts[key] += 1; };
    inc('handWritten', operation.name.startsWith('hand: '));
    inc('generated', operation.name.startsWith('gen '));
    inc('withErrors', result.errors !== undefined);
    inc('requestErrors', !('data' in result));
    inc('dataNull', 'data' in result && result.data === null);
    inc('withVariables', kinds.has('variable'));
    inc('withFragments', kinds.has('fragment'));
    inc('withInlineFragments', kinds.has('inline'));
    inc('mutations', kinds.has('mutation'));
    inc('introspection', /__(type|schema)\b/.test(operation.query));
    inc('withDirectives', kinds.has('directive'));
    inc('withAliases', kinds.has('alias'));
    inc('withOperationName', operation.operationName !== undefined);
  }
  process.stdout.write(`${JSON.stringify(counts, null, 1)}\n`);
}

async function runAll(only) {
  const selected = only == null ? operations : operations.filter((op) => op.name === only);
  if (selected.length === 0) throw new Error(`No operation named ${only}`);
  const results = [];
  for (const operation of selected) results.push({ name: operation.name, result: await run(operation) });
  process.stdout.write(`${JSON.stringify(results, null, 1)}\n`);
}

const BENCH_SMALL = `query Small($id: ID!) {
  author(id: $id) { id name born books(limit: 3) { id title year genre rating } }
}`;

const BENCH_BIG_LIST = `query BigList($count: Int!) {
  bigList(count: $count) {
    id title year genre rating isbn tags chapterPages
    author { id name country }
  }
}`;

export const BENCH_INTROSPECTION = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

const workloads = [
  { name: 'small', query: BENCH_SMALL, variables: { id: 'author-3' } },
  { name: 'bigList1000', query: BENCH_BIG_LIST, variables: { count: 1000 } },
  { name: 'introspection', query: BENCH_INTROSPECTION, variables: {} },
];

async function timeIt(iterations, once) {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) {
    const result = await once();
    if (result.errors !== undefined) throw new Error(JSON.stringify(result.errors));
  }
  const seconds = (performance.now() - start) / 1000;
  return { iterations, seconds: round(seconds), opsPerSecond: round(iterations / seconds) };
}

const round = (x) => Math.round(x * 1000) / 1000;

async function bench(iterations, warmup) {
  const results = [];
  for (const w of workloads) {
    const document = parse(w.query);
    // The workloads only read, so one state serves every iteration (no copy in the timing).
    const contextValue = createState();
    // "full": parse + validate + execute from the source text, as an HTTP request would.
    const full = () => graphql({ schema, source: w.query, variableValues: w.variables, contextValue });
    // "execute": execution only, over a document parsed once.
    const exec = () => execute({ schema, document, variableValues: w.variables, contextValue });
    await timeIt(warmup, full);
    await timeIt(warmup, exec);
    results.push({ name: w.name, full: await timeIt(iterations, full), execute: await timeIt(iterations, exec) });
  }
  const out = { engine: 'graphql-js', version: (await import('graphql')).version, node: process.version, results };
  process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
}

function option(args, name, fallback) {
  const i = args.indexOf(name);
  return i < 0 ? fallback : args[i + 1];
}

const isMain = process.argv[1] != null && new URL(`file://${process.argv[1]}`).href === import.meta.url;
if (isMain) {
  const args = process.argv.slice(2);
  if (args.includes('--stats')) {
    await stats();
  } else if (args.includes('--bench')) {
    await bench(Number(option(args, '--iterations', 200)), Number(option(args, '--warmup', 50)));
  } else {
    await runAll(option(args, '--only', undefined));
  }
}
