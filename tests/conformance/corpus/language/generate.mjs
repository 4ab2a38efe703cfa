// Deterministic generator of language conformance documents: random executable and type system
// documents, values, types and schema coordinates, and mutations of them that are usually invalid.
// Same seed, same documents: the C# test and graphql-js read the same list.

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateDocuments(seed = 20250901) {
  const rnd = mulberry32(seed);
  const int = (n) => Math.floor(rnd() * n);
  const pick = (xs) => xs[int(xs.length)];
  const chance = (p) => rnd() < p;
  const repeat = (min, max, f) => Array.from({ length: min + int(max - min + 1) }, (_, i) => f(i));

  const names = ['id', 'name', 'district', 'sites', 'capacity', 'meeting', 'agenda', 'on', 'query',
    'type', 'input', 'fragment', 'extend', 'true_', '_private', 'camelCase', 'snake_case', 'x1', 'a',
    'veryLongFieldNameThatPushesTheLineLength', 'organizations', 'inspections', 'findings'];
  const typeNames = ['District', 'Site', 'Meeting', 'Person', 'Organization', 'Query', 'Mutation',
    'Node', 'Inspection', 'Finding', 'String', 'Int', 'Float', 'Boolean', 'ID', 'DateTime'];
  const enumValues = ['ASC', 'DESC', 'RED', 'GREEN', 'TEHRAN_1', 'OPEN', 'CLOSED'];
  const name = () => pick(names);
  const typeName = () => pick(typeNames);

  const stringChars = ['a', 'b', ' ', 'z', 'é', 'ش', 'ی', '\\n', '\\t', '\\"', '\\\\', '\\/', '\\b', '\\f',
    '\\r', '\\u00e9', '\\u0041', '\\u{1F600}', '\\u{61}', '\\uD83D\\uDE00', '😀', '\u0007', '\u007f',
    '\u0085', '\u2028', '#', ',', '{', '"""'.slice(0, 1) === '"' ? '\\"' : ''];
  const quoted = () => '"' + repeat(0, 12, () => pick(stringChars)).join('') + '"';

  const blockLineParts = ['Hello', 'world', '`code`', '\\"""', '"', '\\', 'تهران', '😀', '  ', '\t', 'x'];
  const block = (indent) => {
    const lines = repeat(1, 5, () =>
      chance(0.2) ? (chance(0.5) ? '' : '   ') :
      ' '.repeat(int(4)) + repeat(1, 4, () => pick(blockLineParts)).join(' '));
    const open = chance(0.5) ? '\n' + indent : '';
    const content = lines.join('\n' + indent);
    const close = chance(0.6) || /["\\]$/.test(content) ? '\n' + indent : '';
    return '"""' + open + content + close + '"""';
  };
  const description = (indent = '') => (chance(0.5) ? quoted() : block(indent));

  const number = () => pick([
    () => String(int(1000)),
    () => '-' + String(1 + int(99)),
    () => '0',
    () => '-0',
    () => `${int(100)}.${int(1000)}`,
    () => `${int(10)}e${int(20)}`,
    () => `${int(10)}.${int(10)}E-${int(5)}`,
    () => `1.5e+3`,
    () => '123456789012345678901234567890',
  ])();

  const value = (isConst, depth = 0) => {
    const options = [
      number, number, quoted, () => block(''),
      () => pick(['true', 'false', 'null']),
      () => pick(enumValues),
    ];
    if (!isConst) options.push(() => '$' + name());
    if (depth < 3) {
      options.push(() => '[' + repeat(0, 6, () => value(isConst, depth + 1)).join(pick([', ', ' ', ','])) + ']');
      options.push(() => '{' + repeat(0, 5, () => `${name()}: ${value(isConst, depth + 1)}`).join(pick([', ', ' '])) + '}');
    }
    return pick(options)();
  };

  const typeRef = (depth = 0) => {
    let t = depth < 3 && chance(0.3) ? '[' + typeRef(depth + 1) + ']' : typeName();
    if (chance(0.4)) t += '!';
    return t;
  };

  const directives = (isConst, max = 2) =>
    repeat(0, max, () => '@' + name() + (chance(0.5) ? '(' + repeat(1, 3, () => `${name()}: ${value(isConst)}`).join(', ') + ')' : ''))
      .map((d) => ' ' + d).join('');

  const args = (max = 4) =>
    chance(0.5) ? '(' + repeat(1, max, () => `${name()}: ${value(false)}`).join(pick([', ', ' ', '\n'])) + ')' : '';

  const selectionSet = (depth, indent) => {
    const inner = indent + '  ';
    const selections = repeat(1, 4, () => {
      const r = rnd();
      if (depth < 4 && r < 0.15) return `${inner}...${chance(0.7) ? ' on ' + typeName() : ''}${directives(false, 1)} ${selectionSet(depth + 1, inner)}`;
      if (r < 0.25) return `${inner}...${pick(['Frag', 'Names', 'onion', 'Fields'])}${directives(false, 1)}`;
      const alias = chance(0.2) ? name() + ': ' : '';
      const sub = depth < 4 && chance(0.35) ? ' ' + selectionSet(depth + 1, inner) : '';
      return `${inner}${alias}${name()}${args()}${directives(false, 1)}${sub}`;
    });
    return '{\n' + selections.join(pick(['\n', ',\n', '\n\n'])) + '\n' + indent + '}';
  };

  const variableDefinitions = () => {
    if (!chance(0.5)) return '';
    const defs = repeat(1, 3, () =>
      (chance(0.2) ? description() + ' ' : '') +
      `$${name()}: ${typeRef()}${chance(0.4) ? ' = ' + value(true) : ''}${directives(true, 1)}`);
    return '(' + defs.join(pick([', ', ' ', '\n  '])) + ')';
  };

  const operation = () => {
    if (chance(0.15)) return selectionSet(0, '');
    const desc = chance(0.2) ? description() + '\n' : '';
    const kind = pick(['query', 'mutation', 'subscription', 'query']);
    const opName = chance(0.7) ? ' ' + pick(['Q', 'GetDistrict', 'M1', 'subscription', 'on']) : '';
    return `${desc}${kind}${opName}${variableDefinitions()}${directives(false, 1)} ${selectionSet(0, '')}`;
  };

  const fragment = () =>
    `${chance(0.2) ? description() + '\n' : ''}fragment ${pick(['Frag', 'Names', 'onion', 'Fields'])} on ${typeName()}${directives(false, 1)} ${selectionSet(1, '')}`;

  const executable = () => repeat(1, 3, () => (chance(0.7) ? operation() : fragment())).join('\n\n');

  const inputValue = (indent) =>
    `${chance(0.3) ? description(indent) + '\n' + indent : ''}${name()}: ${typeRef()}${chance(0.3) ? ' = ' + value(true) : ''}${directives(true, 1)}`;

  const argumentDefinitions = (indent) =>
    chance(0.5) ? '(' + repeat(1, 3, () => inputValue(indent + '  ')).join(pick([', ', '\n' + indent + '  '])) + ')' : '';

  const fields = (indent = '  ') =>
    ' {\n' + repeat(1, 4, () => `${indent}${chance(0.3) ? description(indent) + '\n' + indent : ''}${name()}${argumentDefinitions(indent)}: ${typeRef()}${directives(true, 1)}`).join('\n') + '\n}';

  const implementsClause = () =>
    chance(0.4) ? ' implements ' + (chance(0.3) ? '& ' : '') + repeat(1, 3, typeName).join(' & ') : '';

  const typeSystem = () => {
    const desc = chance(0.4) ? description() + '\n' : '';
    return pick([
      () => `${desc}schema${directives(true, 1)} {\n  query: Query\n${chance(0.5) ? '  mutation: Mutation\n' : ''}${chance(0.5) ? '  subscription: S\n' : ''}}`,
      () => `${desc}scalar ${typeName()}${directives(true)}`,
      () => `${desc}type ${typeName()}${implementsClause()}${directives(true)}${chance(0.9) ? fields() : ''}`,
      () => `${desc}interface ${typeName()}${implementsClause()}${directives(true)}${chance(0.9) ? fields() : ''}`,
      () => `${desc}union ${typeName()}${directives(true)}${chance(0.9) ? ' = ' + (chance(0.3) ? '| ' : '') + repeat(1, 4, typeName).join(pick([' | ', '\n  | '])) : ''}`,
      () => `${desc}enum ${typeName()}${directives(true)}${chance(0.9) ? ' {\n' + repeat(1, 4, () => `  ${chance(0.3) ? description('  ') + '\n  ' : ''}${pick(enumValues)}${directives(true, 1)}`).join('\n') + '\n}' : ''}`,
      () => `${desc}input ${typeName()}${directives(true)}${chance(0.9) ? ' {\n' + repeat(1, 4, () => '  ' + inputValue('  ')).join('\n') + '\n}' : ''}`,
      () => `${desc}directive @${name()}${argumentDefinitions('')}${chance(0.3) ? ' repeatable' : ''} on ${chance(0.3) ? '| ' : ''}${repeat(1, 4, () => pick(['QUERY', 'FIELD', 'OBJECT', 'FIELD_DEFINITION', 'ENUM_VALUE', 'INPUT_FIELD_DEFINITION', 'VARIABLE_DEFINITION', 'SCHEMA', 'FRAGMENT_SPREAD'])).join(' | ')}`,
      () => `extend schema${directives(true, 1) || ' @a'}${chance(0.5) ? ' {\n  mutation: Mutation\n}' : ''}`,
      () => `extend scalar ${typeName()} @${name()}`,
      () => `extend type ${typeName()}${implementsClause()}${directives(true, 1)}${fields()}`,
      () => `extend interface ${typeName()}${directives(true, 1)}${fields()}`,
      () => `extend union ${typeName()} = ${typeName()}`,
      () => `extend enum ${typeName()} { ${pick(enumValues)} }`,
      () => `extend input ${typeName()} { ${inputValue('')} }`,
    ])();
  };

  const sdl = () => repeat(1, 4, typeSystem).join('\n\n');

  const documents = [];
  const add = (name, mode, source) => documents.push({ name, mode, source });
  for (let i = 0; i < 150; i++) add(`generated/executable-${i}`, 'document', executable());
  for (let i = 0; i < 120; i++) add(`generated/sdl-${i}`, 'document', sdl());
  for (let i = 0; i < 40; i++) add(`generated/value-${i}`, 'value', value(false));
  for (let i = 0; i < 20; i++) add(`generated/const-value-${i}`, 'constValue', value(chance(0.8)));
  for (let i = 0; i < 20; i++) add(`generated/type-${i}`, 'type', typeRef());

  // Ignored tokens: the same documents with other line endings, commas, comments, a BOM, tabs.
  const valid = documents.filter((d) => d.mode === 'document').slice(0, 40);
  valid.forEach((d, i) => {
    const variant = pick([
      (s) => s.replaceAll('\n', '\r\n'),
      (s) => s.replaceAll('\n', '\r'),
      (s) => '\uFEFF' + s,
      (s) => s.replaceAll('\n', ' # comment é 😀\n'),
      (s) => s.replaceAll('  ', '\t').replaceAll(' ', ' ,'),
    ]);
    add(`generated/ignored-${i}`, 'document', variant(d.source));
  });

  // Mutations: most are syntax errors, some are still documents; graphql-js decides.
  const troublesome = ['{', '}', '(', ')', '[', ']', '"', '"""', '\\', '$', '@', '!', ':', '=', '|', '&', '.', '..',
    '...', '0', '01', '-', '1.', '.5', '1e', 'on', '\u0000', '\u0001', '\t', '\r', '\n', '\uD800', '\uDC00', '😀',
    '\u00A0', "'", '#', 'é', '\\u', '\\u{', '\\x', 'extend', 'schema', '"desc"', 'query'];
  const base = documents.filter((d) => d.mode === 'document');
  for (let i = 0; i < 200; i++) {
    const doc = pick(base).source;
    const at = int(doc.length + 1);
    const r = rnd();
    let mutated;
    if (r < 0.35) mutated = doc.slice(0, at);
    else if (r < 0.7) mutated = doc.slice(0, at) + pick(troublesome) + doc.slice(at);
    else if (r < 0.85) mutated = doc.slice(0, at) + doc.slice(at + 1 + int(5));
    else {
      const b = int(doc.length);
      mutated = doc.slice(0, Math.min(at, b)) + doc.slice(Math.max(at, b)) + doc.slice(Math.min(at, b), Math.max(at, b));
    }
    add(`generated/mutated-${i}`, 'document', mutated);
  }

  // The token limit (language.mjs parses with maxTokens: 15000): just under, just over, and a comment-heavy one.
  add('generated/tokens-15000', 'document', '{ ' + 'a '.repeat(14998) + '}');
  add('generated/tokens-15001', 'document', '{ ' + 'a '.repeat(14999) + '}');
  add('generated/tokens-over-with-comments', 'document', '{\n' + 'a(b: [1, 2]) # c\n'.repeat(3000) + '}');

  // Schema coordinates, valid and not.
  const coordinates = ['Query', 'Query.district', 'Query.district(id:)', '@skip', '@skip(if:)', 'Color.RED',
    '__Type.fields(includeDeprecated:)', 'Query. district', 'Query.district(id)', '@skip.if', 'Query.', '.a',
    '@', 'Query.district(id:', 'a.b.c', ' Query', 'Query ', 'Query.district(id: )', '1abc', 'Typé', '@skip(:)',
    'Query.😀', 'Query..a', '@@a', 'A(b:)', '', 'Query#x'];
  coordinates.forEach((c, i) => add(`generated/coordinate-${i}`, 'coordinate', c));

  return documents;
}
