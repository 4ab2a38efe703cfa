// Loads the corpus schemas (schemas/*.graphql) with graphql-js's buildSchema.
import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';

/** Map of schema name (file name without .graphql) to { sdl, schema }. */
export function loadSchemas(corpusDir) {
  const dir = new URL('schemas/', corpusDir);
  const result = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort()) {
    const sdl = readFileSync(new URL(file, dir), 'utf8');
    result.set(file.replace(/\.graphql$/, ''), { sdl, schema: buildSchema(sdl) });
  }
  return result;
}
