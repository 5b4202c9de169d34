// The baseline of bench/api-vs-bare.ts: Fastify and better-sqlite3 doing nothing but one insert
// per POST, with the durability hipthrust's store has (WAL, synchronous = FULL). Prints
// "serving on URL" like `hipthrust serve`. Run by the benchmark: node --import tsx bench/api-bare-server.ts DIR
import { join } from "node:path";
import Database from "better-sqlite3";
import Fastify from "fastify";

const db = new Database(join(process.argv[2] ?? ".", "bare.db"));
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.exec(
  "create table if not exists sets (id integer primary key, date text not null, exercise text not null, load real not null, reps integer not null, rpe real)",
);
const insert = db.prepare("insert into sets (date, exercise, load, reps, rpe) values (?, ?, ?, ?, ?)");

const app = Fastify();
app.post("/sets", async (request, reply) => {
  const set = request.body as { date: string; exercise: string; load: number; reps: number; rpe?: number };
  const { lastInsertRowid } = insert.run(set.date, set.exercise, set.load, set.reps, set.rpe ?? null);
  reply.code(201);
  return { id: Number(lastInsertRowid), ...set };
});
const url = await app.listen({ port: 0, host: "127.0.0.1" });
process.stdout.write(`serving on ${url}\n`);
process.on("SIGTERM", () => {
  void app.close().then(() => {
    db.close();
    process.exit(0);
  });
});
