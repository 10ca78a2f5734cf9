import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate, bundledKb, makeDoc, PEOPLE, PLACES } from "../events/documents.ts";
import { findQuotes } from "../../src/quotes/index.ts";
import { annotateText } from "../entities/helpers.ts";

const speakerOf = (text: string, spec: Parameters<typeof annotate>[1], fragment: string) => {
  const q = annotate(text, spec).quotes.find((x) => x.text.includes(fragment));
  assert.ok(q, `no quote with "${fragment}"`);
  return q;
};

test("cue after the quote: '..., X said' and '..., said X'", () => {
  const spec = { entities: [PEOPLE.stubb, PEOPLE.tusk] };
  assert.equal(speakerOf("“The border stays closed,” Stubb said on Monday.", spec, "border").speaker?.name, "Alexander Stubb");
  assert.equal(speakerOf("“We are ready to help,” said Tusk.", spec, "ready").speaker?.name, "Donald Tusk");
});

test("a question or exclamation ends the sentence at its closing mark: the cue after it still speaks", () => {
  const spec = { entities: [PEOPLE.stubb, PEOPLE.tusk] };
  assert.equal(speakerOf("Tusk spoke on Monday. “What crime did I commit?” he asked.", spec, "crime").speaker?.name, "Donald Tusk");
  assert.equal(speakerOf("“Who gave the order?” Stubb asked on Monday.", spec, "order").speaker?.name, "Alexander Stubb");
  // A new sentence that says nothing is no cue.
  assert.equal(speakerOf("“Why is this happening now?” Stubb met Tusk in Helsinki on Tuesday.", spec, "Why").speaker, undefined);
});

test("a speech participle on an infinitive with no subject of its own is said by the subject of the clause above", () => {
  const spec = { entities: [PEOPLE.stubb, PEOPLE.tusk] };
  const text = "Prime Minister Donald Tusk was the first to announce the deal, saying on social media that the two sides had agreed to a “full and lasting settlement” after a long night of talks.";
  assert.equal(speakerOf(text, spec, "settlement").speaker?.name, "Donald Tusk");
  // With a subject of its own, the infinitive's subject is the one who says it.
  assert.equal(speakerOf("Stubb wants Tusk to sign the deal on Monday, saying it is “a historic step for the whole of Europe”.", spec, "historic").speaker?.name, "Alexander Stubb");
});

test("a relative clause between the speaker and the cue describes the speaker; a name inside it does not speak", () => {
  const spec = { entities: [PEOPLE.stubb, PEOPLE.tusk] };
  const q = speakerOf("“The border stays closed,” Stubb, who was seeking a second term, told a broadcaster by telephone.", spec, "border");
  assert.equal(q.speaker?.name, "Alexander Stubb");
  const inside = speakerOf("“The border stays closed,” Stubb, who met Tusk in Warsaw on Monday, told reporters.", spec, "border");
  assert.equal(inside.speaker?.name, "Alexander Stubb");
});

test("verbs of judging give their words a speaker (speech-verbs.yaml): the nearest cue before the quote speaks", () => {
  const spec = { entities: [PEOPLE.stubb, PEOPLE.tusk] };
  const q = speakerOf("Stubb called it a “vile attack”, and Tusk denounced a “horrific act of violence”.", spec, "horrific");
  assert.equal(q.speaker?.name, "Donald Tusk");
  const earlier = speakerOf("“The border stays closed,” Stubb said, and Tusk welcomed the decision.", spec, "border");
  assert.equal(earlier.speaker?.name, "Alexander Stubb");
});

test("a cue in reported words whose subject names no person quotes the reporter; a named person in it speaks for themselves", () => {
  const spec = { entities: [PEOPLE.stubb, PEOPLE.tusk] };
  assert.equal(speakerOf("Stubb said the government urged “all parties to stay calm”.", spec, "calm").speaker?.name, "Alexander Stubb");
  assert.equal(speakerOf("Stubb said Tusk urged “all parties to stay calm”.", spec, "calm").speaker?.name, "Donald Tusk");
});

test("cue before a partial quote: 'X said ... \"...\"' and 'X described ... as \"...\"'", () => {
  const spec = { entities: [PEOPLE.tusk] };
  const q = speakerOf("Tusk described the vote in Warsaw as “a victory for common sense.”", spec, "victory");
  assert.equal(q.speaker?.name, "Donald Tusk");
  assert.equal(q.cue, "described");
  assert.equal(q.direct, true);
});

test("a pronoun speaker is the latest person in subject position, not the latest person mentioned", () => {
  const text = "Trump spoke after meeting Stubb in Helsinki. He called the talks “very good.”";
  const q = speakerOf(text, { entities: [PEOPLE.trump, PEOPLE.stubb, PLACES.helsinki] }, "very good");
  assert.equal(q.speaker?.name, "Donald Trump");
});

test("reported attribution: the speaker is the one who reports, not the one reported on", () => {
  const text = "Rubio “repeated the call for an immediate ceasefire,” State Department spokesman Tommy Pigott said.";
  const pigott = { name: "Tommy Pigott", type: "PERSON", country: "USA", mentions: ["Tommy Pigott"] };
  const dept = { name: "United States Department of State", type: "ORG", country: "USA", mentions: ["State Department"] };
  const q = speakerOf(text, { entities: [PEOPLE.rubio, pigott, dept] }, "ceasefire");
  assert.equal(q.speaker?.name, "Tommy Pigott");
  assert.equal(q.speaker?.country, "USA");
});

test("titles are read when no entity covers the name", () => {
  const q = speakerOf("“We will keep the embassy open,” Foreign Minister Elina Valtonen said.", {}, "embassy");
  assert.equal(q.speaker?.name, "Elina Valtonen");
});

test("a quote paragraph without a cue keeps the speaker of the quote before it", () => {
  const text = "“The sanctions are working,” Tusk told reporters.\n\n“Moscow feels them every day.”";
  const quotes = annotate(text, { entities: [PEOPLE.tusk] }).quotes;
  assert.deepEqual(quotes.map((q) => q.speaker?.name), ["Donald Tusk", "Donald Tusk"]);
  assert.equal(quotes[1].source, "quotes/previous-speaker");
});

test("a scare-quoted word with no speaker is not a quote", () => {
  assert.deepEqual(annotate("The so-called “peace plan” was published in Kyiv.", {}).quotes, []);
});

test("indirect speech, when asked for: 'X said that ...', '..., X said', 'X declined to comment'", () => {
  const spec = { entities: [PEOPLE.stubb, PEOPLE.tusk, PEOPLE.lavrov] };
  const text = "Stubb said that Finland would close two more crossings. Poland would follow within a week, Tusk said. Lavrov declined to comment.";
  assert.deepEqual(annotate(text, spec).quotes, [], "off by default");
  const quotes = findQuotes(makeDoc(text, spec), bundledKb(), { indirectSpeech: true });
  assert.deepEqual(quotes.map((q) => [q.speaker?.name, q.direct, q.text]), [
    ["Alexander Stubb", false, "Finland would close two more crossings"],
    ["Donald Tusk", false, "Poland would follow within a week"],
    ["Sergei Lavrov", false, "declined to comment"],
  ]);
});

test("a short quoted subheading alone on its line is not a quote of the previous speaker", () => {
  const text = "“We will rebuild every school,” Zelenskyy said.\n\n‘Drones, not tanks’\n\n“Our drones fly farther every month,” he said.";
  const quotes = annotate(text, { entities: [PEOPLE.zelensky] }).quotes.map((q) => q.text);
  assert.deepEqual(quotes, ["We will rebuild every school", "Our drones fly farther every month"]);
});

test("two speakers in one sentence: the cue nearest the quote names its speaker", () => {
  const text = "Stubb said Finland would keep its border closed, while Tusk said he expected “a long and cold winter” in the region.";
  assert.equal(speakerOf(text, { entities: [PEOPLE.stubb, PEOPLE.tusk] }, "cold winter").speaker?.name, "Donald Tusk");
});

test("a cue coordinated with an earlier one shares its speaker", () => {
  const text = "Tusk said Poland would send more troops to the border and warned that Moscow could “try again before spring”.";
  const spec = { entities: [PEOPLE.tusk, PLACES.russia] };
  assert.equal(speakerOf(text, spec, "before spring").speaker?.name, "Donald Tusk");
});

test("the words a speaker responds to are not the speaker's own", () => {
  const text = "Lavrov said the army was responding to “constant provocations” along the line.";
  assert.equal(speakerOf(text, { entities: [PEOPLE.lavrov] }, "provocations").speaker?.name, "Sergei Lavrov");
});

test("an abbreviation in brackets between a quote and its cue", () => {
  const text = "The strikes “hit fuel depots and two airfields,” the Finnish Defence Forces (FDF) statement added.";
  const fdf = { name: "Finnish Defence Forces", type: "ORG", country: "FIN", mentions: ["Finnish Defence Forces", "FDF"] };
  assert.equal(speakerOf(text, { entities: [fdf] }, "fuel depots").speaker?.name, "Finnish Defence Forces");
});

test("'..., accused X' after a quote: X is accused, not the speaker", () => {
  const text = "Lavrov, who said on Monday that Western ships were “sailing too close”, accused Ukraine of staging the incident.";
  const q = speakerOf(text, { entities: [PEOPLE.lavrov, PLACES.ukraine] }, "too close");
  assert.equal(q.speaker?.name, "Sergei Lavrov");
});

test("'he' keeps the person a paragraph is about, past a person mentioned in passing", () => {
  const text = "Journalists questioned Stubb in Helsinki.\n\nHe said he had spoken with Tusk on Monday. “Nobody crossed the line,” he added.";
  const q = speakerOf(text, { entities: [PEOPLE.stubb, PEOPLE.tusk, PLACES.helsinki] }, "crossed");
  assert.equal(q.speaker?.name, "Alexander Stubb");
});

test("'with X saying \"...\"': the participle's own subject speaks, not the sentence's", () => {
  const text = "Russia promised a firm answer, with foreign ministry spokesman Lavrov saying Kyiv would “regret this step.”";
  const q = speakerOf(text, { entities: [PEOPLE.lavrov, PLACES.russia, PLACES.kyiv] }, "regret");
  assert.equal(q.speaker?.name, "Sergei Lavrov");
});

test("'X, Russia's envoy for ..., said ... \"...\"': the named person speaks, not the title in apposition", () => {
  const text = "Sergei Lavrov, Russia's envoy for the talks, said Europe would “regret every seizure”.";
  const q = speakerOf(text, { entities: [PEOPLE.lavrov, PLACES.russia] }, "regret");
  assert.equal(q.speaker?.name, "Sergei Lavrov");
});

const ECOWAS = { name: "Economic Community of West African States", type: "ORG", mentions: ["Economic Community of West African States", "ECOWAS"] };
const FOREIGN_MINISTRY = { name: "Finnish Foreign Ministry", type: "ORG", country: "FIN", mentions: ["Finnish Foreign Ministry"] };

test("'the bloc', 'the agency': a description of an organisation speaks for the latest one named", () => {
  const text = "Three Sahel states left ECOWAS on Wednesday. The regional bloc said it would keep its “doors open” to them.";
  assert.equal(speakerOf(text, { entities: [ECOWAS] }, "doors open").speaker?.name, ECOWAS.name);
  const after = "ECOWAS met in Abuja on Friday. “Trade between the members fell by a third,” the organisation said.";
  assert.equal(speakerOf(after, { entities: [ECOWAS] }, "Trade").speaker?.name, ECOWAS.name);
});

test("'the ministry' speaks for an organisation whose name says ministry, not for any organisation", () => {
  const text = "The Finnish Foreign Ministry summoned the envoy after ECOWAS met. “The talks were frank,” the ministry said.";
  assert.equal(speakerOf(text, { entities: [FOREIGN_MINISTRY, ECOWAS] }, "frank").speaker?.name, FOREIGN_MINISTRY.name);
});

test("a colon lead-in names the speaker of the quote after it, speech verb or not", () => {
  const text = "“We will rebuild every school,” Zelenskyy said.\n\nECOWAS issued a statement on Sunday evening:\n\n“The border crossings will reopen within a week.”";
  const quotes = annotate(text, { entities: [PEOPLE.zelensky, ECOWAS] }).quotes;
  assert.deepEqual(quotes.map((q) => q.speaker?.name), ["Volodymyr Zelenskyy", ECOWAS.name]);
  assert.equal(quotes[1].source, "quotes/lead-in");
});

test("a quote after a lead-in naming no one is not the previous speaker's", () => {
  const text = "“We will rebuild every school,” Zelenskyy said.\n\nThe statement issued late on Sunday read:\n\n“The border crossings will reopen within a week.”";
  const quotes = annotate(text, { entities: [PEOPLE.zelensky] }).quotes;
  assert.equal(quotes[1].speaker, undefined);
});

test("after a quote, the speaker's own phrase ('a diplomat in Helsinki') does not give the place as speaker", () => {
  const text = "“The talks went well,” a Western diplomat in Helsinki said.";
  const q = speakerOf(text, { entities: [PLACES.helsinki] }, "talks went well");
  assert.equal(q.speaker?.name, "Western diplomat");
});

test("'a spokesman for X said': a bare title speaks for the organisation its phrase names", () => {
  const text = "“Trade fell by a third,” a spokesman for ECOWAS said on Friday.";
  assert.equal(speakerOf(text, { entities: [ECOWAS] }, "Trade fell").speaker?.name, ECOWAS.name);
});

test("a cue whose speaker we cannot name keeps the quote from the previous speaker", () => {
  const text = "“The sanctions are working,” Tusk told reporters.\n\n“We are watching the talks closely,” a source familiar with them said.";
  const quotes = annotate(text, { entities: [PEOPLE.tusk] }).quotes;
  assert.deepEqual(quotes.map((q) => q.speaker?.name), ["Donald Tusk", undefined]);
  assert.equal(quotes[1].cue, "said");
});

test("reported attribution closing the sentence: a mid-sentence quote is the reporter's", () => {
  const text = "Rubio renewed Washington's “ironclad” support for Kyiv in a call with Lavrov, State Department spokesman Tommy Pigott said.";
  const pigott = { name: "Tommy Pigott", type: "PERSON", country: "USA", mentions: ["Tommy Pigott"] };
  const q = speakerOf(text, { entities: [PEOPLE.rubio, PEOPLE.lavrov, PLACES.kyiv, pigott] }, "ironclad");
  assert.equal(q.speaker?.name, "Tommy Pigott");
  const far = "Rubio renewed Washington's “ironclad” support in a call with Lavrov on the sidelines of the summit in Kuala Lumpur, spokesman Tommy Pigott said.";
  const q2 = speakerOf(far, { entities: [PEOPLE.rubio, PEOPLE.lavrov, pigott] }, "ironclad");
  assert.equal(q2.speaker?.name, "Tommy Pigott");
  assert.equal(q2.source, "quotes/cue-at-end");
});

test("a cue before the quote is nearer than a news agency closing the sentence", () => {
  const text = "Zelenskyy told Stubb on Monday that Ukraine's “return to its borders” was not negotiable, the agency Ukrinform reported.";
  const q = speakerOf(text, { entities: [PEOPLE.zelensky, PEOPLE.stubb] }, "borders");
  assert.equal(q.speaker?.name, "Volodymyr Zelenskyy");
});

test("'they' after 'X in Y, a coalition of ..., issued a statement' is X, a subject with a place phrase", () => {
  const committees = { name: "Kyiv Residents' Committees", type: "ORG", mentions: ["Residents' Committees"] };
  const army = { name: "Russian Armed Forces", type: "ORG", country: "RUS", mentions: ["Russian army"] };
  const text = "The Russian army shelled the district again. The Residents' Committees in Kyiv, a coalition of local volunteers, issued a statement. They called it “a deliberate attack on homes.”";
  const q = speakerOf(text, { entities: [committees, army, PLACES.kyiv] }, "deliberate attack");
  assert.equal(q.speaker?.name, committees.name);
});

test("'..., Finland's president, Alexander Stubb, told ...': the person beside the title speaks, past a long name", () => {
  const text = "“The window is closing,” Finland's president, Alexander Stubb, told a news conference in Helsinki.";
  assert.equal(speakerOf(text, { entities: [PEOPLE.stubb, PLACES.helsinki] }, "window").speaker?.name, "Alexander Stubb");
});

test("words after a quote that continue its own sentence are not a cue ('\"...\" is a key part of ..., X reported')", () => {
  const text = "Zelenskyy told Stubb that Ukraine's “return to its borders” is a key part of any lasting order, the agency Ukrinform reported.";
  const q = speakerOf(text, { entities: [PEOPLE.zelensky, PEOPLE.stubb] }, "borders");
  assert.equal(q.speaker?.name, "Volodymyr Zelenskyy");
});

test("'according to a statement from X' and 'quoted X as saying': X speaks", () => {
  const spec = { entities: [PEOPLE.lavrov, PEOPLE.zelensky, PLACES.russia] };
  const according = speakerOf("According to a statement from Lavrov, the talks “ended without a result.”", spec, "without a result");
  assert.equal(according.speaker?.name, "Sergei Lavrov");
  const quoted = speakerOf("The agency Ukrinform quoted Zelenskyy as saying Russia would “pay for every strike.”", spec, "every strike");
  assert.equal(quoted.speaker?.name, "Volodymyr Zelenskyy");
});

test("a quote paragraph without a cue after a sentence reporting speech is that speaker's", () => {
  const text = "“The sanctions are working,” Tusk told reporters.\n\nStubb said Finland would close two more crossings.\n\n“We cannot let the border become a weapon again.”";
  const quotes = annotate(text, { entities: [PEOPLE.tusk, PEOPLE.stubb] }).quotes;
  assert.deepEqual(quotes.map((q) => [q.speaker?.name, q.source]), [
    ["Donald Tusk", "quotes/cue-after"],
    ["Alexander Stubb", "quotes/previous-sentence"],
  ]);
});

test("shouting and chanting are speech: '\"...,\" shouted X'", () => {
  const q = speakerOf("“We will not leave until there are new elections,” shouted Tusk from the stage.", { entities: [PEOPLE.tusk] }, "new elections");
  assert.equal(q.speaker?.name, "Donald Tusk");
});

test("a speaker named in apposition after a place phrase: 'The U.S. ambassador in Manila, MaryKay Carlson, called ...'", () => {
  const carlson = { name: "MaryKay Carlson", type: "PERSON", country: "USA", mentions: ["MaryKay Carlson"] };
  const spec = { entities: [carlson, { name: "United States", type: "GPE", country: "USA", mentions: ["United States"] }, { name: "Manila", type: "GPE", country: "PHL", mentions: ["Manila"] }, { name: "China", type: "GPE", country: "CHN", mentions: ["China"] }] };
  const q = speakerOf("The United States ambassador in Manila, MaryKay Carlson, called China's actions \"reckless\".", spec, "reckless");
  assert.equal(q.speaker?.name, "MaryKay Carlson");
});

test("'a senior official' is someone the article did not name, 'the diplomat' someone it did", () => {
  const spec = { entities: [PEOPLE.rubio, PEOPLE.lavrov] };
  const unnamed = speakerOf("Rubio met Lavrov on Monday. A senior official called the talks “useful”.", spec, "useful");
  assert.notEqual(unnamed.speaker?.name, "Marco Rubio");
  assert.notEqual(unnamed.speaker?.name, "Sergei Lavrov");
  const named = speakerOf("Rubio met Lavrov on Monday. The diplomat called the talks “useful”.", spec, "useful");
  assert.ok(["Marco Rubio", "Sergei Lavrov"].includes(named.speaker?.name ?? ""), JSON.stringify(named.speaker));
});

test("'according to' after the quote names its speaker, a pronoun too: '\"...\", according to her'", () => {
  const fletcher = { name: "Rosemary DiCarlo", type: "PERSON", country: "USA", role: "Under-Secretary-General", mentions: ["Rosemary DiCarlo"] };
  const q = speakerOf("Rosemary DiCarlo visited Gaza on Monday. The crossings must open “without delay”, according to her.", { entities: [fletcher] }, "without delay");
  assert.equal(q.speaker?.name, "Rosemary DiCarlo");
  // Words after a quote that are another clause are no attribution.
  const other = annotate("Rosemary DiCarlo visited Gaza on Monday. The crossings must open “without delay”, and according to her aides they did.", { entities: [fletcher] }).quotes.find((x) => x.text.includes("without delay"));
  assert.notEqual(other?.source, "quotes/according-to");
});

test("'according to' an agency after a quote gives way to the speaker before it: 'Xi told Trump ... \"partners\", according to Xinhua'", () => {
  const xi = { name: "Xi Jinping", type: "PERSON", country: "CHN", mentions: ["Xi"] };
  const xinhua = { name: "Xinhua News Agency", type: "ORG", country: "CHN", mentions: ["Xinhua"] };
  const q = speakerOf("Xi told Trump that the two countries should be “partners and friends”, according to Xinhua.", { entities: [xi, PEOPLE.trump, xinhua] }, "partners");
  assert.equal(q.speaker?.name, "Xi Jinping");
});

test("the speech verb the tree hangs a quote on speaks for it, past words the cue's walk does not know", () => {
  const chain = annotateText("\"The people of El Fasher are starving,\" Under-Secretary-General for Humanitarian Affairs and " +
    "Emergency Relief Coordinator Tom Fletcher told the Council.");
  assert.equal(chain.quotes[0]?.speaker?.name, "Tom Fletcher");
  const doc = annotateText("Tom Fletcher visited Port Sudan. \"Aid must reach El Fasher before the rains,\" he further said.");
  assert.equal(doc.quotes[0]?.speaker?.name, "Tom Fletcher");
  assert.equal(doc.quotes[0]?.source, "quotes/cue-governing");
  // '"...," as X claimed': the verb of an adverbial clause compares; the one who said it before the quote speaks.
  const as = annotateText("Hegseth said the video was \"definitely not artificial intelligence,\" as Venezuelan Communications " +
    "Minister Freddy Ñáñez claimed in a post.");
  assert.equal(as.quotes[0]?.speaker?.name, "Pete Hegseth");
});

test("a description ('the diplomat') speaks for the person the article last named with a role it covers", () => {
  const doc = annotateText("Assistant Secretary-General for the Middle East, Asia and the Pacific Khaled Khiari said the fighting " +
    "had spread. The diplomat added that \"a ceasefire is possible\".");
  assert.equal(doc.quotes[0]?.speaker?.name, "Khaled Khiari");
  // No one named with such a role: the description names no person.
  const alone = annotateText("The talks resumed in Doha. The diplomat added that \"a ceasefire is possible within days\".");
  assert.ok(!alone.entities.some((e) => e.type === "PERSON"), "no person made up");
});

test("a document speaks for the one who issued it: 'the communiqué said' after 'the League issued a communiqué'", () => {
  const doc = annotateText("The Arab League issued a communiqué on Sunday. The communiqué said \"the blockade of the city must end now\".");
  assert.equal(doc.quotes[0]?.speaker?.name, "Arab League");
  // A document no one was said to issue names no speaker.
  const unknown = annotateText("The report was published on Monday. \"Civilians were targeted deliberately,\" the report said.");
  assert.equal(unknown.quotes[0]?.speaker?.name, undefined);
});

test("a participle modifying a noun of the speaker's description stays in the cue's walk", () => {
  const doc = annotateText("Lee Jae-myung accused Yoon of presiding over \"the most humiliating moment\", and victims refused the money. " +
    "\"I will not accept this money,\" Yang Geum-deok, a former forced labourer, told reporters.", "2023-03-16");
  assert.equal(doc.quotes.find((q) => q.text.startsWith("I will not"))?.speaker?.name, "Yang Geum-deok");
  // A verb of another clause still ends the walk: the words are not the next one's.
  const other = annotateText("Lee Jae-myung spoke first. \"We will fight on,\" and the crowd cheered, Kim Min-seok said.", "2023-03-16");
  assert.notEqual(other.quotes[0]?.source, "quotes/cue-after");
});

test("a state's body as speaker keeps the words the text names it by ('North Korea's defence ministry'); a bare body has none to add", () => {
  const northKorea = { name: "North Korea", type: "GPE", country: "PRK", mentions: ["North Korea"] };
  const q = speakerOf("North Korea's defence ministry said the army would “never again be bound” by the deal.", { entities: [northKorea] }, "never again");
  assert.ok(q.speaker?.aliases?.includes("North Korea's defence ministry"), JSON.stringify(q.speaker));
  assert.equal(q.speaker?.country, "PRK");
  const bare = speakerOf("The defence ministry said the army would “never again be bound” by the deal.", { entities: [northKorea] }, "never again");
  assert.equal(bare.speaker?.aliases, undefined);
});

test("quoted words that are the means an act is done with are not its doer's utterance ('warned that Seoul would respond with \"all available means\"')", () => {
  const kim = { name: "Kim Hong-kyun", type: "PERSON", country: "KOR", mentions: ["Kim Hong-kyun"] };
  const seoul = { name: "Seoul", type: "GPE", country: "KOR", mentions: ["Seoul"] };
  const q = speakerOf("Kim Hong-kyun warned that Seoul would respond with “all available means” to any threat.", { entities: [kim, seoul] }, "available");
  assert.equal(q.speaker?.name, "Kim Hong-kyun");
  // A statement the verb is done with holds words it utters.
  const ministry = speakerOf("Seoul responded with a statement calling the drill “a dangerous provocation”.", { entities: [seoul] }, "provocation");
  assert.equal(ministry.speaker?.country, "KOR");
});
