// Hand-written operations of the execution corpus; each name says what it checks.
// generate.mjs adds the generated ones and writes operations.json.

const ops = [];
const op = (name, query, variables, operationName) => {
  const o = { name: `hand: ${name}`, query };
  if (variables !== undefined) o.variables = variables;
  if (operationName !== undefined) o.operationName = operationName;
  ops.push(o);
};

// --- basics --------------------------------------------------------------------------
op('a single root scalar field', '{ hello }');
op('__typename on the query root', '{ __typename hello }');
op('__typename on the mutation root', 'mutation { __typename }');
op('an object field with nested scalars', '{ author(id: "author-1") { id name born country } }');
op('an object that is not found resolves to null', '{ author(id: "author-404") { id name } }');
op('a list of objects', '{ members { id name email } }');
op('nested lists of objects', '{ authors { name books { title year } } }');
op('enum argument orders a list descending', '{ authors(order: DESC) { name } }');
op('enum result values serialize by name', '{ books(limit: 16) { id genre } }');
op('float results keep their fraction', '{ books(limit: 16) { id rating } }');
op('nullable scalars that are null in the data', '{ author(id: "author-8") { name born country awards } }');
op('a list with null items in a nullable-item list', '{ author(id: "author-1") { awards } }');
op('an empty list', '{ author(id: "author-2") { awards books(genre: SCIENCE) { id } } }');
op('a list of lists of non-null ints', '{ books(limit: 16) { id chapterPages } }');
op('a non-null list of non-null strings', '{ book(ref: { id: "book-1" }) { tags } }');
op('the same field twice is merged', '{ hello hello author(id: "author-3") { name name } }');
op('selections on the same object are merged', '{ author(id: "author-3") { name } author(id: "author-3") { born } }');
op('field order follows the document, not the schema', '{ author(id: "author-5") { country name id born } }');
op('deep nesting through references', '{ review: reviews(minStars: 5) { id book { title writer { name books(limit: 1) { title reviews { stars reviewer { name } } } } } } }');
op('the stats object of a query', '{ stats { counter log reviewCount } }');

// --- aliases -------------------------------------------------------------------------
op('aliases rename fields', '{ greeting: hello, who: author(id: "author-2") { fullName: name } }');
op('aliases let one field run with different arguments', '{ asc: authors(order: ASC) { name } desc: authors(order: DESC) { name } }');
op('aliases on list fields with different limits', '{ first: books(limit: 1) { title } firstThree: books(limit: 3) { title } }');
op('an alias equal to another field name', '{ hello: echoString(value: "shadow") }');
op('aliased __typename', '{ kind: __typename author(id: "author-1") { t: __typename } }');

// --- arguments and defaults ---------------------------------------------------------
op('default scalar argument (limit 10) applies', '{ author(id: "author-3") { books { title } } }');
op('explicit scalar argument overrides the default', '{ author(id: "author-3") { books(limit: 2) { title } } }');
op('explicit null for an argument with a default', '{ author(id: "author-3") { books(limit: null) { title } } }');
op('enum argument filters', '{ author(id: "author-3") { books(genre: FANTASY) { title } } }');
op('default enum argument (DESC) on reviews', '{ reviews(minStars: 4) { id stars } }');
op('default list argument of enums', '{ booksInGenres { title genre } }');
op('explicit list argument of enums', '{ booksInGenres(genres: [POETRY]) { title } }');
op('a single value where a list is expected is coerced to a list', '{ booksInGenres(genres: HISTORY) { title } }');
op('default input object argument values are echoed', '{ echoDefaults }');
op('explicit arguments replace defaults, others keep theirs', '{ echoDefaults(int: 1, genre: FICTION, range: { from: 2000 }) }');
op('explicit nulls are kept in echoed arguments', '{ echoDefaults(int: null, string: null, list: null, filter: null) }');
op('input object field default fills in (YearRange.to)', '{ echoFilter(filter: { years: { from: 1960 } }) }');
op('input object explicit null field', '{ echoFilter(filter: { genre: null, minYear: 1900 }) }');
op('input object fields echo in definition order', '{ echoFilter(filter: { years: { to: 1970, from: 1960 }, titleContains: "The", genre: FICTION }) }');
op('nested input object filters books', '{ books(filter: { years: { from: 1960, to: 1970 } }, limit: 10) { title year } }');
op('input object with a list of ids', '{ books(filter: { authorIds: ["author-3", "author-7"] }, limit: 10) { title } }');
op('single id coerced to a list inside an input object', '{ books(filter: { authorIds: "author-5" }) { title } }');
op('offset and limit slice the filtered list', '{ books(filter: { genre: SCIENCE }, offset: 1, limit: 1) { title } }');
op('oneOf input by id', '{ book(ref: { id: "book-6" }) { title } }');
op('oneOf input by isbn', '{ book(ref: { isbn: "9780345376596" }) { title } }');
op('oneOf input by title', '{ book(ref: { title: "SPQR" }) { id } }');
op('oneOf input echoes the single field', '{ echoRef(ref: { title: "Cosmos" }) }');
op('list of oneOf inputs with a miss', '{ booksByRefs(refs: [{ id: "book-2" }, { isbn: "nope" }, { title: "Cosmos" }]) { id title } }');
op('int literal to a Float argument', '{ echoFloat(value: 3) }');
op('float literal to a Float argument', '{ echoFloat(value: -0.5) }');
op('int literal and string literal to an ID argument', '{ a: echoId(value: 42) b: echoId(value: "x-1") }');
op('boolean literals', '{ t: echoBoolean(value: true) f: echoBoolean(value: false) n: echoBoolean }');
op('string with escapes and unicode', '{ echoString(value: "tab\\tquote\\" snow \\u2603 \\u{1F600}") }');
op('block string argument', '{ echoString(value: """\n    first\n      second\n    """) }');
op('list literal with nulls', '{ echoList(values: [1, null, 3]) }');
op('matrix literal', '{ echoMatrix(values: [[1], [], null, [2, null]]) }');
op('scalar to a list of lists is wrapped twice', '{ echoMatrix(values: 7) }');
op('input object with highlights default', '{ echoReview(input: { bookId: "book-1", stars: 4 }) }');

// --- variables -------------------------------------------------------------------------
op('int variable', 'query ($v: Int) { echoInt(value: $v) }', { v: 42 });
op('omitted nullable variable leaves the argument absent', 'query ($v: Int) { echoInt(value: $v) echoDefaults(int: $v) }', {});
op('null variable passes null', 'query ($v: Int) { echoDefaults(int: $v) }', { v: null });
op('variable default value is used when omitted', 'query ($v: Int = 5) { echoInt(value: $v) }', {});
op('variable default value is not used when null is given', 'query ($v: Int = 5) { echoInt(value: $v) }', { v: null });
op('float variable given an int', 'query ($v: Float) { echoFloat(value: $v) }', { v: 2 });
op('ID variable given an int', 'query ($v: ID) { echoId(value: $v) }', { v: 77 });
op('enum variable', 'query ($g: Genre) { echoGenre(value: $g) }', { g: 'SCIENCE' });
op('list variable', 'query ($l: [Int]) { echoList(values: $l) }', { l: [3, null, 1] });
op('single value variable coerced to a list', 'query ($l: [Int]) { echoList(values: $l) }', { l: 9 });
op('matrix variable', 'query ($m: [[Int]]) { echoMatrix(values: $m) }', { m: [[1, 2], null, [3]] });
op('input object variable with nested defaults', 'query ($f: BookFilter) { echoFilter(filter: $f) }', { f: { years: { from: 1950 }, authorIds: ['author-1'] } });
op('variables inside an input object literal', 'query ($from: Int!, $g: Genre) { echoFilter(filter: { genre: $g, years: { from: $from } }) }', { from: 1900 });
op('variables inside a list literal', 'query ($a: Int, $b: Int) { echoList(values: [$a, 0, $b]) }', { a: 1 });
op('oneOf variable', 'query ($r: BookRef!) { book(ref: $r) { title } }', { r: { isbn: '9780547773742' } });
op('oneOf field given by a variable', 'query ($id: ID!) { echoRef(ref: { id: $id }) }', { id: 'book-3' });
op('non-null variable used for a nullable argument', 'query ($v: Int!) { echoInt(value: $v) }', { v: -1 });
op('nullable variable with default for a non-null argument', 'query ($v: Int = 3) { check(value: $v) }', {});
op('input object variable for a mutation input', 'query ($i: NewReview!) { echoReview(input: $i) }', { i: { bookId: 'book-9', stars: 2, body: null, highlights: ['a', 'b'] } });
op('variables with many types at once', 'query ($s: String, $b: Boolean, $f: Float, $i: ID) { echoString(value: $s) echoBoolean(value: $b) echoFloat(value: $f) echoId(value: $i) }', { s: 'x', b: false, f: 1.25, i: 'id' });

op('omitted variable inside an input object literal leaves the field to its default', 'query ($y: Int) { echoFilter(filter: { years: { from: 1, to: $y } }) }', {});
op('null variable inside an input object literal is an explicit null', 'query ($y: Int) { echoFilter(filter: { years: { from: 1, to: $y } }) }', { y: null });
op('omitted variable for an argument with a default uses the argument default', 'query ($l: Int) { author(id: "author-3") { books(limit: $l) { title } } }', {});
op('omitted variable in a list literal becomes null', 'query ($a: Int) { echoList(values: [1, $a]) }', {});
op('null list variable', 'query ($l: [Int]) { echoList(values: $l) }', { l: null });
op('input object variable default', 'query ($f: BookFilter = { genre: POETRY, years: { from: 1000 } }) { echoFilter(filter: $f) books(filter: $f) { title } }', {});
op('enum variable default', 'query ($o: SortOrder = DESC) { authors(order: $o) { name } }', {});
op('one variable used in several places', 'query ($id: ID!) { a: node(id: $id) { id } b: author(id: $id) { name } c: echoId(value: $id) }', { id: 'author-2' });
op('extra variables not defined by the operation are ignored', 'query ($v: Int) { echoInt(value: $v) }', { v: 1, unused: 'x' });
op('list of input objects variable', 'query ($refs: [BookRef!]!) { booksByRefs(refs: $refs) { id } }', { refs: [{ id: 'book-1' }, { title: 'Cosmos' }] });
op('list of input objects variable with a bad item', 'query ($refs: [BookRef!]!) { booksByRefs(refs: $refs) { id } }', { refs: [{ id: 'book-1' }, { id: 'book-2', isbn: 'x' }] });
op('directive variable inside a fragment', 'query ($show: Boolean!) { author(id: "author-5") { ...A } } fragment A on Author { name born @include(if: $show) }', { show: false });

// --- variable coercion errors (request errors, no data) -------------------------------
op('missing required variable', 'query ($v: Int!) { echoInt(value: $v) }', {});
op('null for a required variable', 'query ($v: Int!) { echoInt(value: $v) }', { v: null });
op('string for an Int variable', 'query ($v: Int) { echoInt(value: $v) }', { v: 'ten' });
op('float for an Int variable', 'query ($v: Int) { echoInt(value: $v) }', { v: 1.5 });
op('Int variable out of 32-bit range', 'query ($v: Int) { echoInt(value: $v) }', { v: 2147483648 });
op('string for a Float variable', 'query ($v: Float) { echoFloat(value: $v) }', { v: '1.5' });
op('number for a String variable', 'query ($v: String) { echoString(value: $v) }', { v: 12 });
op('number for a Boolean variable', 'query ($v: Boolean) { echoBoolean(value: $v) }', { v: 1 });
op('float for an ID variable', 'query ($v: ID) { echoId(value: $v) }', { v: 1.5 });
op('boolean for an ID variable', 'query ($v: ID) { echoId(value: $v) }', { v: true });
op('unknown enum value in a variable', 'query ($g: Genre) { echoGenre(value: $g) }', { g: 'ROMANCE' });
op('enum value of the wrong case in a variable', 'query ($g: Genre) { echoGenre(value: $g) }', { g: 'fiction' });
op('null item in a list of non-null variable', 'query ($l: [Int!]!) { echoStrictList(values: $l) }', { l: [1, null] });
op('bad item inside a list variable', 'query ($l: [Int]) { echoList(values: $l) }', { l: [1, 'two', 3, 'four'] });
op('input object variable given a scalar', 'query ($f: BookFilter) { echoFilter(filter: $f) }', { f: 5 });
op('input object variable with an unknown field', 'query ($f: BookFilter) { echoFilter(filter: $f) }', { f: { genre: 'FICTION', title: 'x' } });
op('input object variable missing a required nested field', 'query ($f: BookFilter) { echoFilter(filter: $f) }', { f: { years: { to: 1990 } } });
op('nested bad value inside an input object variable', 'query ($f: BookFilter) { echoFilter(filter: $f) }', { f: { years: { from: 'long ago' } } });
op('oneOf variable with two fields', 'query ($r: BookRef!) { echoRef(ref: $r) }', { r: { id: 'book-1', title: 'SPQR' } });
op('oneOf variable with a null field', 'query ($r: BookRef!) { echoRef(ref: $r) }', { r: { id: null } });
op('oneOf variable with no fields', 'query ($r: BookRef!) { echoRef(ref: $r) }', { r: {} });
op('several variables wrong at once report several errors', 'query ($a: Int!, $b: Genre, $c: [Int!]) { echoInt(value: $a) echoGenre(value: $b) echoList(values: $c) }', { b: 'NOPE', c: [null] });
op('nullable oneOf field given null by a variable', 'query ($id: ID) { echoRef(ref: { id: $id }) }', { id: null });

// --- errors in resolvers ----------------------------------------------------------------
op('a nullable field that throws becomes null with one error', '{ hello fail }');
op('a nullable async field that rejects becomes null', '{ hello failAsync }');
op('a non-null root field that throws nulls data', '{ hello failNonNull }');
op('null returned for a non-null root field nulls data', '{ hello nullNonNull }');
op('async non-null field that resolves', '{ asyncNonNull hello }');
op('errors carry the alias in their path', '{ first: fail second: fail }');
op('errors from nested list items carry indices', '{ books(limit: 3) { id secret } }');
op('async errors from nested list items', '{ books(limit: 2) { id asyncSecret } }');
op('sync and async errors together', '{ fail failAsync book(ref: { id: "book-1" }) { secret asyncSecret } }');
op('argument-dependent throw', '{ ok: check(value: 3) bad: check(value: -3) }');
op('resolver throws for a bad argument value', '{ books(limit: -1) { id } }');
op('bigList rejects a count over its bound', '{ bigList(count: 9999) { id } }');
op('a throwing field inside a fragment reports the field location', '{ ...F } fragment F on Query { fail }');
op('multi-line document error locations', '{\n  hello\n  author(id: "author-1") {\n    name\n  }\n  fail\n}');

// --- null propagation ----------------------------------------------------------------------
op('null in a non-null field nulls the nullable parent', '{ author(id: "author-6") { name nickname } }');
op('null in a non-null field inside a non-null list nulls the whole list path', '{ authors { name nickname } }');
op('null in non-null field of nullable list items', '{ nodes(ids: ["author-6", "author-1"]) { id ... on Author { nickname } } }');
op('nullable author of an orphan book is null without error', '{ book(ref: { id: "book-11" }) { title author { name } } }');
op('non-null writer of an orphan book nulls the book', '{ book(ref: { id: "book-11" }) { title writer { name } } }');
op('non-null writer inside a list of nullable books', '{ booksByRefs(refs: [{ id: "book-1" }, { id: "book-11" }]) { title writer { name } } }');
op('non-null summary null inside a non-null list propagates to the root field', '{ hello books(filter: { genre: SCIENCE }) { title summary } }');
op('null item in [Int!] nulls the list', '{ strictInts intsWithNull }');
op('null item in [Int!]! propagates to data', '{ hello strictIntsRequired }');
op('null in an inner [Int!] nulls only that inner list', '{ matrix }');
op('null in [[Int!]!] nulls the outer list', '{ strictMatrix }');
op('list of lists from data with a null inner item', '{ book(ref: { id: "book-3" }) { chapterPages } }');
op('list with async items, one rejecting', '{ asyncList }');
op('async list with an async null in a non-null item', '{ asyncStrictList }');
op('missing friend nulls the friends list', '{ members { name friends { name } } }');
op('null reviewer is fine; non-null book on review', '{ reviews(minStars: 1, order: ASC) { id reviewer { name } book { title } } }');
op('two errors in sibling fields of a nulled parent', '{ author(id: "author-6") { nickname books { secret summary } } }');
op('errors before the nulling field in the same object are kept', '{ author(id: "author-6") { books { secret } nickname } }');
op('async errors started before a sibling nulls the parent', '{ author(id: "author-6") { books { asyncSecret } nickname } }');
op('null in non-null field under an async list nulls the parent', '{ author(id: "author-3") { name asyncBooks { title summary } } }');
op('propagation through interface field', '{ node(id: "author-8") { id ... on Author { nickname } } }');
op('non-null error in one alias does not affect another alias', '{ a: author(id: "author-6") { nickname } b: author(id: "author-1") { nickname } }');

// --- fragments and abstract types -------------------------------------------------------------
op('named fragment on an object type', '{ author(id: "author-7") { ...AuthorParts } } fragment AuthorParts on Author { id name country }');
op('nested named fragments', '{ book(ref: { id: "book-9" }) { ...BookParts } } fragment BookParts on Book { title author { ...AuthorName } } fragment AuthorName on Author { name }');
op('fragment spread twice is merged', '{ author(id: "author-1") { ...A ...A name } } fragment A on Author { name born }');
op('inline fragment without a type condition', '{ author(id: "author-2") { ... { name } id } }');
op('interface field by id, typename resolves from the id prefix', '{ node(id: "book-5") { __typename id } }');
op('node lookup for every type', '{ a: node(id: "author-1") { __typename id } b: node(id: "book-1") { __typename id } r: node(id: "review-1") { __typename id } m: node(id: "member-1") { __typename id } x: node(id: "book-404") { id } }');
op('inline fragments on an interface', '{ nodes(ids: ["author-3", "book-3", "review-4", "member-5", "nope-1"]) { id ... on Author { name } ... on Book { title } ... on Review { stars } ... on Member { email } } }');
op('inline fragment on an interface that implements an interface', '{ nodes(ids: ["author-1", "member-1", "book-1"]) { id ... on Entity { name } } }');
op('entity interface field', '{ a: entity(id: "author-5") { __typename name ... on Author { born } } m: entity(id: "member-6") { __typename name ... on Member { favoriteGenres } } }');
op('entity field for a non-entity id is null', '{ entity(id: "book-1") { id } }');
op('union search with inline fragments', '{ search(term: "the") { __typename ... on Author { name } ... on Book { title year } ... on Member { name } } }');
op('union search with fragments on interfaces', '{ search(term: "ur") { ... on Node { id } ... on Entity { name } } }');
op('union with only __typename', '{ search(term: "a", limit: 6) { __typename } }');
op('union search with limit', '{ search(term: "o", limit: 3) { ... on Book { title } } }');
op('async union list', '{ searchAsync(term: "cos") { __typename ... on Book { title } ... on Member { name } } }');
op('named fragment on a union', '{ search(term: "Le") { ...Hit } } fragment Hit on SearchResult { __typename ... on Author { books(limit: 2) { title } } }');
op('fragment on an interface spread inside an object', '{ author(id: "author-4") { ...NodeId ...EntityName } } fragment NodeId on Node { id } fragment EntityName on Entity { name }');
op('fragments and fields merge in document order', '{ book(ref: { id: "book-6" }) { year ...B title } } fragment B on Book { id title rating }');
op('fragment spread into a list of interfaces with nested abstract fields', '{ members { ...M } } fragment M on Member { name reviews { stars book { ... on Node { id } title } } }');

// --- directives -------------------------------------------------------------------------------
op('@skip(if: true) removes a field', '{ hello @skip(if: true) author(id: "author-1") { name } }');
op('@skip(if: false) keeps a field', '{ hello @skip(if: false) }');
op('@include(if: false) removes a field', '{ hello @include(if: false) stats { counter } }');
op('@include with a variable', 'query ($with: Boolean!) { author(id: "author-1") { name born @include(if: $with) } }', { with: true });
op('@skip with a variable on a fragment spread', 'query ($s: Boolean!) { author(id: "author-1") { id ...F @skip(if: $s) } } fragment F on Author { name }', { s: true });
op('@include on an inline fragment', 'query ($i: Boolean!) { node(id: "book-2") { id ... on Book @include(if: $i) { title } } }', { i: false });
op('@skip and @include together: both must allow', '{ a: hello @skip(if: false) @include(if: true) b: hello @skip(if: true) @include(if: true) c: hello @skip(if: false) @include(if: false) }');
op('a field skipped in one place and included in another is included', '{ author(id: "author-2") { name @skip(if: true) ... { name } } }');
op('directive variable with a default', 'query ($s: Boolean = true) { hello @skip(if: $s) stats { counter } }');
op('skipping every field leaves an empty object', '{ hello @skip(if: true) }');
op('skip a field that would throw', '{ fail @skip(if: true) hello }');

// --- introspection --------------------------------------------------------------------------
op('__type for an object type', '{ __type(name: "Review") { kind name description fields { name type { kind name ofType { kind name ofType { kind name } } } } } }');
op('__type for an interface with possible types', '{ __type(name: "Entity") { kind name interfaces { name } possibleTypes { name } } }');
op('__type for a union', '{ __type(name: "SearchResult") { kind possibleTypes { name } fields { name } } }');
op('__type for an enum with deprecated values', '{ __type(name: "Genre") { kind enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } }');
op('__type for an enum hides deprecated values by default', '{ __type(name: "Genre") { enumValues { name } } }');
op('__type for an input object with defaults', '{ __type(name: "NewReview") { kind isOneOf inputFields { name defaultValue type { kind name ofType { name } } } } }');
op('__type for a oneOf input', '{ __type(name: "BookRef") { isOneOf inputFields { name } } }');
op('__type for an unknown type is null', '{ __type(name: "Nope") { name } }');
op('deprecated fields are hidden unless asked for', '{ __type(name: "Book") { a: fields { name } b: fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }');
op('field arguments and their defaults', '{ __type(name: "Query") { fields { name args { name defaultValue } } } }');
op('schema root types', '{ __schema { description queryType { name } mutationType { name } subscriptionType { name } } }');
op('schema directives', '{ __schema { directives { name isRepeatable locations args { name } } } }');
op('__typename inside introspection results', '{ __type(name: "Node") { __typename fields { __typename name } } }');
op('all types of the schema in schema order', '{ __schema { types { name kind } } }');
op('interfaces of an interface and of an object', '{ e: __type(name: "Entity") { interfaces { name } } m: __type(name: "Member") { interfaces { name } } }');
op('scalar type description and specifiedByURL', '{ __type(name: "String") { kind name description specifiedByURL } }');

// --- mutations -------------------------------------------------------------------------------
op('mutation fields execute in series', 'mutation { a: increment b: increment(by: 10) c: increment(by: -3) }');
op('async mutation fields still execute in series', 'mutation { a: incrementAsync b: increment c: incrementAsync(by: 5) d: increment }');
op('the log shows the order of mutation fields', 'mutation { a: appendLog(entry: "a") increment b: appendLog(entry: "b") c: appendLog(entry: "c") stats { counter log } }');
op('a failing mutation field keeps the state change and the others run', 'mutation { increment failAfterIncrement stats { counter } }');
op('a failing non-null mutation field nulls data', 'mutation { increment failNonNull increment }');
op('addReview adds a review visible to later fields', 'mutation { addReview(input: { bookId: "book-5", stars: 5, body: "Timeless." }) { id stars body highlights book { title reviews { id stars } } reviewer { name } } stats { reviewCount } }');
op('addReview with an unknown book throws', 'mutation { addReview(input: { bookId: "book-404", stars: 3 }) { id } stats { reviewCount } }');
op('addReview with out-of-range stars throws', 'mutation { addReview(input: { bookId: "book-1", stars: 9 }) { id } }');
op('addReview from a variable', 'mutation ($r: NewReview!) { addReview(input: $r) { id stars highlights } }', { r: { bookId: 'book-2', stars: 4, highlights: ['x'] } });
op('renameAuthor then read the new name', 'mutation { renameAuthor(id: "author-8", name: "Somebody") { id name books { title } } }');
op('renameAuthor for an unknown id returns null', 'mutation { renameAuthor(id: "author-0", name: "X") { name } }');
op('rateBook by oneOf reference', 'mutation { rateBook(ref: { title: "Cosmos" }, rating: 5) { title rating asyncRating } }');
op('state is fresh for every operation (counter starts at 0)', 'mutation { increment stats { counter log reviewCount } }');
op('a query sees untouched data after mutations elsewhere', '{ author(id: "author-8") { name } stats { counter reviewCount } }');
op('aliased mutations read state in between', 'mutation { s1: stats { counter } i1: increment(by: 2) s2: stats { counter } i2: incrementAsync(by: 2) s3: stats { counter } }');
op('mutation with a fragment', 'mutation { ...M } fragment M on Mutation { increment appendLog(entry: "frag") }');
op('mutation with skipped fields does not run them', 'mutation ($skip: Boolean!) { a: increment @skip(if: $skip) b: increment(by: 100) c: increment @include(if: $skip) }', { skip: true });

// --- operation selection ---------------------------------------------------------------------
op('several operations without operationName is a request error', 'query A { hello } query B { stats { counter } }');
op('operationName selects the query', 'query A { hello } query B { stats { counter } }', undefined, 'B');
op('operationName selects the mutation', 'query Read { stats { counter } } mutation Write { increment }', undefined, 'Write');
op('unknown operationName is a request error', 'query A { hello }', undefined, 'Nope');
op('operationName for an anonymous single operation is unknown', '{ hello }', undefined, 'Anything');
op('variables belong only to the selected operation', 'query A($v: Int!) { echoInt(value: $v) } query B { hello }', {}, 'B');
op('the selected operation coerces its own variables', 'query A($v: Int!) { echoInt(value: $v) } query B { hello }', {}, 'A');
op('named single operation without operationName runs', 'query Only { hello }');

// --- async ------------------------------------------------------------------------------------
op('async scalar fields in a list', '{ books(limit: 4) { id asyncRating } }');
op('async object list', '{ author(id: "author-3") { asyncBooks { title asyncRating } } }');
op('async fields mixed with sync fields keep document order', '{ a: asyncNonNull b: hello c: searchAsync(term: "SPQR") { ... on Book { id } } d: hello }');
op('async body of reviews', '{ reviews(minStars: 5) { id asyncBody } }');

// --- bigList ----------------------------------------------------------------------------------
op('bigList with a few items', '{ bigList(count: 12) { id title year genre rating isbn tags chapterPages author { name } } }');
op('bigList with zero items', '{ bigList(count: 0) { id } }');
op('bigList with typename and nested reviews', '{ bigList(count: 3) { __typename id reviews { id } } }');

export default ops;
