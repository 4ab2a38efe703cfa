// Schema conformance: graphql-js 17 (the reference) on the SDL corpus, and on
// introspection results our engine produces.
//
//   node schema.mjs
//       For every corpus/schema/{valid,invalid}/*.graphql, prints one JSON line
//       { "name", "thrown"?, "errors"?, "printed"? }: the message buildSchema throws
//       (it throws for some mistakes, e.g. unknown types), else the messages of
//       validateSchema, else printSchema(schema). SDL validation is skipped
//       (assumeValidSDL: with assumeValid, validateSchema would report nothing).
//
//   node schema.mjs --client <introspection.json>
//       Prints printSchema(buildClientSchema(data)) for an introspection result
//       ({ "__schema": ... }), i.e. what a client rebuilds from our introspection.
//
//   node schema.mjs --introspect
//       For every valid corpus document, the data graphql-js answers to its full
//       introspection query (every getIntrospectionQuery option on), as one JSON
//       object mapping file names to results.
//
//   node schema.mjs --introspect-sdl < schema.graphql
//       The same for one SDL document read from standard input.
//
//   node schema.mjs --clients <file.json>
//       The same for many results at once: the file maps names to introspection
//       results; prints a JSON object mapping the names to the printed schemas.
import { readdirSync, readFileSync } from 'node:fs';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  graphqlSync,
  printSchema,
  validateSchema,
} from 'graphql';

const args = process.argv.slice(2);

function main() {
  if (args[0] === '--client') {
    const data = JSON.parse(readFileSync(args[1], 'utf8'));
    process.stdout.write(printSchema(buildClientSchema(data)));
    return;
  }

  if (args[0] === '--clients') {
    const all = JSON.parse(readFileSync(args[1], 'utf8'));
    const printed = {};
    for (const [name, data] of Object.entries(all)) {
      try {
        printed[name] = printSchema(buildClientSchema(data));
      } catch (error) {
        printed[name] = `error: ${error.message}`;
      }
    }
    process.stdout.write(JSON.stringify(printed));
    return;
  }

  const corpus = new URL('./corpus/schema/', import.meta.url);

  const source = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      experimentalDirectiveDeprecation: true,
      oneOf: true,
  });

  if (args[0] === '--introspect-sdl') {
    const schema = buildSchema(readFileSync(0, 'utf8'));
    process.stdout.write(JSON.stringify(graphqlSync({ schema, source }).data));
    return;
  }

  if (args[0] === '--introspect') {
    const folder = new URL('valid/', corpus);
    const results = {};
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.graphql')).sort()) {
      const schema = buildSchema(readFileSync(new URL(file, folder), 'utf8'));
      const result = graphqlSync({ schema, source });
      results[file] = result.errors ? { errors: result.errors.map((e) => e.message) } : result.data;
    }
    process.stdout.write(JSON.stringify(results));
    return;
  }
  const lines = [];
  for (const kind of ['valid', 'invalid']) {
    const folder = new URL(`${kind}/`, corpus);
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.graphql')).sort()) {
      const sdl = readFileSync(new URL(file, folder), 'utf8');
      const result = { name: `${kind}/${file}` };
      try {
        const schema = buildSchema(sdl, { assumeValidSDL: true });
        const errors = validateSchema(schema).map((e) => e.message);
        if (errors.length > 0) {
          result.errors = errors;
        } else {
          result.printed = printSchema(schema);
        }
      } catch (error) {
        result.thrown = error.message;
      }
      lines.push(JSON.stringify(result));
    }
  }
  process.stdout.write('[\n' + lines.join(',\n') + '\n]\n');
}

main();
