// graphql-js 17's `validate` (default specifiedRules and options), timed on the documents the C#
// validation benchmark validates: stress cases of the validation corpus, against its pets schema.
// Usage: node validation.mjs
// Prints JSON: { "<case name>": { "meanNs": ..., "errors": ... }, ... }.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { median } from './timing.mjs';

const here = import.meta.dirname;
const conformance = join(here, '..', '..', 'tests', 'conformance');
const corpus = join(conformance, 'corpus', 'validation');
const require = createRequire(join(conformance, 'package.json'));
const { buildSchema, parse, validate } = require('graphql');

const names = [
  'stress/2000 repeated fields',
  'stress/600 repeated fields (under the merge budget)',
  'stress/fan-out of 50 fragments each spreading the next twice',
];

const schema = buildSchema(readFileSync(join(corpus, 'schemas', 'pets.graphql'), 'utf8'));
const cases = new Map(JSON.parse(readFileSync(join(corpus, 'cases.json'), 'utf8')).map((c) => [c.name, c]));
const results = {};
for (const name of names) {
  const document = parse(cases.get(name).document, { maxTokens: Infinity });
  results[name] = { meanNs: Math.round(median(() => validate(schema, document))), errors: validate(schema, document).length };
}
console.log(JSON.stringify(results));
