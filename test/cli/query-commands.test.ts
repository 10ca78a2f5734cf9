// The query and export commands, run as a user runs them, on SQLite and on PostgreSQL alike.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scratchDir } from "../scratch.ts";
import { openStore } from "../../src/store/index.ts";
import { postgresBackend, sqliteBackend, type Backend } from "../store/backends.ts";
import { CORPUS } from "../store/fixtures.ts";
import { runSitrep } from "./run-sitrep.ts";

const exports = scratchDir("export");

for (const backend of [sqliteBackend(), await postgresBackend()]) queryCommands(backend);

function queryCommands(backend: Backend): void {
  describe(`query commands on ${backend.name}`, { skip: backend.skip }, () => {
    let db: string;
    const sitrep = (...args: string[]) => runSitrep([...args, "--db", db]);
    before(async () => {
      db = await backend.location();
      const store = await openStore(db);
      for (const doc of CORPUS) await store.addDocument(doc);
      await store.close();
    });
    after(() => backend.cleanup());

    test("timeline lists the meetings and calls in order, each with its sources and evidence", async () => {
      const { code, stdout } = await sitrep("timeline", "--actor", "Marco Rubio", "--with", "Sergei Lavrov");
      assert.equal(code, 0);
      const dates = stdout.split("\n").filter((l) => l && !l.startsWith(" ")).map((l) => l.split(/\s{2,}/)[0]);
      assert.deepEqual(dates, ["18 February 2025", "May 2025", "June 2025", "10 July 2025, evening", "24 September 2025"]);
      assert.match(stdout, /3 reports, 2 independent sources/);
      assert.match(stdout, /Reuters, 10 July 2025: Rubio meets Lavrov in Malaysia/);
      assert.match(stdout, /"sat down with Marco Rubio on Thursday evening"/);
    });

    test("events: filters by alias and type; json and csv output", async () => {
      const json = JSON.parse((await sitrep("events", "--actor", "Rubio", "--type", "consult", "--format", "json")).stdout);
      assert.equal(json.length, 6);
      assert.ok(json.every((e: { type: string }) => e.type === "CONSULT"));
      const csv = (await sitrep("events", "--type", "ASSAULT", "--format", "csv")).stdout.trim().split("\r\n");
      assert.equal(csv[0], "date,type,mode,source,target,place,reports,independent,context,id");
      assert.equal(csv.length, 2);
      assert.match(csv[1], /^2025-07-10,ASSAULT,drone,Russia \(RUS\),Kyiv \(UKR\),Kyiv,1,1,,ev_/);
      const table = (await sitrep("events", "--from", "2025-09")).stdout;
      assert.match(table, /^date\s+type/);
      assert.match(table, /\nSeptember 2025\s+CONSULT/);
      assert.equal(table.trim().split("\n").length, 3);
    });

    test("quotes, entities, entity profile and search", async () => {
      assert.match((await sitrep("quotes", "--speaker", "Sergei Lavrov")).stdout, /Sergei Lavrov \(RUS\)\s+"useful"/);
      const entities = (await sitrep("entities", "--type", "person", "--format", "json")).stdout;
      assert.deepEqual(JSON.parse(entities).map((a: { name: string }) => a.name).sort(), ["Marco Rubio", "Sergei Lavrov", "Volodymyr Zelenskyy"]);
      const profile = (await sitrep("entity", "Zelenskiy")).stdout;
      assert.match(profile, /^Volodymyr Zelenskyy \(PERSON, UKR/);
      assert.match(profile, /roles:\s+President/);
      assert.match((await sitrep("search", "drones")).stdout, /Russian drones strike Kyiv/);
    });

    test("an unknown actor is exit code 3 in every command, naming it and the closest known names", async () => {
      const missing = await sitrep("entity", "Nobody Known");
      assert.equal(missing.code, 3);
      assert.match(missing.stderr, /Nobody Known: no actor/);
      for (const args of [["timeline", "--actor", "Zzyzx"], ["events", "--actor", "Zzyzx"], ["quotes", "--speaker", "Zzyzx"]]) {
        const run = await sitrep(...args);
        assert.equal(run.code, 3, args.join(" "));
        assert.match(run.stderr, /Zzyzx: no actor/, args.join(" "));
        assert.equal(run.stdout, "", args.join(" "));
      }
      const typo = await sitrep("timeline", "--actor", "Marco Rubio", "--with", "Sergei Lavrof");
      assert.equal(typo.code, 3);
      assert.match(typo.stderr, /Sergei Lavrof: no actor with this name, alias or id; did you mean "Sergei Lavrov"\?/);
    });

    test("options are checked with the API's schemas: a bad value is exit code 2 naming the option", async () => {
      const bad = await sitrep("events", "--format", "xml");
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /--format/);
      for (const [args, flag] of [
        [["events", "--from", "July"], "--from"],
        [["events", "--from", "2025-13"], "--from"],
        [["events", "--to", "2025-02-40"], "--to"],
        [["events", "--type", "PARTY"], "--type"],
        [["events", "--limit", "0"], "--limit"],
        [["quotes", "--offset", "-1"], "--offset"],
        [["entities", "--limit", "ten"], "--limit"],
      ] as const) {
        const run = await sitrep(...args);
        assert.equal(run.code, 2, args.join(" "));
        assert.match(run.stderr, new RegExp(`error: ${flag}: .*expected`), args.join(" "));
      }
      assert.match((await sitrep("timeline")).stderr, /--actor: name the actor whose timeline you want/);
    });

    test("unmerge splits one document's report off its event, printing the new event id", async () => {
      const independent = CORPUS.find((d) => d.title === "Lavrov and Rubio talk for 50 minutes")!;
      const { code, stdout } = await sitrep("unmerge", `${independent.id}/ev1`);
      assert.equal(code, 0);
      const split = JSON.parse((await sitrep("events", "--from", "2025-07-10", "--to", "2025-07-10", "--type", "CONSULT", "--format", "json")).stdout);
      assert.deepEqual(split.map((e: { reports: number }) => e.reports).sort(), [1, 2]);
      assert.ok(split.some((e: { id: string }) => e.id === stdout.trim()));
      assert.equal((await sitrep("unmerge", "nothing/ev1")).code, 3);
    });

    test("export writes each format to a file", async () => {
      for (const format of ["jsonl", "csv", "gdelt", "geojson", "timelinejs", "gexf", "graphml"]) {
        const out = join(exports, `${backend.name}.${format}`);
        const { code, stderr } = await sitrep("export", "--format", format, "--out", out);
        assert.equal(code, 0, stderr);
        assert.ok(readFileSync(out, "utf8").length > 100, format);
      }
      assert.equal((await sitrep("export", "--format", "kml")).code, 2);
    });
  });
}

test("a command that reads the store refuses a store that does not exist (exit 5, naming it) and creates nothing", async () => {
  const missing = join(tmpdir(), `sitrep-no-such-${process.pid}.db`);
  for (const args of [["events"], ["timeline", "--actor", "Rubio"], ["quotes"], ["entities"], ["entity", "Rubio"], ["search", "drones"], ["export", "--format", "csv"], ["serve", "--port", "0"]]) {
    const run = await runSitrep([...args, "--db", missing]);
    assert.equal(run.code, 5, args.join(" "));
    assert.match(run.stderr, new RegExp(`${missing}: no such store \\(\`sitrep ingest\` creates one`), args.join(" "));
    assert.equal(existsSync(missing), false, args.join(" "));
  }
});

test("every command has --help from the table, with the store option where it reads the store", async () => {
  for (const command of ["ingest", "events", "timeline", "quotes", "entities", "entity", "search", "export", "unmerge"]) {
    const { code, stdout } = await runSitrep([command, "--help"]);
    assert.equal(code, 0, command);
    assert.match(stdout, /--db <path-or-url>/, command);
  }
});
