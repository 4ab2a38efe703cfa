// Runs the validation corpus through graphql-js 17 (the reference) and prints,
// for every case, the errors `validate(schema, parse(document))` reports with the
// default specifiedRules and options (maxErrors 100), in graphql-js's order:
//
//   [{ "name": "...", "errors": [{ "message": "...", "locations": [{ "line": 1, "column": 2 }] }] }]
//
// One case per line, so two outputs diff line by line. An error without a node
// (the "Too many validation errors" and "Validation aborted." errors) has
// "locations": [].
//
//   node validation.mjs                 all cases, JSON to stdout
//   node validation.mjs --summary       also per-rule counts to stderr
//   node validation.mjs --with-rules    each error also names the rule that reported it
//   node validation.mjs --corpus <file> another cases.json (schemas resolve beside it)
//   node validation.mjs --filter <text> only the cases whose name contains <text>
//   node validation.mjs --hide-suggestions  validate with { hideSuggestions: true } (no "Did you mean")
import { readFileSync } from 'node:fs';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';

const args = process.argv.slice(2);
const option = (flag) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const summary = args.includes('--summary');
const withRules = args.includes('--with-rules');
const corpusFile = new URL(
  option('--corpus') ?? './corpus/validation/cases.json',
  option('--corpus') ? `file://${process.cwd()}/` : import.meta.url,
);
const filter = option('--filter');
const options = args.includes('--hide-suggestions') ? { hideSuggestions: true } : undefined;

const ruleName = (rule) => rule.name.replace(/Rule$/, '');
const schemaCache = new Map();
function schemaFor(file) {
  let schema = schemaCache.get(file);
  if (!schema) {
    schema = buildSchema(readFileSync(new URL(`schemas/${file}`, corpusFile), 'utf8'));
    schemaCache.set(file, schema);
  }
  return schema;
}

const toJson = (error) => ({
  message: error.message,
  locations: (error.locations ?? []).map(({ line, column }) => ({ line, column })),
});
const key = (e) => JSON.stringify(e);

const cases = JSON.parse(readFileSync(corpusFile, 'utf8')).filter(
  (c) => filter === undefined || c.name.includes(filter),
);
const started = process.hrtime.bigint();
const results = [];
const perRule = new Map(specifiedRules.map((r) => [ruleName(r), { targetValid: 0, targetInvalid: 0, reportsIn: 0, errors: 0 }]));
for (const c of cases) {
  const schema = schemaFor(c.schema);
  const document = parse(c.document);
  const errors = validate(schema, document, specifiedRules, options).map(toJson);
  if (withRules || summary) {
    // Attribute each error to the rule that reports it when run alone.
    const byRule = specifiedRules.map((rule) => {
      const alone = validate(schema, document, [rule]);
      if (alone.length > 0) {
        perRule.get(ruleName(rule)).reportsIn++;
        perRule.get(ruleName(rule)).errors += alone.length;
      }
      return [ruleName(rule), new Set(alone.map((e) => key(toJson(e))))];
    });
    if (withRules) {
      for (const e of errors) {
        const found = byRule.filter(([, set]) => set.has(key(e))).map(([name]) => name);
        e.rule = found.length > 0 ? found.join(',') : null;
      }
    }
  }
  const target = perRule.get(c.name.split('/')[0]);
  if (target) errors.length === 0 ? target.targetValid++ : target.targetInvalid++;
  results.push({ name: c.name, errors });
}
const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;

process.stdout.write(`[\n${results.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);

if (summary) {
  const invalid = results.filter((r) => r.errors.length > 0).length;
  const groups = new Map();
  for (const r of results) {
    const g = r.name.split('/')[0];
    const entry = groups.get(g) ?? { valid: 0, invalid: 0 };
    r.errors.length === 0 ? entry.valid++ : entry.invalid++;
    groups.set(g, entry);
  }
  const lines = [
    `cases: ${results.length}, valid: ${results.length - invalid}, invalid: ${invalid}, ` +
      `errors: ${results.reduce((n, r) => n + r.errors.length, 0)}, time: ${elapsedMs.toFixed(0)} ms (with per-rule runs)`,
    '',
    'rule (specifiedRules order)                  hand-written valid/invalid   cases where the rule reports (errors)',
  ];
  for (const [name, s] of perRule) {
    lines.push(`${name.padEnd(45)}${`${s.targetValid}/${s.targetInvalid}`.padEnd(29)}${s.reportsIn} (${s.errors})`);
  }
  lines.push('', 'case groups (name prefix)                    valid/invalid');
  for (const [g, s] of groups) {
    if (!perRule.has(g)) lines.push(`${g.padEnd(45)}${s.valid}/${s.invalid}`);
  }
  process.stderr.write(`${lines.join('\n')}\n`);
}
