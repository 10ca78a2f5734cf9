import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DATA_DIR } from "../../src/model/index.ts";
import { loadNameLexicon, nameLexicon } from "../../src/entities/lexicon.ts";

test("the bundled entity word lists load and are checked", () => {
  const names = nameLexicon();
  assert.ok(names.surnameParticles.has("van"));
  assert.ok(names.speechVerbs.has("say"));
  assert.ok(names.numbered.test("Air-One") && names.numbered.test("9") && !names.numbered.test("Oneida"));
});

test("a word list missing, empty or of the wrong kind is an error naming the file and the list", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-names-"));
  try {
    const bundled = readFileSync(join(DATA_DIR, "entities/names.yaml"), "utf8");
    const broken = join(dir, "names.yaml");
    writeFileSync(broken, bundled.replace(/^speech_verbs:[^\n]*\n[^\n]*\n/m, "speech_verbs: []\n"));
    assert.throws(() => loadNameLexicon(broken), (e: Error) => e.message.includes(broken) && e.message.includes("speech_verbs"));
    writeFileSync(broken, `${bundled}\nsurnames: [x]\n`);
    assert.throws(() => loadNameLexicon(broken), /surnames/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
