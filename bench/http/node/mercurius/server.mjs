// mercurius on fastify, queries compiled by graphql-jit after the first use: node server.mjs <port> <sqlite file>
import Fastify from 'fastify';
import mercurius from 'mercurius';
import Database from 'better-sqlite3';
import { buildSchema } from 'graphql';
import { attachResolvers, sdl } from '../schema.mjs';

const [port, file] = process.argv.slice(2);
const app = Fastify({ logger: false });
app.register(mercurius, { schema: attachResolvers(buildSchema(sdl), Database, file), jit: 1, path: '/graphql' });
await app.listen({ port: Number(port), host: '127.0.0.1' });
console.log(`mercurius listening on ${port}`);
