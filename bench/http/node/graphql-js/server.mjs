// graphql-js 17 + graphql-http on node:http: node server.mjs <port> <sqlite file>
import http from 'node:http';
import Database from 'better-sqlite3';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import { attachResolvers, sdl } from '../schema.mjs';

const [port, file] = process.argv.slice(2);
const handler = createHandler({ schema: attachResolvers(buildSchema(sdl), Database, file) });
http.createServer((req, res) => (req.url.startsWith('/graphql') ? handler(req, res) : res.writeHead(404).end()))
  .listen(Number(port), '127.0.0.1', () => console.log(`graphql-js listening on ${port}`));
