import Fastify from 'fastify';

// The yardstick: the cheapest JSON route Fastify can serve on this machine, measured in the same run.
const app = Fastify({ logger: false });
app.get('/', async () => ({ status: 'ok' }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
