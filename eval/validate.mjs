#!/usr/bin/env node
// Checks the hand-made gold of an evaluation set against its articles (the checks listed in its README.md).
// Usage: node eval/validate.mjs eval/blind3   (prints problems, exits 1 if there are any, then the gold counts)
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

if (!process.argv[2]) {
  console.error("usage: node eval/validate.mjs SET_FOLDER (e.g. eval/blind3)");
  process.exit(2);
}
const root = resolve(process.argv[2]);
const PLOVER = new Set(["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
  "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]);
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-W(0[1-9]|[1-4]\d|5[0-3])|-Q[1-4])?$/;
const TIMEX_VALUE = /^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-W\d\d|-Q[1-4])?|P(T)?(\d+|X)(Y|M|W|D|H|DE)?|PT|P|PRESENT_REF|FUTURE_REF|PAST_REF|XXXX(-XX)?)$/;
const WORDS = [250, 350];

const problems = [];
const counts = [];
const list = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
for (const f of readdirSync(join(root, "gold")).filter((n) => n.endsWith(".json")).sort()) {
  const say = (m) => problems.push(`${f}: ${m}`);
  let gold;
  try { gold = JSON.parse(readFileSync(join(root, "gold", f), "utf8")); } catch (e) { say(`does not parse: ${e.message}`); continue; }
  const article = readFileSync(join(root, gold.file), "utf8");
  const [, front, body] = article.split(/^---$/m);
  if (!front.includes(`published: ${gold.published}`)) say(`published ${gold.published} differs from the article`);
  if (!front.includes(`title: ${JSON.stringify(gold.title)}`)) say("title differs from the article");
  if (!DATE.test(gold.published)) say(`bad published date ${gold.published}`);
  const n = body.split(/\s+/).filter(Boolean).length;
  if (n < WORDS[0] || n > WORDS[1]) say(`body has ${n} words`);
  const occurs = (s) => article.includes(s);
  const occursAnyCase = (s) => article.toLowerCase().includes(s.toLowerCase()); // datelines are in capitals
  const names = new Set();
  for (const e of gold.entities) {
    names.add(e.name);
    const forms = [e.name, ...list(e.aliases)];
    if (!forms.some(occursAnyCase)) say(`entity ${e.name}: no form occurs`);
    for (const a of list(e.aliases)) if (!occursAnyCase(a)) say(`entity ${e.name}: alias "${a}" does not occur`);
  }
  for (const t of gold.timexes) {
    if (!occurs(t.text)) say(`timex "${t.text}" does not occur`);
    for (const v of list(t.value)) if (!TIMEX_VALUE.test(v)) say(`timex "${t.text}": bad value ${v}`);
  }
  for (const q of gold.quantities) if (typeof q.value !== "number") say(`quantity ${JSON.stringify(q)} has no number`);
  for (const q of gold.quotes) {
    if (!occurs(q.text)) say(`quote "${q.text}" does not occur`);
    if (!names.has(q.speaker)) say(`quote speaker ${q.speaker} is not a gold entity`);
  }
  for (const ev of gold.events) {
    if (!PLOVER.has(ev.type)) say(`event type ${ev.type} is not PLOVER`);
    for (const a of [ev.source, ev.target].filter(Boolean)) if (!names.has(a)) say(`event actor ${a} is not a gold entity`);
    for (const d of list(ev.date)) if (!DATE.test(d)) say(`event date ${d} is not valid`);
  }
  const split = (xs, req = (x) => !x.optional) => `${xs.filter(req).length}+${xs.length - xs.filter(req).length}`;
  const PLACE = new Set(["PERSON", "ORG", "GPE", "LOC", "FAC"]);
  counts.push({ file: f.replace(/\.json$/, ""), words: n,
    entities: split(gold.entities, (e) => !e.optional && PLACE.has(e.type)), timexes: split(gold.timexes),
    quantities: split(gold.quantities), quotes: split(gold.quotes), events: split(gold.events) });
}
for (const p of problems) console.log(p);
console.log(`${problems.length} problems`);
const sum = (k) => counts.reduce((a, c) => c[k].split("+").map(Number).map((x, i) => a[i] + x), [0, 0]).join("+");
for (const c of counts) console.log(`| ${c.file} | ${c.words} | ${c.entities} | ${c.timexes} | ${c.quantities} | ${c.quotes} | ${c.events} |`);
console.log(`| **total** | ${counts.reduce((a, c) => a + c.words, 0)} | ${["entities", "timexes", "quantities", "quotes", "events"].map(sum).join(" | ")} |`);
process.exit(problems.length ? 1 : 0);
