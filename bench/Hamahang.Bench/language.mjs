// graphql-js 17's `parse`, timed on the documents the C# language benchmark parses (the conformance
// corpus's kitchen-sink query and Documents/large.graphql), so the two compare as a ratio from one run.
// Usage: node language.mjs [--generate | --serve]
//   --generate  writes Documents/large.graphql (about 100 KB of varied valid documents, from the
//               conformance corpus generator) and exits.
//   --serve     reads lines "<document> <milliseconds>" and answers each with the mean nanoseconds
//               of one parse over that long, so a caller can interleave its own timings with ours.
// Prints JSON: { "kitchen-sink": { "meanNs": ..., "chars": ... }, "large": { ... } }.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { median, timeFor } from './timing.mjs';

const here = import.meta.dirname;
const conformance = join(here, '..', '..', 'tests', 'conformance');
const require = createRequire(join(conformance, 'package.json'));
const { parse } = require('graphql');

if (process.argv.includes('--generate')) {
  const { generateDocuments } = await import(join(conformance, 'corpus', 'language', 'generate.mjs'));
  let text = '';
  for (const { mode, source } of generateDocuments(7)) {
    if (mode !== 'document' || text.length >= 100 * 1024) continue;
    try {
      parse(source, { maxTokens: 15000 });
      text += source + '\n\n';
    } catch {
      // mutated documents are usually invalid; the benchmark parses valid ones only
    }
  }
  writeFileSync(join(here, 'Documents', 'large.graphql'), text);
  console.log(`wrote ${text.length} characters`);
  process.exit(0);
}

const documents = {
  'kitchen-sink': join(conformance, 'corpus', 'language', 'kitchen-sink.graphql'),
  large: join(here, 'Documents', 'large.graphql'),
};
if (process.argv.includes('--serve')) {
  const sources = Object.fromEntries(Object.entries(documents).map(([name, path]) => [name, readFileSync(path, 'utf8')]));
  for (const source of Object.values(sources)) timeFor(() => parse(source), 1000);
  const { createInterface } = await import('node:readline');
  for await (const line of createInterface({ input: process.stdin })) {
    const [name, milliseconds] = line.trim().split(' ');
    const source = sources[name];
    console.log(Math.round(timeFor(() => parse(source), Number(milliseconds))));
  }
  process.exit(0);
}

const results = {};
for (const [name, path] of Object.entries(documents)) {
  const source = readFileSync(path, 'utf8');
  results[name] = { meanNs: Math.round(median(() => parse(source))), chars: source.length };
}
console.log(JSON.stringify(results));
