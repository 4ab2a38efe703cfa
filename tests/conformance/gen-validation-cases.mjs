// Writes corpus/validation/cases.json: the validation corpus that validation.mjs
// runs through graphql-js 17 and that our engine's validator is compared against.
//
//   node gen-validation-cases.mjs            (rewrites cases.json)
//   node gen-validation-cases.mjs --check    (exits 1 if cases.json is stale)
//
// The output is deterministic: hand-written cases come first, in specifiedRules
// order, then the seeded generated cases, then the stress shapes. Every document
// must parse with graphql-js (also with allowEmptySelectionSets: false, as the
// specification's grammar asks); a document that does not is dropped and named.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'graphql';
import { handwrittenCases } from './corpus/validation/generator/handwritten.mjs';
import { generatedCases } from './corpus/validation/generator/random.mjs';
import { stressCases } from './corpus/validation/generator/stress.mjs';
import { loadSchemas } from './corpus/validation/generator/schemas.mjs';

const corpusDir = new URL('./corpus/validation/', import.meta.url);
const schemas = loadSchemas(corpusDir);

const all = [...handwrittenCases(), ...generatedCases(schemas), ...stressCases()];
const names = new Set();
const kept = [];
for (const c of all) {
  if (names.has(c.name)) throw new Error(`Duplicate case name: ${c.name}`);
  names.add(c.name);
  if (!schemas.has(c.schema)) throw new Error(`Unknown schema ${c.schema} in ${c.name}`);
  try {
    parse(c.document, { allowEmptySelectionSets: false });
  } catch (e) {
    process.stderr.write(`dropped (does not parse): ${c.name}: ${e.message}\n`);
    continue;
  }
  kept.push({ name: c.name, schema: `${c.schema}.graphql`, document: c.document });
}

const text = `[\n${kept.map((c) => JSON.stringify(c)).join(',\n')}\n]\n`;
const target = new URL('cases.json', corpusDir);
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    process.stderr.write('cases.json is stale: run node gen-validation-cases.mjs\n');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
process.stderr.write(`${kept.length} cases (${all.length - kept.length} dropped), ${text.length} bytes\n`);
