// Sides, scope and sense read from the dependency tree, one family of errors at a time (sentences
// written for this test). Each family has a sentence that must be coded and one that must not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "./documents.ts";
import type { EntitySpec } from "./documents.ts";

const place = (name: string, country: string): EntitySpec => ({ name, type: "GPE", country, mentions: [name] });
const org = (name: string, country?: string): EntitySpec => ({ name, type: "ORG", country, mentions: [name] });

type Want = [type: string, source: string, target: string];
const actorIs = (actor: { name: string; country?: string } | undefined, want: string) =>
  actor !== undefined && (actor.name === want || actor.country === want);

function coded(text: string, entities: EntitySpec[], timexes: Array<{ text: string; value: string }> = []) {
  return annotate(text, { entities, timexes, published: "2025-06-02" }).events;
}

function assertCoded(text: string, entities: EntitySpec[], ...wants: Want[]) {
  const events = coded(text, entities);
  for (const [type, source, target] of wants) {
    const found = events.find((e) => e.type === type && actorIs(e.source, source) && actorIs(e.target, target));
    assert.ok(found, `want ${type} ${source} -> ${target}, coded ${JSON.stringify(events.map((e) => [e.type, e.source?.name, e.target?.name]))}`);
  }
}

function assertNotCoded(text: string, entities: EntitySpec[], type: string, source?: string) {
  const events = coded(text, entities).filter((e) => e.type === type && (source === undefined || actorIs(e.source, source)));
  assert.deepEqual(events.map((e) => [e.type, e.source?.name, e.target?.name]), [], text);
}


test("a sentence wink reads without a verb: the tree's verb is the act and the names around it its sides", () => {
  assertCoded("Ion Rusu shot Prime Minister Ilie Bolojan in Bucharest on Wednesday.", [person("Ion Rusu", "ROU"), person("Ilie Bolojan", "ROU")],
    ["ASSAULT", "Ion Rusu", "Ilie Bolojan"]);
});

test("a title word the tree reads as a verb beside wink's verb stays in the name's phrase", () => {
  assertNotCoded("UN aid chief Tom Fletcher said he was horrified by the reports.", [org("UN"), person("Tom Fletcher", "GBR")], "AID");
});

test("passive: the agent is the one after 'by', the subject the one acted on", () => {
  assertCoded("Kharkiv was shelled by Russian forces on Monday.", [place("Kharkiv", "UKR")], ["ASSAULT", "RUS", "UKR"]);
});

test("passive: a natural cause after 'by' is no attacker", () => {
  assertNotCoded("The bridge near Kherson was destroyed by floods on Monday.", [place("Kherson", "UKR")], "ASSAULT");
});

test("coordination: every coordinated target is acted on", () => {
  assertCoded("The European Union imposed sanctions on Iran, Belarus and North Korea on Monday.",
    [org("European Union"), place("Iran", "IRN"), place("Belarus", "BLR"), place("North Korea", "PRK")],
    ["COERCE", "European Union", "Iran"], ["COERCE", "European Union", "Belarus"], ["COERCE", "European Union", "North Korea"]);
});

test("coordination: coordinated subjects each act", () => {
  assertCoded("Britain, France and Germany imposed sanctions on Iran on Monday.",
    [place("Britain", "GBR"), place("France", "FRA"), place("Germany", "DEU"), place("Iran", "IRN")],
    ["COERCE", "Britain", "Iran"], ["COERCE", "France", "Iran"], ["COERCE", "Germany", "Iran"]);
});

test("relative clause: the clause's subject is the noun it modifies", () => {
  assertCoded("The M23 rebels, who seized Goma in January, attacked Bukavu on Friday.",
    [org("M23"), place("Goma", "COD"), place("Bukavu", "COD")], ["ASSAULT", "M23", "COD"]);
});

test("reported speech: the reported act keeps its own sides, not the speaker's", () => {
  assertCoded("Ukraine's air force said Russian drones struck Odesa overnight.", [place("Ukraine", "UKR"), place("Odesa", "UKR")], ["ASSAULT", "RUS", "UKR"]);
  assertNotCoded("Ukraine's air force said Russian drones struck Odesa overnight.", [place("Ukraine", "UKR"), place("Odesa", "UKR")], "ASSAULT", "Ukraine");
});

test("sense: releasing prisoners is a concession, releasing a statement is not", () => {
  assertCoded("Belarus released 14 political prisoners on Saturday.", [place("Belarus", "BLR")], ["CONCEDE", "Belarus", "BLR"]);
  assertNotCoded("The Belarusian foreign ministry released a statement on Saturday.", [org("Belarusian foreign ministry", "BLR")], "CONCEDE");
});

test("sense: refusing to speculate rejects no one", () => {
  assertNotCoded("The Kremlin spokesman refused to speculate about the talks with Ukraine.", [org("Kremlin", "RUS"), place("Ukraine", "UKR")], "REJECT");
});

test("scope: a negation in the act's own clause makes it no event; one in a clause beside it does not", () => {
  const states = [place("Israel", "ISR"), place("Iran", "IRN"), place("Tehran", "IRN")];
  assert.equal(coded("Israel did not strike Iran on Monday.", states).find((e) => e.type === "ASSAULT"), undefined);
  const struck = coded("Israel struck Iran on Monday after Tehran said it would not negotiate.", states).find((e) => e.type === "ASSAULT");
  assert.ok(struck && !struck.context?.includes("negated"), JSON.stringify(struck));
});

test("time: the date of the act's own clause, not of a relative clause beside it", () => {
  const text = "M23 rebels, who had seized Goma on Monday, attacked Bukavu on Wednesday.";
  const events = coded(text, [org("M23"), place("Goma", "COD"), place("Bukavu", "COD")], [{ text: "Monday", value: "2025-05-26" }, { text: "Wednesday", value: "2025-05-28" }]);
  const attack = events.find((e) => e.type === "ASSAULT" && e.evidence[0].text.includes("attacked"));
  assert.equal(attack?.date, "2025-05-28", JSON.stringify(events.map((e) => [e.type, e.date, e.evidence[0].text])));
});

test("speech: in a speaker's quote, 'we' is the speaker; other quoted acts are the speaker's claims, not events", () => {
  const zelensky: EntitySpec = { name: "Volodymyr Zelenskyy", type: "PERSON", country: "UKR", role: "President", mentions: ["Volodymyr Zelenskyy", "Zelenskyy"] };
  assertCoded("\"We will strike back at Russia for every city it burns,\" Volodymyr Zelenskyy said on Monday.", [zelensky], ["THREATEN", "Volodymyr Zelenskyy", "RUS"]);
  assertNotCoded("\"They attacked the village with drones all night long,\" Volodymyr Zelenskyy said on Monday.", [zelensky], "ASSAULT");
});

const person = (name: string, country: string, ...mentions: string[]): EntitySpec => ({ name, type: "PERSON", country, mentions: [name, ...mentions] });

test("title before a name: the preposition on the title still marks the phrase ('met with Foreign Minister X')", () => {
  assertCoded("Turkish Foreign Minister Hakan Fidan met with Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on Monday.",
    [person("Hakan Fidan", "TUR"), person("Mohammed Shia al-Sudani", "IRQ"), place("Baghdad", "IRQ")], ["CONSULT", "Hakan Fidan", "Mohammed Shia al-Sudani"]);
});

test("setting: 'on the sidelines of' an organisation's summit says where, not with whom", () => {
  const entities = [person("Hakan Fidan", "TUR"), org("Arab League"), place("Cairo", "EGY")];
  assertNotCoded("Hakan Fidan held talks on the sidelines of the Arab League summit in Cairo on Monday.", entities, "CONSULT");
  assertCoded("Hakan Fidan met with the Arab League in Cairo on Monday.", entities, ["CONSULT", "Hakan Fidan", "Arab League"]);
});

test("participle set apart by a comma: its subject is the clause's ('..., having already met X')", () => {
  const entities = [person("Marco Rubio", "USA", "Rubio"), person("Sergei Lavrov", "RUS", "Lavrov"), place("Geneva", "CHE"), org("Gulf Cooperation Council")];
  assertCoded("Rubio met with Lavrov in Geneva on Friday, having already met with the Gulf Cooperation Council.", entities,
    ["CONSULT", "Marco Rubio", "Gulf Cooperation Council"]);
  // An absolute participle has a subject of its own: Rubio did not meet the council.
  const absolute = coded("Rubio met with Lavrov in Geneva on Friday, the Gulf Cooperation Council having met with Qatar the day before.", [...entities, place("Qatar", "QAT")]);
  assert.deepEqual(absolute.filter((e) => e.source?.name === "Marco Rubio" && e.target?.name === "Gulf Cooperation Council"), []);
});

test("a preposition the parser hangs from a number or adjective before the noun still marks the phrase", () => {
  const entities = [place("Peru", "PER")];
  assertCoded("Peru has granted diplomatic asylum to five Panamanian army officers, the Peruvian embassy said on Tuesday.", entities, ["AID", "PER", "PAN"]);
});

test("people from coordinated countries act for each: 'the top diplomats from Armenia and Azerbaijan signed'", () => {
  const entities = [place("Armenia", "ARM"), place("Azerbaijan", "AZE"), place("Washington", "USA")];
  assertCoded("The top diplomats from Armenia and Azerbaijan signed a peace agreement in Washington on Friday.", entities, ["AGREE", "ARM", "AZE"]);
  // Of one country, the minister is that country's.
  assertCoded("The foreign minister of Armenia signed a peace agreement with Azerbaijan on Friday.", entities, ["AGREE", "ARM", "AZE"]);
});

test("'talks between the two countries' are between the sides of the latest two-sided event, not by who hosts them", () => {
  const entities = [place("Armenia", "ARM"), place("Azerbaijan", "AZE"), place("United States", "USA")];
  assertCoded("Armenia and Azerbaijan signed a peace agreement on Friday. The United States has hosted talks between the two countries.", entities, ["CONSULT", "ARM", "AZE"]);
  const alone = coded("The United States has hosted talks between the two countries.", entities).filter((e) => e.type === "CONSULT");
  assert.deepEqual(alone.filter((e) => e.source?.country === "ARM" || e.target?.country === "ARM"), []);
});

test("a threat's target may be what the speech participle after it says of whom ('..., saying Israel should brace itself')", () => {
  const entities = [person("Ali Khamenei", "IRN", "Khamenei"), place("Israel", "ISR")];
  assertCoded("Khamenei threatened severe punishment, saying in a statement that Israel should brace itself for a bitter fate.", entities, ["THREATEN", "Ali Khamenei", "ISR"]);
  // A participle with a subject of its own is someone else's saying.
  const other = coded("Khamenei threatened severe punishment, his aides saying that Israel should brace itself.", entities).filter((e) => e.type === "THREATEN");
  assert.deepEqual(other.filter((e) => e.target?.country === "ISR"), []);
});

test("'killed during the Israeli strikes': the victims are not the strikes' authors (only talks are had during by both sides)", () => {
  const entities = [person("Hossein Salami", "IRN"), place("Israel", "ISR"), place("Tehran", "IRN")];
  const events = coded("Hossein Salami was killed during the Israeli strikes on Tehran.", entities).filter((e) => e.type === "ASSAULT");
  assert.deepEqual(events.filter((e) => e.source?.name === "Hossein Salami"), []);
});

test("talks with someone before or after the clause's act are its subject's ('lower tariffs after talks with Xi')", () => {
  const entities = [person("Donald Trump", "USA", "Trump"), person("Xi Jinping", "CHN", "Xi")];
  assertCoded("Trump said he would lower tariffs on Chinese goods after talks with Xi in Busan.", entities, ["CONSULT", "Donald Trump", "Xi Jinping"]);
  // With no one named, talks after which something happened are nobody's in particular.
  const none = coded("Markets rose after talks in Busan.", entities).filter((e) => e.type === "CONSULT");
  assert.deepEqual(none, []);
});

test("police action and attacks are on the group they are taken against, placed or not ('fired tear gas at protesters')", () => {
  const events = coded("Police fired tear gas at protesters on Tuesday.", []);
  assert.ok(events.some((e) => e.type === "COERCE" && e.target?.name === "protesters"), JSON.stringify(events));
  // A group no country places is no side of a meeting.
  const met = coded("The envoy met leaders on Tuesday.", []).filter((e) => e.type === "CONSULT");
  assert.deepEqual(met.filter((e) => e.target?.name === "leaders"), []);
});

test("the trigger's own words are no target: 'declared a state of emergency'", () => {
  const events = coded("Israel declared a state of emergency on Friday.", [place("Israel", "ISR")]);
  assert.deepEqual(events.filter((e) => e.target?.name === "state"), []);
  // A side named inside the pattern's words is still the target: "summoned Niger's ambassador".
  assertCoded("Nigeria summoned Niger's ambassador on Tuesday.", [place("Nigeria", "NGA"), place("Niger", "NER")], ["ACCUSE", "NGA", "NER"]);
});

test("an act's purpose names whom it is done to: 'opened fire to disperse demonstrators'", () => {
  const entities = [place("Egypt", "EGY"), org("Muslim Brotherhood", "EGY")];
  const events = coded("Egyptian police opened fire to disperse demonstrators on Monday.", entities);
  assert.ok(events.some((e) => e.type === "ASSAULT" && e.target?.name === "demonstrators"), JSON.stringify(events));
  // A purpose with a subject of its own is someone else's act.
  const other = coded("Egyptian police opened fire so that the Muslim Brotherhood would disperse on Monday.", entities).filter((e) => e.type === "ASSAULT");
  assert.deepEqual(other.filter((e) => e.target?.name === "Muslim Brotherhood"), []);
});

test("an act done to an act is done to its doers: 'prevented the demonstration staged by students'", () => {
  const entities = [place("Turkey", "TUR"), org("Union of Students", "TUR")];
  assertCoded("Turkish police prevented the demonstration staged by the Union of Students in Ankara on Monday.", entities, ["COERCE", "TUR", "Union of Students"]);
  // Where it was staged is not whom it was done to.
  const events = coded("Turkish police prevented the demonstration staged at the Union of Students in Ankara on Monday.", entities).filter((e) => e.type === "COERCE");
  assert.deepEqual(events.filter((e) => e.target?.name === "Union of Students"), []);
});

test("a definite act noun stands for the act told before: 'condemned the attack' accuses its author", () => {
  const entities = [place("Russia", "RUS"), place("Kharkiv", "UKR"), place("Ukraine", "UKR"), place("Belarus", "BLR")];
  const told = "Russia shelled Kharkiv on Monday. Ukraine condemned the attack on Tuesday.";
  assertCoded(told, entities, ["ACCUSE", "UKR", "RUS"]);
  // An indefinite noun is another act; a noun that names its author is that author's.
  const indefinite = coded("Russia shelled Kharkiv on Monday. Ukraine condemned an attack on Tuesday.", entities).filter((e) => e.type === "ACCUSE");
  assert.deepEqual(indefinite.filter((e) => e.target?.country === "RUS"), []);
  assertCoded("Russia shelled Kharkiv on Monday. Ukraine condemned Belarus's attack on Tuesday.", entities, ["ACCUSE", "UKR", "BLR"]);
});

test("a pronoun object never stands for its own clause's subject: 'Brazil, Colombia and Chile condemned it'", () => {
  const entities = [place("Ecuador", "ECU"), place("Brazil", "BRA"), place("Colombia", "COL"), place("Chile", "CHL"), place("Mexico", "MEX")];
  const events = coded("Ecuador raided the embassy of Mexico on Friday. Brazil, Colombia and Chile condemned it on Saturday.", entities).filter((e) => e.type === "ACCUSE");
  assert.deepEqual(events.filter((e) => e.target?.country === "CHL" || e.target?.country === "BRA"), [], JSON.stringify(events.map((e) => [e.source?.name, e.target?.name])));
});

test("a description resolves to the person the article named in a role it covers: 'the populist leader' is the president", () => {
  const vucic = { name: "Aleksandar Vucic", type: "PERSON", country: "SRB", role: "President", mentions: ["Aleksandar Vucic"] };
  const djuric = { name: "Marko Djuric", type: "PERSON", country: "SRB", role: "Foreign Minister", mentions: ["Marko Djuric"] };
  const text = "President Aleksandar Vucic spoke on Sunday. The populist leader accused Croatia of meddling on Monday.";
  assertCoded(text, [vucic, place("Croatia", "HRV")], ["ACCUSE", "Aleksandar Vucic", "HRV"]);
  // A foreign minister is no leader.
  const events = coded("Foreign Minister Marko Djuric spoke on Sunday. The populist leader accused Croatia of meddling on Monday.", [djuric, place("Croatia", "HRV")]);
  assert.deepEqual(events.filter((e) => e.source?.name === "Marko Djuric"), []);
});

test("recalling or expelling envoys is a sanction on their country; the verb with another object is not", () => {
  const entities = [place("Venezuela", "VEN"), place("Argentina", "ARG"), place("Chile", "CHL"), place("Somalia", "SOM"), place("Ethiopia", "ETH")];
  assertCoded("Venezuela recalled its diplomatic staff from Argentina and Chile on Monday.", entities, ["SANCTION", "VEN", "ARG"], ["SANCTION", "VEN", "CHL"]);
  assertCoded("Somalia expelled Ethiopia's ambassador in April.", entities, ["SANCTION", "SOM", "ETH"]);
  assert.deepEqual(coded("Venezuela recalled its pledge to Argentina on Monday.", entities).filter((e) => e.type === "SANCTION"), []);
  assert.deepEqual(coded("Somalia expelled hundreds of migrants from Ethiopia in April.", entities).filter((e) => e.type === "SANCTION"), []);
});

test("'the government' in what a minister reports is the minister's own state", () => {
  const gil = { name: "Yvan Gil", type: "PERSON", country: "VEN", role: "Foreign Minister", mentions: ["Yvan Gil"] };
  const entities = [gil, place("Peru", "PER")];
  assertCoded("Foreign Minister Yvan Gil said on Monday the government was recalling its staff from Peru.", entities, ["SANCTION", "VEN", "PER"]);
  // Said by no one, "the government" stays unplaced.
  const alone = coded("The government was recalling its staff from Peru on Monday.", entities).filter((e) => e.type === "SANCTION");
  assert.deepEqual(alone.filter((e) => e.source?.country === "VEN"), []);
});

test("a passive act done in another act is by that act's author: 'were killed in Russian drone strikes'", () => {
  const entities = [place("Russia", "RUS"), place("Kharkiv", "UKR")];
  const events = coded("Two commanders were killed in Russian drone strikes on Kharkiv.", entities);
  assert.ok(events.some((e) => e.type === "ASSAULT" && e.source?.country === "RUS" && e.target?.name === "commanders"), JSON.stringify(events.map((e) => [e.type, e.source?.name, e.target?.name])));
  // An accident is no act: no one killed them.
  const accident = coded("Two Russian commanders were killed in a car crash near Kharkiv.", entities).filter((e) => e.type === "ASSAULT");
  assert.deepEqual(accident.filter((e) => e.target?.name === "Two Russian commanders"), []);
});

test("giving relief or arms is aid by class: a verb of giving with what is given ('sent rescue teams', '40 tons of food', 'tanks')", () => {
  const entities = [place("China", "CHN"), place("India", "IND"), place("Myanmar", "MMR"), place("Germany", "DEU"), place("Ukraine", "UKR")];
  assertCoded("China sent rescue teams to Myanmar on Saturday.", entities, ["AID", "CHN", "MMR"]);
  assertCoded("India delivered 40 tons of food to Myanmar on Sunday.", entities, ["AID", "IND", "MMR"]);
  assertCoded("Germany delivered tanks to Ukraine in March.", entities, ["AID", "DEU", "UKR"]);
  assert.deepEqual(coded("China sent a message to Myanmar on Saturday.", entities).filter((e) => e.type === "AID"), []);
  // A delegation is no relief: "sent a team to Geneva" is not aid, "sent rescue teams" is.
  assert.deepEqual(coded("China sent a team to Myanmar on Saturday.", entities).filter((e) => e.type === "AID"), []);
});

test("an act noun as the subject of 'end' or 'stop' happened, unless it must or should: 'the meeting ended' against 'the shelling must stop'", () => {
  const entities = [place("Kenya", "KEN"), place("Uganda", "UGA")];
  assertCoded("A first meeting between Kenya and Uganda on the dispute ended in a shouting match.", entities, ["CONSULT", "KEN", "UGA"]);
  assertNotCoded("The shelling of Uganda by Kenya must stop.", entities, "ASSAULT");
});

test("the act a claimer lays at someone's door is the claim, not an act: 'accused the army of shelling' against 'shelled'", () => {
  const entities = [place("Bakhmut", "UKR"), org("Wagner", "RUS"), place("Russia", "RUS")];
  assert.deepEqual(coded("Wagner accused the army of shelling its camps near Bakhmut.", entities).filter((e) => e.type === "ASSAULT"), []);
  assert.deepEqual(coded("Russia blamed the army for attacking Bakhmut.", entities).filter((e) => e.type === "ASSAULT"), []);
  const shelled = coded("The army, accused by Wagner of shelling its camps, shelled Bakhmut.", entities).filter((e) => e.type === "ASSAULT");
  assert.deepEqual(shelled.map((e) => e.evidence[0].text.includes("shelled Bakhmut")), [true]);
});

test("'he' in what someone says is the one who says it, not the topic before: 'the office of Ruto said he had talked to Lee'", () => {
  const entities = [person("William Ruto", "KEN"), person("Lee Jae-myung", "KOR"), person("Luis Abinader", "DOM")];
  assertCoded("Luis Abinader arrived on Monday. Later, the office of William Ruto said he had talked to Lee Jae-myung.", entities, ["CONSULT", "William Ruto", "Lee Jae-myung"]);
  // A speaker that names no person leaves "he" to the topic.
  assertCoded("Luis Abinader arrived on Monday. The ministry said he had talked to Lee Jae-myung.", entities, ["CONSULT", "Luis Abinader", "Lee Jae-myung"]);
});

test("an object pronoun is never its own clause's subject: 'Blinken telephoned Aliyev and urged him to halt the fighting'", () => {
  const entities = [person("Antony Blinken", "USA"), person("Ilham Aliyev", "AZE")];
  assertCoded("Antony Blinken telephoned Ilham Aliyev on Tuesday and urged him to halt the fighting.", entities, ["REQUEST", "Antony Blinken", "Ilham Aliyev"]);
  // A subject pronoun still takes the topic.
  assertCoded("Antony Blinken landed in Baku. He met Ilham Aliyev on Tuesday.", entities, ["CONSULT", "Antony Blinken", "Ilham Aliyev"]);
});


test("a definite group the text does not place is the one of that kind it placed before: 'Sudan's army ... The army accepted'", () => {
  const saf: EntitySpec = { name: "Sudanese Armed Forces", type: "ORG", country: "SDN", mentions: ["Sudan's army"] };
  const un = org("United Nations");
  const placed = coded("Fighting between Sudan's army and rebels raged on Sunday. The army accepted a proposal by the United Nations.", [saf, un]);
  assert.ok(placed.some((e) => e.type === "AGREE" && e.source?.name === "Sudanese Armed Forces"), JSON.stringify(placed.map((e) => [e.type, e.source?.name])));
  const unplaced = coded("Fighting raged on Sunday. The army accepted a proposal by the United Nations.", [saf, un]);
  assert.ok(!unplaced.some((e) => e.source?.country === "SDN"), JSON.stringify(unplaced.map((e) => [e.type, e.source?.name])));
});

test("coordination: coordinated subjects of a meeting each meet the party its object names", () => {
  const entities = [place("Qatar", "QAT"), place("Egypt", "EGY"), place("United States", "USA"), org("Hamas", "PSE")];
  assertCoded("Envoys from Qatar, Egypt and the United States met Hamas leaders in Doha.", entities,
    ["CONSULT", "QAT", "PSE"], ["CONSULT", "EGY", "PSE"], ["CONSULT", "USA", "PSE"]);
  const events = coded("Envoys from Qatar, Egypt and the United States met Hamas leaders in Doha.", entities);
  assert.ok(!events.some((e) => actorIs(e.source, "QAT") && actorIs(e.target, "EGY")), "Qatar did not meet Egypt");
});

test("coordination: the coordinated subjects of a signing are its two sides, whatever its object", () => {
  const entities = [place("Armenia", "ARM"), place("Azerbaijan", "AZE"), { name: "White House", type: "FAC", country: "USA", mentions: ["White House"] }];
  assertCoded("Armenia and Azerbaijan signed a peace deal at the White House.", entities, ["AGREE", "ARM", "AZE"]);
  const events = coded("Armenia and Azerbaijan signed a peace deal at the White House.", entities);
  assert.ok(!events.some((e) => e.target?.name === "White House"), JSON.stringify(events.map((e) => [e.type, e.source?.name, e.target?.name])));
});

test("lexicon by class: cutting a bond of the class 'ties' is a sanction on the other side, whatever the verb of cutting", () => {
  const states = [place("Niger", "NER"), place("United States", "USA"), place("Mali", "MLI"), place("France", "FRA")];
  assertCoded("Niger suspended military cooperation with the United States on Saturday.", states, ["SANCTION", "NER", "USA"]);
  assertCoded("Mali tore up its defence pact with France.", states, ["SANCTION", "MLI", "FRA"]);
  // Cutting what is no bond ("cut power"), or a bond described as broken, is no sanction.
  assertNotCoded("The strike on the plant cut power to Niger on Saturday.", states, "SANCTION");
  assertNotCoded("France said it would keep trying to fix broken relations with Mali.", states, "SANCTION");
});

test("an envoy stands for the state that sent it: expelling 'Ethiopia's ambassador' sanctions Ethiopia", () => {
  const states = [place("Somalia", "SOM"), place("Ethiopia", "ETH")];
  const events = coded("Somalia expelled Ethiopia's ambassador on Monday.", states).filter((e) => e.type === "SANCTION");
  assert.deepEqual(events.map((e) => [e.source?.name, e.target?.name]), [["Somalia", "Ethiopia"]]);
  assertNotCoded("Somalia expelled the ambassador on Monday.", states, "SANCTION");
});

test("a pattern's gap passes over an apposition; 'the Mexican ambassador' is no Mexican named with another role", () => {
  const amlo = { name: "Andrés Manuel López Obrador", type: "PERSON", country: "MEX", role: "President", mentions: ["Lopez Obrador"] };
  const serur = { name: "Raquel Serur", type: "PERSON", mentions: ["Raquel Serur"] };
  const entities = [place("Ecuador", "ECU"), place("Mexico", "MEX"), amlo, serur];
  const text = "Lopez Obrador criticised the vote. Ecuador declared the Mexican ambassador, Raquel Serur, persona non grata on Thursday.";
  const events = coded(text, entities).filter((e) => e.type === "SANCTION");
  assert.deepEqual(events.map((e) => [e.source?.name, e.target?.name]), [["Ecuador", "Mexico"]]);
});

test("a coup is told again by its name, a member suspended 'from' a body is sanctioned, an arrest's gap holds a person", () => {
  const gabon = place("Gabon", "GAB");
  const bongo = { name: "Ali Bongo Ondimba", type: "PERSON", country: "GAB", mentions: ["Ali Bongo Ondimba"] };
  const au = org("African Union");
  const france = place("France", "FRA");
  const text = "Gabonese army officers seized power and placed Ali Bongo Ondimba under house arrest on Wednesday. " +
    "The African Union suspended Gabon from all its activities. France condemned the coup within hours.";
  assertCoded(text, [gabon, bongo, au, france], ["COERCE", "GAB", "Ali Bongo Ondimba"], ["SANCTION", "African Union", "GAB"],
    ["ACCUSE", "FRA", "GAB"]);
  // The trigger's own words name no one: "declared a state of emergency" acts on no "state".
  const events = coded("Ecuador declared a state of emergency on Monday.", [place("Ecuador", "ECU")]);
  assert.ok(!events.some((e) => e.target?.name === "state"), JSON.stringify(events.map((e) => [e.type, e.source?.name, e.target?.name])));
});

test("the author of the act a verb's object names is acted on before anyone its saying clause names", () => {
  const entities = [place("Israel", "ISR"), org("Houthis", "YEM"), { name: "Nasser Kanaani", type: "PERSON", country: "IRN", mentions: ["Nasser Kanaani"] }];
  const text = "The Houthis seized a cargo ship on Sunday. Israel accused Iran of backing the group. " +
    "Nasser Kanaani rejected the accusation, saying the Houthis took their own decisions.";
  assertCoded(text, entities, ["REJECT", "Nasser Kanaani", "ISR"]);
  const events = coded(text, entities);
  assert.ok(!events.some((e) => e.type === "REJECT" && e.target?.name === "Houthis"), JSON.stringify(events.map((e) => [e.type, e.source?.name, e.target?.name])));
  // With no act named as its object, the saying clause still names whom a refusal is about.
  assertCoded("Nasser Kanaani rejected the claims, saying the Houthis took their own decisions.", entities, ["REJECT", "Nasser Kanaani", "Houthis"]);
});

test("lexicon by class: dissolving a body of the state coerces it; sympathy is support", async () => {
  const { annotateText } = await import("../entities/helpers.ts");
  const doc = annotateText("Peru's Congress met on Wednesday. President Pedro Castillo said he was dissolving Congress. " +
    "Colombia's Gustavo Petro expressed sympathy for Pedro Castillo.", "2022-12-08");
  const shown = JSON.stringify(doc.events.map((e) => [e.type, e.source?.name, e.target?.name, e.target?.country]));
  assert.ok(doc.events.some((e) => e.type === "COERCE" && e.source?.name === "Pedro Castillo" && e.target?.country === "PER"), shown);
  assert.ok(doc.events.some((e) => e.type === "SUPPORT" && e.source?.name === "Gustavo Petro"), shown);
  // What dissolves by itself, or is no body of a state, is coerced by no one.
  const crowd = annotateText("The crowd in Lima dissolved on Wednesday. The sugar dissolved in the tea.", "2022-12-08");
  assert.ok(!crowd.events.some((e) => e.type === "COERCE"), JSON.stringify(crowd.events));
});

test("a meeting noun in an 'at' phrase is held by the clause's coordinated subjects, through an infinitive", () => {
  const yoon = { name: "Yoon Suk Yeol", type: "PERSON", country: "KOR", mentions: ["Yoon Suk Yeol"] };
  const kishida = { name: "Fumio Kishida", type: "PERSON", country: "JPN", mentions: ["Fumio Kishida"] };
  assertCoded("Yoon Suk Yeol and Fumio Kishida agreed on Thursday to resume visits, at a summit in Tokyo.", [yoon, kishida, place("Tokyo", "JPN")],
    ["CONSULT", "Yoon Suk Yeol", "Fumio Kishida"]);
  // One subject at a summit meets no one the clause names.
  assertNotCoded("Yoon Suk Yeol spoke about trade at a summit in Tokyo.", [yoon, kishida, place("Tokyo", "JPN")], "CONSULT");
});

test("a noun that tells any act again ('the launch', 'the move') acts on the author of the act told before it", () => {
  const yoon = { name: "Yoon Suk Yeol", type: "PERSON", country: "KOR", mentions: ["Yoon Suk Yeol", "Yoon"] };
  const nk = place("North Korea", "PRK");
  assertCoded("North Korea fired a ballistic missile into the sea on Thursday. Yoon condemned the launch at a news conference.", [yoon, nk],
    ["ACCUSE", "Yoon Suk Yeol", "PRK"]);
  assertNotCoded("Yoon condemned the launch at a news conference.", [yoon, nk], "ACCUSE");
});

test("people given or sent are no target: the one a 'to' phrase names is ('offered its troops to')", () => {
  const entities = [place("Chad", "TCD"), place("Niger", "NER"), person("Mohamed Bazoum", "NER")];
  assertCoded("Chad has again offered its troops to Niger's President Mohamed Bazoum.", entities, ["AGREE", "Chad", "NER"]);
  // A "to" phrase that names no one leaves the offer without a side acted on.
  const offers = coded("Chad has again offered its troops to the new mission.", entities).filter((e) => e.type === "AGREE");
  assert.ok(offers.every((e) => e.target === undefined), JSON.stringify(offers));
});

test("a phrase inside a place phrase says where, never whom ('near the border with Gaza')", () => {
  const entities = [place("Israel", "ISR"), place("Gaza", "PSE"), place("Egypt", "EGY")];
  assertCoded("Israel shelled Gaza near the border with Egypt on Monday.", entities, ["ASSAULT", "Israel", "PSE"]);
  const events = coded("Egypt shelled positions near the border with Gaza on Monday.", entities);
  assert.ok(!events.some((e) => e.target?.country === "PSE"), JSON.stringify(events));
});

test("exercises are held together: coordinated nationalities are the two sides, one side alone codes nothing", () => {
  assertCoded("French and Egyptian warships on Monday launched ten days of war games.",
    [{ name: "French", type: "NORP", country: "FRA", mentions: ["French"] }, { name: "Egyptian", type: "NORP", country: "EGY", mentions: ["Egyptian"] }],
    ["COOPERATE", "EGY", "FRA"]); // a two-sided act: the order of its sides says nothing
  assertNotCoded("Russian warships on Monday launched ten days of war games.", [{ name: "Russian", type: "NORP", country: "RUS", mentions: ["Russian"] }], "COOPERATE");
});

test("an act noun an infinitive takes as its object is the content of an agreement, not an act ('agreed to undertake joint exercises')", () => {
  const entities = [place("Jordan", "JOR"), place("Britain", "GBR")];
  assertNotCoded("Jordan and Britain have agreed to undertake joint military exercises this month.", entities, "COOPERATE");
  assertCoded("Jordan and Britain held joint military exercises this month.", entities, ["COOPERATE", "Jordan", "Britain"]);
});

test("people no country places are of the country the story was filed from, unless their words set them apart", () => {
  const bongo: EntitySpec = { name: "Ali Bongo", type: "PERSON", mentions: ["Ali Bongo"] };
  const gabon = place("Gabon", "GAB");
  const coded = (text: string, dateline?: string) => annotate(text, { entities: [bongo, gabon], published: "2023-08-31", dateline }).events;
  const shown = (events: ReturnType<typeof coded>) => JSON.stringify(events.map((e) => [e.type, e.source?.name, e.source?.country, e.target?.name]));
  const later = " Gabon's borders were closed.";
  const officers = coded(`Army officers placed President Ali Bongo under house arrest on Wednesday.${later}`, "LIBREVILLE");
  assert.ok(officers.some((e) => e.type === "COERCE" && e.source?.name === "Army officers" && e.source.country === "GAB"), shown(officers));
  const foreign = coded(`Foreign mercenaries placed President Ali Bongo under house arrest on Wednesday.${later}`, "LIBREVILLE");
  assert.ok(!foreign.some((e) => e.source?.country === "GAB"), shown(foreign));
  // Without a dateline nothing places them; nor does a dateline whose country the story never names (a
  // story filed from a regional hub about another country).
  const undated = coded(`Army officers placed President Ali Bongo under house arrest on Wednesday.${later}`);
  assert.ok(!undated.some((e) => e.source?.country === "GAB" && e.source.name === "Army officers"), shown(undated));
  const hub = coded("Army officers placed President Ali Bongo under house arrest on Wednesday.", "LIBREVILLE");
  assert.ok(!hub.some((e) => e.source?.name === "Army officers" && e.source.country === "GAB"), shown(hub));
});

test("an announcer is the author of the decision it announces, not of an attack it reports, nor a spokesman's", () => {
  const entities = [place("Italy", "ITA"), place("Serbia", "SRB"), org("Israeli army", "ISR"), place("Gaza", "PSE")];
  assertCoded("Italy announced a suspension of air links with Serbia on Wednesday.", entities, ["SANCTION", "Italy", "Serbia"]);
  assertNotCoded("The Israeli army announced the killing of three commanders in Gaza on Wednesday.", entities, "ASSAULT", "Israeli army");
  const peskov: EntitySpec = { name: "Dmitry Peskov", type: "PERSON", country: "RUS", role: "Kremlin spokesman", mentions: ["Dmitry Peskov"] };
  assertNotCoded("Kremlin spokesman Dmitry Peskov announced a suspension of air links with Serbia on Monday.", [peskov, place("Serbia", "SRB")], "SANCTION", "Dmitry Peskov");
});

test("fighting is done by both sides: clashes between coordinated nationalities, one army battling another", () => {
  const nations = [{ name: "Armenian", type: "NORP", country: "ARM", mentions: ["Armenian"] }, { name: "Azerbaijani", type: "NORP", country: "AZE", mentions: ["Azerbaijani"] }];
  assertCoded("Clashes between Armenian and Azerbaijani troops erupted on the border on Tuesday.", nations, ["ASSAULT", "AZE", "ARM"]); // either order: one record
  assertCoded("The Sudanese army battled the Rapid Support Forces in Khartoum on Sunday.", [org("Sudanese army", "SDN"), org("Rapid Support Forces", "SDN")],
    ["ASSAULT", "Sudanese army", "Rapid Support Forces"]);
  // A clash of words is no fighting.
  assertNotCoded("Colombia and the United States signed a deal on Monday. The clash over tariffs deepened on Tuesday.",
    [place("Colombia", "COL"), place("United States", "USA")], "ASSAULT");
});

test("a threat is aimed at the one its condition names, a few clauses down, and not through what someone says", () => {
  const entities = [place("Russia", "RUS"), place("United States", "USA"), place("Iran", "IRN"), place("Israel", "ISR")];
  assertCoded("Russia has threatened to stop negotiations to reduce nuclear weapons if the United States goes ahead with the deployment.", entities,
    ["THREATEN", "Russia", "United States"]);
  // A condition inside a relative clause is the clause's own.
  const events = coded("Russia threatened to expel diplomats who would meet officials of the United States if invited.", entities);
  assert.ok(!events.some((e) => e.type === "THREATEN" && e.target?.country === "USA"), JSON.stringify(events));
});

test("a threatened act's place is where the threat is aimed, when it names no one ('threatened to impose a curfew in Algiers')", () => {
  const entities = [person("Abdelaziz Bouteflika", "DZA"), place("Algiers", "DZA"), org("Hamas", "PSE"), place("Israel", "ISR"), place("Beirut", "LBN")];
  assertCoded("President Abdelaziz Bouteflika threatened to impose a curfew in Algiers on Monday.", entities, ["THREATEN", "Abdelaziz Bouteflika", "DZA"]);
  // One the threat names stays its target.
  const events = coded("Israel threatened to strike Hamas in Beirut on Monday.", entities).filter((e) => e.type === "THREATEN");
  assert.deepEqual(events.map((e) => e.target?.name), ["Hamas"]);
});

test("an event's sides and a quote's speaker carry the other names the article writes them by, and no name twice", () => {
  const uk: EntitySpec = { name: "United Kingdom", type: "GPE", country: "GBR", mentions: ["Britain"] };
  const zelensky: EntitySpec = { name: "Volodymyr Zelenskyy", type: "PERSON", country: "UKR", mentions: ["Zelenskiy"] };
  const { events, quotes } = annotate("Jordan and Britain signed an agreement on Monday. \"We will not give up,\" Zelenskiy said.",
    { entities: [place("Jordan", "JOR"), uk, zelensky] });
  const deal = events.find((e) => e.type === "AGREE");
  const sides = [deal?.source, deal?.target];
  assert.deepEqual(sides.find((a) => a?.name === "United Kingdom")?.aliases, ["Britain"], JSON.stringify(sides));
  assert.equal(sides.find((a) => a?.name === "Jordan")?.aliases, undefined);
  assert.deepEqual(quotes[0]?.speaker?.aliases, ["Zelenskiy"]);
});

test("a protest lodged with someone accuses them, a day after the name notwithstanding", () => {
  const entities = [place("Serbia", "SRB"), place("Albania", "ALB")];
  assertCoded("Serbia lodged an official protest with Albania today.", entities, ["ACCUSE", "Serbia", "Albania"]);
  assertNotCoded("Serbia lodged an official protest today.", entities, "ACCUSE", "Albania");
});

test("dissenters a state's agent acts on are its own people, unless a place says whose they are", () => {
  const vucic = person("Aleksandar Vucic", "SRB");
  const entities = [vucic, place("Skopje", "MKD")];
  assertCoded("President Aleksandar Vucic accused the protesters of inciting violence on Sunday.", entities, ["ACCUSE", "Aleksandar Vucic", "SRB"]);
  const abroad = coded("President Aleksandar Vucic accused the protesters in Skopje of inciting violence on Sunday.", entities);
  assert.ok(!abroad.some((e) => e.target?.country === "SRB"), JSON.stringify(abroad));
  // Rebels are no dissenters of his: nothing places them.
  const rebels = coded("President Aleksandar Vucic accused the rebels of inciting violence on Sunday.", entities);
  assert.ok(!rebels.some((e) => e.target?.country === "SRB"), JSON.stringify(rebels));
});

test("a weapon acts for the one who launched it ('a drone launched by the RSF struck'); a weapon alone names no one", () => {
  const entities = [org("Rapid Support Forces", "SDN"), place("El Fasher", "SDN")];
  assertCoded("A drone launched by the Rapid Support Forces struck a market in El Fasher on Tuesday.", entities, ["ASSAULT", "Rapid Support Forces", "SDN"]);
  const alone = coded("A drone struck a market in El Fasher on Tuesday.", entities).filter((e) => e.type === "ASSAULT");
  assert.ok(alone.every((e) => e.source === undefined), JSON.stringify(alone));
});

test("restrictions by class: 'impose' with an object the class names codes a restriction, with any other object nothing", () => {
  const entities = [person("Donald Trump", "USA"), place("Colombia", "COL")];
  assertCoded("Donald Trump said on Sunday he will impose sweeping retaliatory measures on Colombia.", entities, ["COERCE", "Donald Trump", "Colombia"]);
  assertCoded("Donald Trump imposed tariffs on Colombia on Sunday.", entities, ["COERCE", "Donald Trump", "Colombia"]);
  assertNotCoded("Donald Trump imposed his will on Colombia on Sunday.", entities, "COERCE");
});

test("'they' in what plural speakers say is the speakers, not the last pair of sides", () => {
  const entities = [person("Volodymyr Zelenskyy", "UKR"), person("Recep Tayyip Erdogan", "TUR"), place("Russia", "RUS"),
    { name: "French", type: "NORP", country: "FRA", mentions: ["French"] }];
  const text = "Volodymyr Zelenskyy met Recep Tayyip Erdogan in Ankara on Thursday. ";
  assertNotCoded(`${text}Nordic leaders said they could tighten sanctions on Russia.`, entities, "THREATEN", "Volodymyr Zelenskyy");
  assertCoded(`${text}French leaders said they could tighten sanctions on Russia.`, entities, ["THREATEN", "FRA", "Russia"]);
});

test("relief flown to a place is aid; a place no country places is in the country the story was filed from", () => {
  const entities = [place("India", "IND"), place("Kabul", "AFG"), { name: "Kunar", type: "GPE", mentions: ["Kunar"] }];
  assertCoded("India flew 1,000 family tents to Kabul on Monday.", entities, ["AID", "India", "AFG"]);
  assertNotCoded("India flew its diplomats to Kabul on Monday.", entities, "AID");
  const filed = annotate("India sent 15 tonnes of food by road to Kunar on Monday. Kabul thanked India.", { entities, published: "2025-09-02", dateline: "KABUL" }).events;
  assert.ok(filed.some((e) => e.type === "AID" && e.target?.name === "Kunar" && e.target.country === "AFG"), JSON.stringify(filed));
  const unfiled = annotate("India sent 15 tonnes of food by road to Kunar on Monday.", { entities, published: "2025-09-02" }).events;
  assert.ok(!unfiled.some((e) => e.target?.country === "AFG"), JSON.stringify(unfiled));
});

test("officials expelled are envoys of the state that sent them, and a nationality the phrase missed keeps them from the dateline's country", () => {
  const entities = [place("France", "FRA"), { name: "Algerian", type: "NORP", country: "DZA", mentions: ["Algerian"] }];
  const events = annotate("France expelled 12 Algerian diplomatic and consular officials on Tuesday.", { entities, published: "2025-04-15", dateline: "PARIS" }).events;
  const shown = JSON.stringify(events.map((e) => [e.type, e.source?.name, e.target?.name, e.target?.country]));
  assert.ok(events.some((e) => e.type === "SANCTION" && e.source?.name === "France" && e.target?.country === "DZA"), shown);
  assert.ok(!events.some((e) => e.target?.country === "FRA"), shown);
  assertNotCoded("France arrested 12 Algerian officials on Tuesday.", entities, "SANCTION");
});

test("a two-sided act with coordinated other sides is one act with each; never an act of a side with itself", () => {
  const entities = [org("European Union"), place("Romania", "ROU"), place("Poland", "POL"), place("Armenia", "ARM"), place("Azerbaijan", "AZE")];
  assertCoded("The European Union agreed on Saturday to provide aid for Romania and Poland.", entities,
    ["AGREE", "European Union", "Romania"], ["AGREE", "European Union", "Poland"]);
  const pair = coded("Armenia and Azerbaijan agreed on Saturday to open their border.", entities).filter((e) => e.type === "AGREE");
  assert.equal(pair.length, 1, JSON.stringify(pair));
  assert.ok(pair.every((e) => e.source?.name !== e.target?.name), JSON.stringify(pair));
});

test("a document's participle is its issuer's act ('published a report accusing'); a document signed with someone names no one", () => {
  const entities = [org("Amnesty International"), place("Israel", "ISR"), place("Ethiopia", "ETH"), { name: "Somaliland", type: "GPE", mentions: ["Somaliland"] }];
  assertCoded("Amnesty International published a report accusing Israel of war crimes on Monday.", entities, ["ACCUSE", "Amnesty International", "Israel"]);
  assertCoded("Ethiopia signed a memorandum of understanding with Somaliland on Monday.", entities, ["AGREE", "Ethiopia", "Somaliland"]);
});

test("refusing to act is a rejection, whatever the act ('refused to deploy peacekeepers in Iraq'); a plain act stays itself", () => {
  const entities = [place("Pakistan", "PAK"), place("Iraq", "IRQ")];
  assertCoded("Pakistan has refused to deploy peacekeepers in Iraq.", entities, ["REJECT", "Pakistan", "Iraq"]);
  assertNotCoded("Pakistan has refused to deploy peacekeepers in Iraq.", entities, "MOBILIZE");
  assertCoded("Pakistan has deployed peacekeepers in Iraq.", entities, ["MOBILIZE", "Pakistan", "Iraq"]);
});

test("evacuating people in need is aid, evacuating one's own staff a retreat; an ultimatum is a threat", () => {
  const entities = [org("United Nations"), place("Gorazde", "BIH"), place("United States", "USA"), place("Kabul", "AFG"), place("Peru", "PER"), place("Ecuador", "ECU")];
  assertCoded("United Nations helicopters evacuated the wounded from Gorazde on Friday.", entities, ["AID", "United Nations", "BIH"]);
  assertCoded("The United States evacuated its embassy staff from Kabul on Sunday.", entities, ["RETREAT", "United States", "AFG"]);
  assertNotCoded("The United States evacuated its embassy staff from Kabul on Sunday.", entities, "AID");
  assertCoded("Peru has issued an ultimatum to Ecuador to halt attacks.", entities, ["THREATEN", "Peru", "Ecuador"]);
  assertNotCoded("Peru has issued an ultimatum to Ecuador to halt attacks.", entities, "REQUEST");
});

test("a measure announced as decided is the measure ('will impose', 'said he would impose'); on a condition or supposed it is a threat", () => {
  const entities = [person("Donald Trump", "USA"), place("Colombia", "COL")];
  const [decided] = coded("Donald Trump said on Sunday he will impose tariffs on Colombia.", entities);
  assert.deepEqual([decided?.type, decided?.context], ["COERCE", ["future"]]);
  assertCoded("Donald Trump said on Sunday he will impose tariffs on Colombia unless it accepts the flights.", entities, ["THREATEN", "Donald Trump", "Colombia"]);
  assertCoded("Donald Trump said on Sunday he would impose tariffs on Colombia.", entities, ["COERCE", "Donald Trump", "Colombia"]);
  assertCoded("Donald Trump said on Sunday he could impose tariffs on Colombia.", entities, ["THREATEN", "Donald Trump", "Colombia"]);
});

test("a demand's 'that' clause names whom it is made of, and what is demanded is no act ('its demand that Israel ease restrictions')", () => {
  const entities = [org("International Labour Organization"), place("Israel", "ISR")];
  const events = coded("The International Labour Organization reiterated its demand today that Israel ease restrictions on Palestinian workers.", entities);
  const shown = JSON.stringify(events.map((e) => [e.type, e.source?.name, e.target?.name]));
  assert.ok(events.some((e) => e.type === "REQUEST" && e.source?.name === "International Labour Organization" && e.target?.name === "Israel"), shown);
  assert.ok(!events.some((e) => e.type === "CONCEDE"), shown);
});

test("a town of the source's own state is the place acted on; the state itself is not", async () => {
  const { annotateText } = await import("../entities/helpers.ts");
  const said = "Sudan's army chief Abdel Fattah al-Burhan said on Monday that his troops had withdrawn from";
  const town = annotateText(`${said} El Fasher.`, "2025-10-28").events.filter((e) => e.type === "RETREAT");
  assert.ok(town.some((e) => e.target?.name === "El Fasher" && e.target.country === "SDN"), JSON.stringify(town));
  const state = annotateText(`${said} Sudan.`, "2025-10-28").events.filter((e) => e.type === "RETREAT");
  assert.ok(state.every((e) => e.target === undefined), JSON.stringify(state));
});

test("'its' or 'their' before a group that is a clause's subject gives the group its owner: the actor last in subject position", () => {
  const entities = [org("Houthi movement", "YEM"), place("Israel", "ISR")];
  assertCoded("The Houthi movement said on Monday that its fighters had attacked Israel.", entities, ["ASSAULT", "Houthi movement", "Israel"]);
  // As the object, "its" may be any thing's ("took its crew hostage"): no owner is read there.
  const events = coded("The Houthi movement said on Monday that Israel had attacked its fighters.", entities).filter((e) => e.type === "ASSAULT");
  assert.ok(events.every((e) => e.target?.name !== "Houthi movement"), JSON.stringify(events));
});

test("a denial answers the accusation made of its source or its state: the accuser is rejected, never the denier's own", () => {
  const entities = [person("Abiy Ahmed", "ETH"), place("Eritrea", "ERI"), place("Sudan", "SDN")];
  const accused = "Prime Minister Abiy Ahmed accused Eritrea of arming the rebels on Monday.";
  assertCoded(`${accused} Eritrea's information minister denied that his government was involved.`, entities, ["REJECT", "ERI", "Abiy Ahmed"]);
  // Sudan was not the one accused: its denial answers no one here.
  assertNotCoded(`${accused} Sudan's army denied that its troops were involved.`, entities, "REJECT");
});

test("a noun that tells any act, with its author named, is what a later 'the move' stands for", () => {
  const entities = [place("Mali", "MLI"), place("France", "FRA"), org("African Union"), org("Wagner Group", "RUS")];
  const text = (decision: string) => `Mali's army said on Monday that it had hired the Wagner Group. ${decision} The African Union condemned the move on Tuesday.`;
  assertCoded(text("The decision by France to withdraw its troops surprised diplomats."), entities, ["ACCUSE", "African Union", "France"]);
  // No author named ("France" only where it was felt): "the move" is not France's.
  const unnamed = coded(text("The decision surprised diplomats in France."), entities).filter((e) => e.type === "ACCUSE");
  assert.ok(unnamed.every((e) => e.target?.country !== "FRA"), JSON.stringify(unnamed));
});

test("'the junta', 'the government' stand for the state the story is about: the country it names most with its places", () => {
  const entities = [place("Niger", "NER"), place("Niamey", "NER"), place("Nigeria", "NGA"), place("France", "FRA")];
  const story = "Soldiers in Niger detained the president in Niamey on July 26. Nigeria cut its electricity exports to Niger on Friday.";
  assertCoded(`${story} The junta revoked defence agreements with France on Saturday.`, entities, ["SANCTION", "Niger", "France"]);
  assertCoded(`${story} The African Union urged both the junta and the rebels to talk on Saturday.`, [...entities, org("African Union")], ["REQUEST", "African Union", "Niger"]);
  // Named before any country: the junta is no one yet.
  assertNotCoded(`The junta revoked defence agreements with France on Saturday. ${story}`, entities, "SANCTION");
});

test("a trigger noun that only says what kind another noun is names no act ('riot police'); the same noun as a head does", () => {
  const entities = [place("Georgia", "GEO"), place("Tbilisi", "GEO")];
  assertNotCoded("Georgian riot police fired water cannon and tear gas at protesters in Tbilisi on Sunday.", entities, "PROTEST");
  assertCoded("Georgian riot police fired water cannon and tear gas at protesters in Tbilisi on Sunday.", entities, ["COERCE", "GEO", "protesters"]);
  const riot = coded("Protesters staged a riot in Tbilisi on Sunday.", entities);
  assert.ok(riot.some((e) => e.type === "PROTEST"), JSON.stringify(riot));
});

test("sending envoys away: 'expulsion of', 'withdrew its ambassador' (to the host state); troops withdrawn from a place are a retreat from it", () => {
  const entities = [place("Algeria", "DZA"), place("France", "FRA"), place("Paris", "FRA"), place("Russia", "RUS"), place("Kherson", "UKR"), place("Poland", "POL"), place("Warsaw", "POL")];
  assertCoded("France said on Tuesday it was retaliating for Algeria's expulsion of 12 French officials.", entities, ["SANCTION", "Algeria", "FRA"]);
  assertCoded("Algeria withdrew its ambassador to France on Monday.", entities, ["SANCTION", "Algeria", "France"]);
  assertCoded("Algeria withdrew its ambassador from Paris on Monday.", entities, ["SANCTION", "Algeria", "FRA"]);
  assertCoded("Russia withdrew its troops from Kherson on Friday.", entities, ["RETREAT", "Russia", "UKR"]);
  assertNotCoded("Russia withdrew its troops from Kherson on Friday.", entities, "SANCTION");
  // The envoy's host is the source itself: no act on its own state.
  assertNotCoded("Poland expelled an envoy to Warsaw on Friday.", entities.filter((e) => e.name !== "Russia"), "SANCTION", "Poland");
});

test("an act on a condition is aimed at the one the condition names, before people nothing places ('will withdraw its ambassador unless Russia frees ...')", () => {
  const entities = [place("Poland", "POL"), place("Russia", "RUS")];
  assertCoded("Poland said it will withdraw its ambassador unless Russia frees the journalists.", entities, ["THREATEN", "Poland", "Russia"]);
  // No condition: Russia, named elsewhere in the sentence, is not the one threatened.
  assertNotCoded("Poland said it will withdraw its ambassador as Russia holds the journalists.", entities, "THREATEN");
});

test("'the group' names again the organisation last named as a main verb's subject, never one named inside a relative clause", () => {
  const entities = [org("M23", "COD"), org("United Nations"), place("Congo", "COD"), place("Goma", "COD")];
  assertCoded("The M23 was not party to the deal on Thursday. The group signed a separate agreement with Congo's government in Doha on Friday.", entities, ["AGREE", "M23", "COD"]);
  assertNotCoded("Rebels, whom the United Nations says Rwanda backs, seized Goma on Monday. The group signed an agreement with Congo's government on Friday.", entities, "AGREE", "United Nations");
});

test("past a name between a pattern's words, the later word must belong to the act ('handed Ratko Mladic over'), not to the name ('calls the Washington Accords for Peace')", () => {
  const entities = [place("Serbia", "SRB"), person("Ratko Mladic", "SRB"), org("United States Department of State", "USA"), place("Rwanda", "RWA")];
  assertCoded("Serbia handed Ratko Mladic over to the tribunal on Friday.", entities, ["CONCEDE", "Serbia", "Ratko Mladic"]);
  assertNotCoded("Rwanda signed what the United States Department of State calls the Washington Accords for Peace on Thursday.", entities, "REQUEST");
});

test("'the army', 'the defence ministry' are the institutions of the state the story is about; a denial by one answers a rival at home", async () => {
  const { annotateText } = await import("../entities/helpers.ts");
  const accused = "Yevgeny Prigozhin accused the army of shelling his camps in Ukraine on Friday.";
  const denied = annotateText(`MOSCOW, June 24 - ${accused} The defence ministry in Moscow denied the claim on Saturday.`, "2023-06-25").events;
  assert.ok(denied.some((e) => e.type === "REJECT" && e.source?.country === "RUS" && e.target?.name === "Yevgeny Prigozhin"), JSON.stringify(denied));
  assert.ok(denied.some((e) => e.type === "ACCUSE" && e.target?.country === "RUS"), "the army is Russia's");
  // No state named: "the army" and "the defence ministry" are no state's; "the claim" the ministry denies is still
  // Prigozhin's accusation (the noun tells it again), so the denial answers him, from a ministry of no country.
  const unplaced = annotateText("Yevgeny Prigozhin accused the army of shelling his camps on Friday. The defence ministry denied the claim.", "2023-06-25").events;
  assert.ok(unplaced.every((e) => !e.target?.country && !(e.type === "REJECT" && e.source?.country)), JSON.stringify(unplaced));
});

test("a crowd of protesters storming or burning something riots (PROTEST, riot); armed men doing it attack", () => {
  const entities = [place("Nepal", "NPL"), place("Kathmandu", "NPL"), org("M23", "COD"), place("Goma", "COD")];
  const riot = coded("Demonstrators stormed parliament in Kathmandu on Tuesday.", entities);
  assert.ok(riot.some((e) => e.type === "PROTEST" && e.mode === "riot" && e.cameo === "145"), JSON.stringify(riot.map((e) => [e.type, e.mode])));
  assert.ok(!riot.some((e) => e.type === "ASSAULT"), JSON.stringify(riot.map((e) => [e.type, e.mode])));
  assertCoded("M23 rebels stormed parliament in Goma on Tuesday.", entities, ["ASSAULT", "M23", "COD"]);
  assertNotCoded("M23 rebels stormed parliament in Goma on Tuesday.", entities, "PROTEST");
});

test("an act a verb of calling judges is judged, not told ('called China's drill a provocation'); held, it is told", () => {
  const entities = [place("China", "CHN"), place("Taiwan", "TWN")];
  assertNotCoded("Taiwan's defence ministry responded with a statement calling the drill a dangerous provocation.", entities, "MOBILIZE");
  assertCoded("China's army held a drill near Taiwan on Monday.", entities, ["MOBILIZE", "China", "Taiwan"]);
});

test("a state that protests against an act accuses the act's author ('protested against the ban')", () => {
  const entities = [place("China", "CHN"), place("Japan", "JPN")];
  assertCoded("China suspended all imports of seafood from Japan on Thursday. Japan's government protested against the ban.", entities,
    ["ACCUSE", "JPN", "CHN"]);
  assertNotCoded("China suspended all imports of seafood from Japan on Thursday. Japan's government protested against the ban.", entities, "PROTEST", "JPN");
});

test("crowds protesting against a measure stay a protest, not an accusation", () => {
  const entities = [place("Paris", "FRA")];
  assertNotCoded("Farmers protested against the new tariffs in Paris on Monday.", entities, "ACCUSE");
  assertCoded("Farmers protested against the new tariffs in Paris on Monday.", entities, ["PROTEST", "Farmers", "FRA"]);
});

test("a reciprocal object: each coordinated side accuses the other ('Kyiv and Moscow accused each other')", () => {
  const entities = [place("Kyiv", "UKR"), place("Moscow", "RUS")];
  assertCoded("Kyiv and Moscow accused each other of blowing up the dam on Tuesday.", entities, ["ACCUSE", "UKR", "RUS"], ["ACCUSE", "RUS", "UKR"]);
});

test("an act a governor takes as a gerund is not reported ('agreed to stop attacking each other')", () => {
  const entities = [place("United States", "USA"), org("Houthis", "YEM")];
  assertNotCoded("The United States and the Houthis agreed to stop attacking each other on Tuesday.", entities, "ASSAULT");
});

test("a rejected charge is the one made against the rejecter ('The Kremlin rejected the charge')", () => {
  const entities = [place("Kyiv", "UKR"), place("Moscow", "RUS"), org("Kremlin", "RUS")];
  const text = "Kyiv and Moscow accused each other of blowing up the dam on Tuesday. The Kremlin rejected the charge.";
  assertCoded(text, entities, ["REJECT", "Kremlin", "UKR"]);
  assert.ok(!coded(text, entities).some((e) => e.type === "REJECT" && e.target?.country === "RUS"), "the Kremlin rejects no charge of its own side");
});

test("three or more coordinated sides of a meeting meet in every pair; two sides make one record", () => {
  const entities = [place("Russia", "RUS"), place("Iran", "IRN"), place("Turkey", "TUR"), place("Doha", "QAT")];
  assertCoded("The foreign ministers of Russia, Iran and Turkey met in Doha on Saturday.", entities,
    ["CONSULT", "RUS", "IRN"], ["CONSULT", "RUS", "TUR"], ["CONSULT", "IRN", "TUR"]);
  const two = coded("Iran and Turkey met in Doha on Saturday.", entities).filter((e) => e.type === "CONSULT");
  assert.equal(two.length, 1, JSON.stringify(two));
});

test("a plural title names no one person: 'the foreign ministers' are not the last minister named", () => {
  const entities = [{ ...person("Hakan Fidan", "TUR"), role: "Foreign Minister" }, place("Russia", "RUS"), place("Iran", "IRN"), place("Doha", "QAT")];
  const text = "Foreign Minister Hakan Fidan spoke on Friday. The foreign ministers met in Doha on Saturday and called for talks between the government and the opposition.";
  assertNotCoded(text, entities, "REQUEST", "Hakan Fidan");
  assertCoded("Foreign Minister Hakan Fidan spoke on Friday. The foreign ministers of Russia and Iran met in Doha on Saturday.", entities, ["CONSULT", "RUS", "IRN"]);
});

test("cutting off what passes to another state restricts it (commerce in word-classes.yaml); closing a meeting does not", () => {
  const entities = [place("Pakistan", "PAK"), place("India", "IND"), place("Kenya", "KEN")];
  assertCoded("Pakistan closed its airspace to Indian airlines and suspended all trade with India on Thursday.", entities, ["COERCE", "PAK", "IND"]);
  assertNotCoded("Kenya closed the conference on Thursday.", entities, "COERCE");
});

test("a name that is the subject of a clause of its own ends the noun phrase before it ('measures New Delhi announced' places nothing)", () => {
  const entities = [place("Pakistan", "PAK"), place("India", "IND"), place("New Delhi", "IND")];
  assertNotCoded("Pakistan hit back on Thursday at a string of measures New Delhi announced after the attack.", entities, "ASSAULT");
  assertCoded("Pakistan shelled villages near New Delhi on Thursday.", entities, ["ASSAULT", "PAK", "IND"]);
});

test("mobilising or deploying forces, or mobilising with no object, is MOBILIZE; mobilising an idea is not (forces in word-classes.yaml)", () => {
  const entities = [place("Israel", "ISR"), place("Russia", "RUS"), person("Donald Trump", "USA")];
  const mobilised = (text: string, country: string) => coded(text, entities).some((e) => e.type === "MOBILIZE" && e.source?.country === country);
  assert.ok(mobilised("Russia deployed 2,000 troops to the border on Monday.", "RUS"));
  assert.ok(mobilised("Israel mobilised on Sunday.", "ISR"));
  assertNotCoded("Donald Trump was mobilising a supremacism, critics said on Friday.", entities, "MOBILIZE");
});

test("'those claims' a denier rejects are the accusation told before, whose author is rejected; with none told, no one is", () => {
  const entities = [org("Rapid Support Forces", "SDN"), org("Sudanese Armed Forces", "SDN")];
  const text = "The Rapid Support Forces accused the Sudanese Armed Forces of shelling a market on Monday. The Sudanese Armed Forces denied those claims.";
  assertCoded(text, entities, ["REJECT", "Sudanese Armed Forces", "Rapid Support Forces"]);
  assertNotCoded("The Sudanese Armed Forces denied those claims on Monday.", entities, "REJECT");
});

test("'them' is the group a plural noun or name named last, never its own clause's subject", () => {
  const entities = [place("Nairobi", "KEN"), place("Japan", "JPN"), { ...org("Houthis"), country: "YEM", mentions: ["Houthis"] }];
  assertCoded("Thousands of protesters marched on parliament in Nairobi on Tuesday. Police fired tear gas at them.", entities, ["COERCE", "Police", "protesters"]);
  assertCoded("Japan contacted the Houthis on Monday and urged them to free the ship.", entities, ["REQUEST", "Japan", "Houthis"]);
  // The rebels named before are the clause's own subject: "them" is someone else, here no one named.
  const events = coded("Rebels seized two towns near Nairobi on Monday. The rebels later attacked them again.", entities);
  assert.ok(!events.some((e) => e.type === "ASSAULT" && e.target?.name?.toLowerCase() === "rebels"), JSON.stringify(events.map((e) => [e.type, e.source?.name, e.target?.name])));
});

test("a phrase of cause ('over their ties with Israel') names no one acted on; the act's own phrases do", () => {
  const entities = [place("Pakistan", "PAK"), place("Congo", "COG"), place("Costa Rica", "CRI"), place("Israel", "ISR")];
  const text = "Pakistan on Monday threatened to break off diplomatic relations with Congo and Costa Rica over their ties with Israel.";
  assertCoded(text, entities, ["THREATEN", "Pakistan", "Congo"], ["THREATEN", "Pakistan", "Costa Rica"]);
  assert.ok(!coded(text, entities).some((e) => e.target?.name === "Israel"));
  assertCoded("Egypt shared intelligence with Israel about contacts between Hamas and Iran.", [place("Egypt", "EGY"), place("Israel", "ISR"), org("Hamas"), place("Iran", "IRN")],
    ["COOPERATE", "Egypt", "Israel"]);
});

test("an ethnic group is a people of the country the story places it in, not the state its name comes from", () => {
  const entities = [place("Serbia", "SRB"), { name: "Albanians", type: "NORP", country: "ALB", mentions: ["Albanians"] }];
  const events = coded("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", entities);
  assert.ok(events.some((e) => e.type === "PROTEST" && e.source?.name === "ethnic Albanians" && e.source.country !== "ALB"), JSON.stringify(events.map((e) => [e.type, e.source, e.target?.name])));
  // A nationality alone is the state's people.
  assertCoded("Albanians demonstrated on Tuesday in Serbia.", entities, ["PROTEST", "ALB", "Serbia"]);
});

test("a motive ('in protest of ...', 'in retaliation for ...') is no act of its own; what it answers is the act's target", () => {
  const entities = [place("Russia", "RUS"), place("Serbia", "SRB"), place("Montenegro", "MNE"), org("Hamas")];
  assertCoded("Chechen refugees began a hunger strike on Monday in protest of Russia's refusal to talk.", entities, ["PROTEST", "Chechen refugees", "Russia"]);
  const events = coded("Students staged a hunger strike on Sunday in protest against abuses by the police.", entities);
  assert.ok(!events.some((e) => e.source?.name === "police"), JSON.stringify(events.map((e) => [e.type, e.source?.name, e.target?.name])));
  // A place or an attack after "in" is no motive.
  assertCoded("Serbia eased emergency measures on Wednesday in Montenegro province.", entities, ["CONCEDE", "Serbia", "Montenegro"]);
  assertCoded("Three soldiers were killed on Monday in an attack by Hamas.", entities, ["ASSAULT", "Hamas", "soldiers"]);
});

test("briefing is a consultation only with whom one briefs: no one briefed, no event", () => {
  assertNotCoded("The minister briefed reporters on Monday.", [], "CONSULT");
  assertNotCoded("Ukraine was briefed on Monday.", [place("Ukraine", "UKR")], "CONSULT");
});

test("an accusation is aimed at the group it names, placed or not; after 'said,' its participle is the speaker's act", () => {
  const entities = [person("Aleksandar Vucic", "SRB")];
  assertCoded("\"This is not the end,\" Aleksandar Vucic said, accusing the protesters of causing terror.", entities, ["ACCUSE", "Aleksandar Vucic", "protesters"]);
  assertNotCoded("Aleksandar Vucic said the protesters were accused of causing terror.", entities, "ACCUSE", "Aleksandar Vucic");
});
