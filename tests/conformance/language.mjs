// Language conformance: graphql-js 17's parse + print (or its syntax error) for every document of
// the language corpus (corpus/language/*.graphql, documents separated by a line "# ---", plus the
// generated documents of corpus/language/generate.mjs), and for the documents the validation and
// execution corpora hold (named "borrowed/...", read if those corpora are there).
// Prints one JSON array: { name, mode, source, printed, nodes } or { name, mode, source, error }.
// `nodes` lists every node graphql-js's `visit` enters, as "Kind:start-end". Source, printed text and
// messages are base64 of their UTF-16 code units, so lone surrogates survive any JSON reader.
// Usage: node language.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseConstValue, parseSchemaCoordinate, parseType, parseValue, print, visit } from 'graphql';
import { generateDocuments } from './corpus/language/generate.mjs';

const corpusDir = join(import.meta.dirname, 'corpus', 'language');

export function loadCorpus() {
  const documents = [];
  for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.graphql')).sort()) {
    const text = readFileSync(join(corpusDir, file), 'utf8');
    const mode = file.startsWith('values') ? 'value' : 'document';
    text.split(/\n# ---\n/).forEach((source, i) => {
      documents.push({ name: `${file}#${i + 1}`, mode, source });
    });
  }
  return documents.concat(generateDocuments(), borrowedDocuments());
}

/** The documents of the other conformance corpora: more real-world shapes for the parser. */
function borrowedDocuments() {
  const corpus = join(import.meta.dirname, 'corpus');
  const documents = [];
  const readJson = (path) => {
    try {
      return JSON.parse(readFileSync(join(corpus, path), 'utf8'));
    } catch {
      return [];
    }
  };
  const readDir = (path) => {
    try {
      return readdirSync(join(corpus, path)).filter((f) => f.endsWith('.graphql')).sort();
    } catch {
      return [];
    }
  };
  for (const file of readDir('validation/schemas')) {
    documents.push({ name: `borrowed/validation/schemas/${file}`, mode: 'document', source: readFileSync(join(corpus, 'validation/schemas', file), 'utf8') });
  }
  for (const file of readDir('execution')) {
    documents.push({ name: `borrowed/execution/${file}`, mode: 'document', source: readFileSync(join(corpus, 'execution', file), 'utf8') });
  }
  for (const [i, c] of readJson('validation/cases.json').entries()) {
    if (typeof c.document === 'string') documents.push({ name: `borrowed/validation/${i}`, mode: 'document', source: c.document });
  }
  for (const [i, c] of readJson('execution/operations.json').entries()) {
    if (typeof c.query === 'string') documents.push({ name: `borrowed/execution/${i}`, mode: 'document', source: c.query });
  }
  return documents;
}

const parsers = {
  document: (s) => parse(s, { maxTokens: 15000 }),
  value: (s) => parseValue(s),
  constValue: (s) => parseConstValue(s),
  type: (s) => parseType(s),
  coordinate: (s) => parseSchemaCoordinate(s),
};

const utf16 = (text) => Buffer.from(text, 'utf16le').toString('base64');

const results = loadCorpus().map(({ name, mode, source }) => {
  const result = run(mode, source);
  return { name, mode, ...result, source: utf16(source) };
});

function run(mode, source) {
  try {
    const ast = parsers[mode](source);
    const nodes = [];
    visit(ast, {
      enter(node) {
        nodes.push(`${node.kind}:${node.loc.start}-${node.loc.end}`);
      },
    });
    return { printed: utf16(print(ast)), nodes: nodes.join(' ') };
  } catch (e) {
    if (!e.locations) {
      return { crash: String(e) };
    }
    const [{ line, column }] = e.locations;
    return { error: { message: utf16(e.message), line, column } };
  }
}

process.stdout.write(JSON.stringify(results));
