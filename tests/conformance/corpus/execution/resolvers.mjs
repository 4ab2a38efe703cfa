// Resolvers for corpus/execution/schema.graphql, executed by graphql-js.
// README.md in this folder specifies every resolver; the C# twin follows that text.
// The context value of every operation is a fresh state (createState): resolvers read
// and mutate only that state, so operations never see each other's changes.

import { readFileSync } from 'node:fs';

const here = new URL('.', import.meta.url);
const data = JSON.parse(readFileSync(new URL('data.json', here), 'utf8'));

const GENRES = ['FICTION', 'FANTASY', 'POETRY', 'HISTORY', 'SCIENCE'];
const TYPE_BY_PREFIX = { author: 'Author', book: 'Book', review: 'Review', member: 'Member' };

/** A fresh, deep copy of data.json plus the counter and log the mutations change. */
export function createState() {
  return { ...structuredClone(data), counter: 0, log: [] };
}

/** Resolves an abstract type from the prefix of the id (the text before the first "-"). */
function typeFromId(value) {
  return TYPE_BY_PREFIX[value.id.slice(0, value.id.indexOf('-'))];
}

/** Items from offset on (null or negative: 0), at most limit of them (null: all; negative: none). */
function take(list, offset, limit) {
  const start = Math.max(0, offset ?? 0);
  return list.slice(start, limit == null ? undefined : start + Math.max(0, limit));
}
const byId = (list, id) => list.find((item) => item.id === id) ?? null;
const allNodes = (s) => [...s.authors, ...s.books, ...s.reviews, ...s.members];
const later = (fn) => Promise.resolve().then(fn);

function findBook(s, ref) {
  if (ref.id != null) return byId(s.books, ref.id);
  if (ref.isbn != null) return s.books.find((b) => b.isbn === ref.isbn) ?? null;
  return s.books.find((b) => b.title === ref.title) ?? null;
}

function byStars(list, order) {
  const sign = order === 'DESC' ? -1 : 1;
  return [...list].sort((a, b) => sign * (a.stars - b.stars));
}

function search(s, term, limit) {
  const t = term.toLowerCase();
  const hits = [
    ...s.authors.filter((a) => a.name.toLowerCase().includes(t)),
    ...s.books.filter((b) => b.title.toLowerCase().includes(t)),
    ...s.members.filter((m) => m.name.toLowerCase().includes(t)),
  ];
  return take(hits, 0, limit);
}

function filterBooks(books, f) {
  if (f == null) return books;
  return books.filter(
    (b) =>
      (f.genre == null || b.genre === f.genre) &&
      (f.minYear == null || (b.year != null && b.year >= f.minYear)) &&
      (f.maxYear == null || (b.year != null && b.year <= f.maxYear)) &&
      (f.titleContains == null || b.title.includes(f.titleContains)) &&
      (f.authorIds == null || f.authorIds.includes(b.authorId)) &&
      (f.years == null ||
        (b.year != null && b.year >= f.years.from && (f.years.to == null || b.year <= f.years.to))),
  );
}

/** The deterministic i-th item of bigList. */
function bigBook(i) {
  return {
    id: `book-big${i}`,
    title: `Generated Book ${i}`,
    year: 1900 + (i % 120),
    genre: GENRES[i % 5],
    rating: (i % 9) + 0.5,
    isbn: i % 3 === 0 ? null : `isbn-${i}`,
    isbn10: null,
    authorId: `author-${(i % 8) + 1}`,
    summary: `Summary ${i}`,
    tags: [`tag${i % 7}`, `tag${i % 11}`],
    chapterPages: [[i % 13, (i % 17) + 1]],
    secret: `s${i}`,
  };
}

const json = (value) => (value === undefined ? null : JSON.stringify(value));

const resolvers = {
  Query: {
    hello: () => 'Hello, library!',
    node: (_, { id }, s) => byId(allNodes(s), id),
    nodes: (_, { ids }, s) => ids.map((id) => byId(allNodes(s), id)),
    entity: (_, { id }, s) => byId([...s.authors, ...s.members], id),
    author: (_, { id }, s) => byId(s.authors, id),
    authors: (_, { order }, s) => {
      const sorted = [...s.authors].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      return order === 'DESC' ? sorted.reverse() : sorted;
    },
    book: (_, { ref }, s) => findBook(s, ref),
    booksByRefs: (_, { refs }, s) => refs.map((ref) => findBook(s, ref)),
    books: (_, { filter, offset, limit }, s) => {
      if (limit < 0) throw new Error('limit must not be negative');
      return take(filterBooks(s.books, filter), offset, limit);
    },
    booksInGenres: (_, { genres }, s) =>
      genres == null ? s.books : s.books.filter((b) => genres.includes(b.genre)),
    reviews: (_, { minStars, order }, s) =>
      byStars(s.reviews.filter((r) => minStars == null || r.stars >= minStars), order),
    members: (_, __, s) => s.members,
    search: (_, { term, limit }, s) => search(s, term, limit),
    searchAsync: (_, { term }, s) => later(() => search(s, term, null)),
    stats: (_, __, s) => s,
    bigList: (_, { count }) => {
      if (count < 0 || count > 5000) throw new Error('count must be between 0 and 5000');
      return Array.from({ length: count }, (_, i) => bigBook(i));
    },

    echoInt: (_, { value }) => value,
    echoFloat: (_, { value }) => value,
    echoString: (_, { value }) => value,
    echoBoolean: (_, { value }) => value,
    echoId: (_, { value }) => value,
    echoGenre: (_, { value }) => value,
    echoList: (_, { values }) => values,
    echoStrictList: (_, { values }) => values,
    echoMatrix: (_, { values }) => values,
    echoFilter: (_, { filter }) => json(filter),
    echoRef: (_, { ref }) => json(ref),
    echoReview: (_, { input }) => json(input),
    echoDefaults: (_, args) => json(args),

    fail: () => {
      throw new Error('Query.fail always fails');
    },
    failAsync: () => later(() => {
      throw new Error('Query.failAsync always fails');
    }),
    failNonNull: () => {
      throw new Error('Query.failNonNull always fails');
    },
    nullNonNull: () => null,
    asyncNonNull: () => later(() => 'async ok'),
    check: (_, { value }) => {
      if (value < 0) throw new Error(`Negative value: ${value}`);
      return value;
    },
    intsWithNull: () => [1, null, 3],
    strictInts: () => [1, null, 3],
    strictIntsRequired: () => [1, null, 3],
    matrix: () => [[1, 2], [3, null], [5]],
    strictMatrix: () => [[1, 2], [3, null], [5]],
    asyncList: () => [
      later(() => 1),
      2,
      later(() => {
        throw new Error('Item 2 failed');
      }),
    ],
    asyncStrictList: () => later(() => [1, later(() => null), 3]),
  },

  Mutation: {
    increment: (_, { by }, s) => (s.counter += by ?? 0),
    incrementAsync: (_, { by }, s) => later(() => (s.counter += by ?? 0)),
    appendLog: (_, { entry }, s) => {
      s.log.push(`${s.log.length + 1}:${entry}:${s.counter}`);
      return [...s.log];
    },
    failAfterIncrement: (_, __, s) => {
      s.counter += 1;
      throw new Error(`Failed after increment to ${s.counter}`);
    },
    failNonNull: () => {
      throw new Error('Mutation.failNonNull always fails');
    },
    addReview: (_, { input }, s) => {
      if (byId(s.books, input.bookId) == null) throw new Error(`No book with id ${input.bookId}`);
      if (input.stars < 1 || input.stars > 5) throw new Error(`Stars must be between 1 and 5, got ${input.stars}`);
      const review = {
        id: `review-${s.reviews.length + 1}`,
        bookId: input.bookId,
        memberId: null,
        stars: input.stars,
        body: input.body ?? null,
        highlights: input.highlights ?? [],
      };
      s.reviews.push(review);
      return review;
    },
    renameAuthor: (_, { id, name }, s) => {
      const author = byId(s.authors, id);
      if (author != null) author.name = name;
      return author;
    },
    rateBook: (_, { ref, rating }, s) => {
      const book = findBook(s, ref);
      if (book != null) book.rating = rating;
      return book;
    },
    stats: (_, __, s) => s,
  },

  Author: {
    books: (a, { genre, limit }, s) =>
      take(s.books.filter((b) => b.authorId === a.id && (genre == null || b.genre === genre)), 0, limit),
    asyncBooks: (a, _, s) => later(() => s.books.filter((b) => b.authorId === a.id)),
    bookCount: (a, _, s) => s.books.filter((b) => b.authorId === a.id).length,
  },

  Book: {
    author: (b, _, s) => byId(s.authors, b.authorId),
    writer: (b, _, s) => byId(s.authors, b.authorId),
    reviews: (b, { minStars, order }, s) =>
      byStars(s.reviews.filter((r) => r.bookId === b.id && (minStars == null || r.stars >= minStars)), order),
    asyncRating: (b) => later(() => b.rating),
    secret: (b) => {
      throw new Error(`Book ${b.id} is classified`);
    },
    asyncSecret: (b) => later(() => {
      throw new Error(`Book ${b.id} is classified (async)`);
    }),
  },

  Review: {
    asyncBody: (r) => later(() => r.body),
    book: (r, _, s) => byId(s.books, r.bookId),
    reviewer: (r, _, s) => (r.memberId == null ? null : byId(s.members, r.memberId)),
  },

  Member: {
    friends: (m, _, s) => (m.friendIds == null ? null : m.friendIds.map((id) => byId(s.members, id))),
    reviews: (m, _, s) => s.reviews.filter((r) => r.memberId === m.id),
  },

  Stats: {
    log: (s) => [...s.log],
    reviewCount: (s) => s.reviews.length,
  },
};

/** Attaches the resolvers above and the id-prefix type resolver to a schema built from schema.graphql. */
export function attachResolvers(schema) {
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    for (const [fieldName, resolve] of Object.entries(fields)) {
      const field = type.getFields()[fieldName];
      if (field == null) throw new Error(`No field ${typeName}.${fieldName}`);
      field.resolve = resolve;
    }
  }
  for (const name of ['Node', 'Entity', 'SearchResult']) schema.getType(name).resolveType = typeFromId;
  return schema;
}
