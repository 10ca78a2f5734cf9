// A generated corpus for the ingest benchmark and the crash test: news-like articles composed from
// sentence templates written for the project (varied actors, places, dates and numbers), so that
// each article has a different content hash and the pipeline does realistic work.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const LEADERS = [
  ["Finnish President", "Alexander Stubb", "Helsinki"], ["Polish Prime Minister", "Donald Tusk", "Warsaw"],
  ["German Chancellor", "Friedrich Merz", "Berlin"], ["French President", "Emmanuel Macron", "Paris"],
  ["Turkish President", "Tayyip Erdogan", "Ankara"], ["Japanese Prime Minister", "Shigeru Ishiba", "Tokyo"],
  ["Brazilian President", "Luiz Inacio Lula da Silva", "Brasilia"], ["Kenyan President", "William Ruto", "Nairobi"],
  ["Indian Prime Minister", "Narendra Modi", "New Delhi"], ["Canadian Prime Minister", "Mark Carney", "Ottawa"],
];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const TOPICS = ["energy security", "trade tariffs", "military aid", "migration", "climate finance", "a ceasefire proposal", "grain exports", "cyber defence"];

/** A small deterministic generator, so that a corpus is the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export function corpusArticle(i: number): string {
  const r = random(i + 1);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const [titleA, nameA, capitalA] = pick(LEADERS);
  let [titleB, nameB, capitalB] = pick(LEADERS);
  if (nameB === nameA) [titleB, nameB, capitalB] = LEADERS[(LEADERS.findIndex((l) => l[1] === nameA) + 1) % LEADERS.length];
  const month = Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 27);
  const topic = pick(TOPICS);
  const weekday = pick(WEEKDAYS);
  const amount = 10 + Math.floor(r() * 490);
  const surnameA = nameA.split(" ").pop();
  const surnameB = nameB.split(" ").pop();
  return [
    "---",
    `title: ${titleA} ${nameA} meets ${nameB} over ${topic}`,
    `published: ${2024 + (i % 2)}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    `source: ${pick(["Reuters", "Associated Press", "Helsinki Times", "Deutsche Welle", "Nikkei Asia", "The Hindu"])}`,
    "---",
    `${capitalB.toUpperCase()} - ${titleA} ${nameA} met ${titleB} ${nameB} in ${capitalB} on ${weekday} to discuss ${topic}, officials from both governments said. (report ${i})`,
    `The two leaders had last spoken by telephone in ${MONTHS[(month + 11) % 12]}, when ${surnameB} urged ${surnameA} to back a joint statement.`,
    `"We agreed on the next steps and we will keep talking," ${surnameA} told reporters after the meeting, which lasted about ${20 + Math.floor(r() * 100)} minutes.`,
    `${surnameB} said his government would provide ${amount} million euros for the effort and accused critics in ${capitalA} of delaying the talks.`,
    `Protesters gathered outside the venue, and police detained ${1 + Math.floor(r() * 40)} people, according to local media.`,
    `Diplomats expect a follow-up meeting in ${MONTHS[(month + 2) % 12]}, though no date has been set.`,
  ].join("\n");
}

/** Writes articles 0..n-1 as text files into `dir` (in sub-folders of 1,000). */
export function writeCorpus(dir: string, n: number): void {
  for (let i = 0; i < n; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, "0"));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `article-${String(i).padStart(6, "0")}.txt`), corpusArticle(i));
  }
}
