// A small document model for the generator: operations, fragments and selections
// as plain objects, mutated in place and then printed as GraphQL text.
//
//   Field:    { kind: 'field', alias, name, args: [{ name, value }], directives: [text], selections | null }
//   Inline:   { kind: 'inline', on | null, directives, selections }
//   Spread:   { kind: 'spread', name, directives }
//   Operation { kind: 'operation', type, name | null, variables: [{ name, type, defaultValue }], directives, selections }
//   Fragment  { kind: 'fragment', name, on, directives, selections }
//   Raw       { kind: 'raw', text }   (any other definition, printed as given)
// Fields, inline fragments and definitions also carry selType: the name of the
// type their selection set selects on.
// Argument and default values are GraphQL value text ("1", "[A, B]", "{ a: 1 }").

const printArgs = (args) => (args.length === 0 ? '' : `(${args.map((a) => `${a.name}: ${a.value}`).join(', ')})`);
const printDirectives = (directives) => directives.map((d) => ` ${d}`).join('');

function printSelections(selections, indent, compact) {
  if (compact) return `{ ${selections.map((s) => printSelection(s, indent, compact)).join(' ')} }`;
  const pad = '  '.repeat(indent + 1);
  return `{\n${selections.map((s) => pad + printSelection(s, indent + 1, compact)).join('\n')}\n${'  '.repeat(indent)}}`;
}

function printSelection(s, indent, compact) {
  switch (s.kind) {
    case 'field': {
      const head = `${s.alias ? `${s.alias}: ` : ''}${s.name}${printArgs(s.args)}${printDirectives(s.directives)}`;
      return s.selections ? `${head} ${printSelections(s.selections, indent, compact)}` : head;
    }
    case 'inline':
      return `...${s.on ? ` on ${s.on}` : ''}${printDirectives(s.directives)} ${printSelections(s.selections, indent, compact)}`;
    case 'spread':
      return `...${s.name}${printDirectives(s.directives)}`;
    default:
      throw new Error(`unknown selection kind ${s.kind}`);
  }
}

function printDefinition(d, compact) {
  if (d.kind === 'raw') return d.text;
  if (d.kind === 'fragment') {
    return `fragment ${d.name} on ${d.on}${printDirectives(d.directives)} ${printSelections(d.selections, 0, compact)}`;
  }
  const vars = d.variables.length === 0
    ? ''
    : `(${d.variables.map((v) => `$${v.name}: ${v.type}${v.defaultValue !== undefined ? ` = ${v.defaultValue}` : ''}`).join(', ')})`;
  const anonymousShorthand = d.type === 'query' && !d.name && !vars && d.directives.length === 0;
  const head = anonymousShorthand ? '' : `${d.type}${d.name ? ` ${d.name}` : ''}${vars}${printDirectives(d.directives)} `;
  return `${head}${printSelections(d.selections, 0, compact)}`;
}

/** Prints a list of definitions as a document. */
export function printDocument(definitions, compact) {
  return definitions.map((d) => printDefinition(d, compact)).join(compact ? '\n' : '\n\n');
}

/** Every selection set in the document, with the type name it selects on. */
export function selectionSets(definitions) {
  const result = [];
  const walk = (selections, owner) => {
    result.push({ selections, owner });
    for (const s of selections) if (s.selections) walk(s.selections, s);
  };
  for (const d of definitions) if (d.selections) walk(d.selections, d);
  return result;
}

/** Every field in the document. */
export function allFields(definitions) {
  return selectionSets(definitions).flatMap(({ selections }) => selections.filter((s) => s.kind === 'field'));
}
