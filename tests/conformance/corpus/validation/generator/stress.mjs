// Stress shapes: large, deep, wide and cyclic documents, plus the two ways
// graphql-js 17 cuts validation short: the 100-error limit ("Too many validation
// errors, error limit reached. Validation aborted.") and the fragment work
// budget of 50 000 and OverlappingFieldsCanBeMerged's comparison budget of
// 500 000 (both end in "Validation aborted."), all deliberate here.
const range = (n) => Array.from({ length: n }, (_, i) => i);
const stress = (name, document, schema = 'pets') => ({ name: `stress/${name}`, schema, document });

function nested(depth, open, leaf, close = '}') {
  return `${open.repeat(depth)}${leaf}${` ${close}`.repeat(depth)}`;
}

export function stressCases() {
  return [
    stress('2000 repeated fields', `{ dog {\n${range(2000).map(() => '  name').join('\n')}\n} }`),
    stress('2000 distinct aliases', `{ dog {\n${range(2000).map((i) => `  a${i}: name`).join('\n')}\n} }`),
    stress('600 repeated fields (under the merge budget)', `{ dog {\n${range(600).map(() => '  name').join('\n')}\n} }`),
    stress('1000 repeated fields with identical arguments (merge budget)', `{ complicatedArgs {\n${range(1000).map(() => '  multipleOpts(opt1: 1, opt2: 2)').join('\n')}\n} }`),
    stress('2000 fields and one alias conflict (merge budget)', `{ dog {\n${range(1999).map(() => '  name').join('\n')}\n  name: nickname\n} }`),
    stress('300 fields and one alias conflict (error limit)', `{ dog {\n${range(300).map(() => '  name').join('\n')}\n  name: nickname\n} }`),
    stress('fan-out of 50 fragments each spreading the next twice',
      `{ dog { ...F0 } }\n${range(50).map((i) => `fragment F${i} on Dog { ${i < 49 ? `...F${i + 1} ...F${i + 1}` : 'name nickname'} }`).join('\n')}`),
    stress('fan-out of 50 fragments with a conflict at the bottom',
      `{ dog { ...F0 } }\n${range(50).map((i) => `fragment F${i} on Dog { ${i < 49 ? `...F${i + 1} ...F${i + 1}` : 'x: name x: nickname'} }`).join('\n')}`),
    stress('fan-out of 30 fragments through two fields each',
      `{ human { ...H0 } }\n${range(30).map((i) => `fragment H${i} on Human { ${i < 29 ? `relatives { ...H${i + 1} } friends { ...H${i + 1} }` : 'name'} }`).join('\n')}`),
    stress('nesting 64 levels alternating fields', `{ human { ${range(63).map((i) => (i % 2 ? 'friends { ' : 'relatives { ')).join('')}name ${'} '.repeat(63)}} }`),
    stress('nesting 200 levels of fields', `{ human { ${nested(199, 'relatives { ', 'name')} } }`),
    stress('nesting 150 inline fragments', `{ dog { ${nested(150, '... { ', 'name')} } }`),
    stress('nesting 100 typed inline fragments on abstract types', `{ pet { ${nested(100, '... on Being { ... on Pet { ', 'name', '} }')} } }`),
    stress('list value nested 100 deep', `{ complicatedArgs { intMatrixArgField(matrix: ${'['.repeat(100)}1${']'.repeat(100)}) } }`),
    stress('input object nested 100 deep', `{ complicatedArgs { nestedArgField(nested: ${nested(100, '{ self: ', '{ color: TAN }')}) } }`),
    stress('input object nested 60 deep with an error at the bottom', `{ complicatedArgs { nestedArgField(nested: ${nested(60, '{ self: ', '{ color: PURPLE, complex: { intField: "x" } }')}) } }`),
    stress('fragment cycle of 100 fragments',
      `{ dog { ...C0 } }\n${range(100).map((i) => `fragment C${i} on Dog { name ...C${(i + 1) % 100} }`).join('\n')}`),
    stress('fragment cycles: 12 fragments all spreading each other',
      `{ dog { ...K0 } }\n${range(12).map((i) => `fragment K${i} on Dog { ${range(12).filter((j) => j !== i).map((j) => `...K${j}`).join(' ')} }`).join('\n')}`),
    stress('fragment self cycles: 40 fragments each spreading itself',
      `{ dog { ${range(40).map((i) => `...S${i}`).join(' ')} } }\n${range(40).map((i) => `fragment S${i} on Dog { name ...S${i} }`).join('\n')}`),
    stress('fragment chain of 300 without cycle',
      `{ dog { ...L0 } }\n${range(300).map((i) => `fragment L${i} on Dog { ${i < 299 ? `...L${i + 1}` : 'name'} }`).join('\n')}`),
    stress('500 fragments used once each',
      `{ dog { ${range(500).map((i) => `...W${i}`).join(' ')} } }\n${range(500).map((i) => `fragment W${i} on Dog { f${i}: name }`).join('\n')}`),
    stress('300 named operations', range(300).map((i) => `query Q${i} { dog { name } }`).join('\n')),
    stress('300 operations with 150 duplicate names (error limit)', range(300).map((i) => `query Q${i % 150} { dog { name } }`).join('\n')),
    stress('300 variables all used', `query Many(${range(300).map((i) => `$v${i}: String`).join(', ')}) {\n${range(300).map((i) => `  e${i}: echo(value: $v${i})`).join('\n')}\n}`),
    stress('300 unused variables (error limit)', `query Unused(${range(300).map((i) => `$v${i}: String`).join(', ')}) { echo }`),
    stress('500 unknown fields (error limit)', `{ dog {\n${range(500).map((i) => `  unknown${i}`).join('\n')}\n} }`),
    stress('exactly 100 errors', `{ dog {\n${range(100).map((i) => `  unknown${i}`).join('\n')}\n} }`),
    stress('101 errors (error limit)', `{ dog {\n${range(101).map((i) => `  unknown${i}`).join('\n')}\n} }`),
    stress('60 operations sharing a fragment with 1000 variable usages (fragment work budget)',
      `${range(60).map((i) => `query O${i}($v: String) { ...Uses }`).join('\n')}\nfragment Uses on QueryRoot {\n${range(1000).map((i) => `  e${i}: echo(value: $v)`).join('\n')}\n}`),
    stress('40 operations sharing a fragment with 1000 variable usages (under the budget)',
      `${range(40).map((i) => `query O${i}($v: String) { ...Uses }`).join('\n')}\nfragment Uses on QueryRoot {\n${range(1000).map((i) => `  e${i}: echo(value: $v)`).join('\n')}\n}`),
    stress('introspection depth through a chain of 50 fragments',
      `{ __schema { types { ...T0 } } }\n${range(50).map((i) => `fragment T${i} on __Type { ${i < 49 ? `name ofType { ...T${i + 1} }` : 'fields { type { fields { type { fields { name } } } } }'} }`).join('\n')}`),
    stress('wide districts query', `{ districts(first: 50) {\n${range(200).map((i) => `  n${i}: name(lang: ${i % 2 ? 'FA' : 'EN'}) c${i}: capacity(kind: ${['SHELTER', 'HOSPITAL', 'PARK'][i % 3]})`).join('\n')}\n} }`, 'districts'),
  ];
}
