import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate, PEOPLE, PLACES } from "./documents.ts";

const stubbTusk = { entities: [PEOPLE.stubb, PEOPLE.tusk, PLACES.helsinki] };

test("the date is the clause's timex, not the publication date", () => {
  const [e] = annotate("Stubb met Tusk in Helsinki on Tuesday, officials said.", {
    ...stubbTusk, published: "2025-03-07", timexes: [{ text: "Tuesday", value: "2025-03-04" }],
  }).events;
  assert.equal(e.date, "2025-03-04");
});

test("coordinated dates make one event each: 'spoke by phone in May and June'", () => {
  const events = annotate("Stubb and Tusk spoke by phone in May and June.", {
    ...stubbTusk, published: "2025-07-10", timexes: [{ text: "May", value: "2025-05" }, { text: "June", value: "2025-06" }],
  }).events;
  assert.deepEqual(events.map((e) => [e.type, e.mode, e.date]), [["CONSULT", "phone", "2025-05"], ["CONSULT", "phone", "2025-06"]]);
});

test("'a day after ordering ...' dates the order a day before the anchor", () => {
  const text = "On Tuesday, a day after ordering new deliveries of weapons to Ukraine, Trump criticised Moscow.";
  const events = annotate(text, {
    entities: [PEOPLE.trump, PLACES.ukraine, PLACES.russia], published: "2025-07-10",
    timexes: [{ text: "Tuesday", value: "2025-07-08" }],
  }).events;
  const aid = events.find((e) => e.type === "AID");
  assert.ok(aid, "the deliveries are coded");
  assert.equal(aid.source?.name, "Donald Trump");
  assert.equal(aid.target?.name, "Ukraine");
  assert.equal(aid.date, "2025-07-07");
  assert.equal(events.find((e) => e.type === "ACCUSE")?.date, "2025-07-08");
});

test("without a timex, the article date is used and marked: said today, or undated in the text", () => {
  const spec = { ...stubbTusk, published: "2025-03-07" };
  const [today] = annotate("Stubb met Tusk in Helsinki earlier today.", spec).events;
  assert.equal(today.date, "2025-03-07");
  assert.equal((today as { dateFrom?: string }).dateFrom, "publication");
  const [undated] = annotate("Stubb met Tusk in Helsinki.", spec).events;
  assert.equal(undated.date, "2025-03-07");
  assert.equal((undated as { dateFrom?: string }).dateFrom, "article");
  assert.ok(undated.confidence < today.confidence, "an article date is less sure than a date the text gives");
  const [unpublished] = annotate("Stubb met Tusk in Helsinki.", stubbTusk).events;
  assert.equal(unpublished.date, undefined);
});

test("background dated well before publication is historical", () => {
  const [e] = annotate("Stubb and Tusk first met in Helsinki in February.", {
    ...stubbTusk, published: "2025-07-10", timexes: [{ text: "February", value: "2025-02" }],
  }).events;
  assert.deepEqual(e.context, ["historical"]);
});

test("contexts: negated, future, hypothetical", () => {
  const context = (text: string) => annotate(text, stubbTusk).events.map((e) => [e.type, e.context]);
  assert.deepEqual(context("Stubb did not meet Tusk."), []);
  assert.deepEqual(context("Neither Stubb nor Tusk criticised the plan."), []);
});

test("hypothetical acts and announced meetings are not recorded; a threat made with 'would' is", () => {
  const context = (text: string) => annotate(text, stubbTusk).events.map((e) => [e.type, e.context]);
  assert.deepEqual(context("Tusk could criticise Stubb."), []);
  assert.deepEqual(context("Stubb will meet Tusk in Helsinki."), []);
  assert.deepEqual(context("Stubb met Tusk in Helsinki."), [["CONSULT", undefined]]);
  const [threat] = annotate("Tusk says Poland would impose new sanctions on Russia.", { entities: [PEOPLE.tusk, PLACES.russia] }).events;
  assert.deepEqual([threat?.type, threat?.context], ["THREATEN", ["hypothetical"]]);
});

test("'said it would' tells the future of the past: an intent or a measure decided, not a supposition", () => {
  const spec = { entities: [PEOPLE.tusk, PLACES.ukraine, PLACES.russia] };
  const [aid] = annotate("Tusk said Poland would send more weapons to Ukraine.", spec).events;
  assert.deepEqual([aid?.type, aid?.mode, aid?.context], ["AGREE", "intent-aid", ["future"]]);
  const [measure] = annotate("Tusk said Poland would impose new sanctions on Russia.", spec).events;
  assert.deepEqual([measure?.type, measure?.context], ["COERCE", ["future"]]);
  // Not under a verb of saying in the past: still a supposition.
  assert.deepEqual(annotate("Analysts believe Poland would send more weapons to Ukraine.", spec).events, []);
  assert.deepEqual(annotate("Tusk says Poland would send more weapons to Ukraine.", spec).events, []);
});

test("'willing to' is an intent; a negated intent to cooperate is a refusal, a negated act no event", () => {
  const spec = { entities: [PEOPLE.tusk, PLACES.ukraine, PLACES.russia] };
  const [offer] = annotate("Poland is willing to send more weapons to Ukraine.", spec).events;
  assert.deepEqual([offer?.type, offer?.mode], ["AGREE", "intent-aid"]);
  const [refusal] = annotate("Poland will not send more weapons to Ukraine.", spec).events;
  assert.deepEqual([refusal?.type, refusal?.mode], ["REJECT", "refusal-aid"]);
  assert.deepEqual(annotate("Poland will not attack Russia.", spec).events, []);
  assert.deepEqual(annotate("Poland did not attack Russia.", spec).events, []);
});

test("an announced act is an intent: help is AGREE, coercion THREATEN, and the act stays in the mode", () => {
  const spec = { entities: [PEOPLE.tusk, PLACES.ukraine, PLACES.russia] };
  const [aid] = annotate("Tusk will send more weapons to Ukraine.", spec).events;
  assert.deepEqual([aid.type, aid.mode, aid.target?.name], ["AGREE", "intent-aid", "Ukraine"]);
  const [threat] = annotate("Tusk said Poland could impose new sanctions on Russia.", spec).events;
  assert.deepEqual([threat.type, threat.mode, threat.target?.name], ["THREATEN", "intent-coerce", "Russia"]);
});

test("a negated act of cooperation is a refusal", () => {
  const [e] = annotate("Tusk refused to support the plan of Stubb.", stubbTusk).events;
  assert.equal(e.type, "REJECT");
});

test("restatements are one event with all their evidence; quantities and place come along", () => {
  const text = "Russian drones struck Kyiv early on Thursday. Zelenskyy said Russia had launched 18 missiles and 400 drones at the capital.";
  const { events } = annotate(text, {
    entities: [PEOPLE.zelensky, PLACES.russia, PLACES.kyiv],
    timexes: [{ text: "early on Thursday", value: "2025-07-10" }],
    quantities: [{ text: "18", value: 18, unit: "missile" }, { text: "400", value: 400, unit: "drone" }],
  });
  const attacks = events.filter((e) => e.type === "ASSAULT");
  assert.equal(attacks.length, 1);
  const [a] = attacks;
  assert.equal(a.source?.name, "Russia");
  assert.equal(a.target?.country, "UKR");
  assert.equal(a.place?.name, "Kyiv");
  assert.equal(a.date, "2025-07-10");
  assert.equal(a.evidence.length, 2);
  assert.deepEqual(a.quantities?.map((q) => q.value), [18, 400]);
  assert.ok(a.confidence > 0 && a.confidence <= 1);
});

test("a confidence: fully resolved actors and a long pattern score above a pronoun and a one-word trigger", () => {
  const sure = annotate("Stubb held talks with Tusk in Helsinki.", stubbTusk).events[0];
  const lessSure = annotate("Stubb arrived. He criticised them.", stubbTusk).events[0];
  assert.ok(sure.confidence > (lessSure?.confidence ?? 0));
});

test("'X said Y must ...' is X's demand on Y; an act announced 'unless ...' is a threat", () => {
  const spec = { entities: [PEOPLE.stubb, PEOPLE.tusk, PLACES.russia] };
  const [demand] = annotate("Stubb said Russia and its allies must release the detained journalists.", spec).events;
  assert.deepEqual([demand.type, demand.source?.name, demand.target?.country, demand.mode], ["REQUEST", "Alexander Stubb", "RUS", "demand-concede"]);
  const [threat] = annotate("Tusk said Poland will withdraw its ambassador unless Russia releases the detained journalists.", spec).events;
  assert.equal(threat.type, "THREATEN");
});

test("a restatement the text leaves undated joins the dated record, which keeps the text's date", () => {
  const text = "Russian drones struck Kyiv on Tuesday. Zelenskyy said Russia had struck the capital with 400 drones.";
  const { events } = annotate(text, {
    entities: [PEOPLE.zelensky, PLACES.russia, PLACES.kyiv], published: "2025-07-10",
    timexes: [{ text: "Tuesday", value: "2025-07-08" }],
  });
  const attacks = events.filter((e) => e.type === "ASSAULT");
  assert.equal(attacks.length, 1);
  assert.equal(attacks[0].date, "2025-07-08");
});

/** The date of the meeting in `text`, told after "Trump criticised Russia on Tuesday" (2025-03-04), published 2025-03-07. */
function meetingDate(text: string) {
  const spec = {
    entities: [PEOPLE.trump, PEOPLE.stubb, PEOPLE.tusk, PLACES.russia, PLACES.helsinki], published: "2025-03-07",
    timexes: [{ text: "Tuesday", value: "2025-03-04" }],
  };
  const meeting = annotate(text, spec).events.find((e) => e.type === "CONSULT") as { date?: string; dateFrom?: string } | undefined;
  return [meeting?.date, meeting?.dateFrom];
}

test("an undated act in the sentences after a dated one happens on the narrative's day, marked so", () => {
  assert.deepEqual(meetingDate("Trump criticised Russia on Tuesday. Stubb met Tusk in Helsinki."), ["2025-03-04", "narrative"]);
});

test("the narrative's day does not reach far: four sentences on, an undated act is the article's", () => {
  const text = "Trump criticised Russia on Tuesday. The weather was cold. Markets were calm. Prices rose. Stubb met Tusk in Helsinki.";
  assert.deepEqual(meetingDate(text), ["2025-03-07", "article"]);
});

test("a meeting still to come ('the next summit will be held in 2026') neither takes the last two sides nor merges into the meeting held", () => {
  const spec = { entities: [PEOPLE.zelensky, PEOPLE.trump, { name: "Turkey", type: "GPE", country: "TUR", mentions: ["Turkey"] }], published: "2025-06-25", timexes: [{ text: "2026", value: "2026" }] };
  const events = annotate("Zelenskyy met Trump for about 50 minutes on the sidelines. The next summit will be held in Turkey in 2026.", spec).events;
  const met = events.filter((e) => e.type === "CONSULT");
  assert.equal(met.length, 1, JSON.stringify(events));
  assert.equal(met[0].date, "2025-06-25");
  // Told of the meeting just held, "the talks" are between its sides.
  const told = annotate("Zelenskyy met Trump for about 50 minutes on the sidelines. The talks were held in a side room.", { ...spec, timexes: [] }).events;
  assert.ok(told.some((e) => e.type === "CONSULT" && e.evidence.some((s) => s.text.includes("talks"))), JSON.stringify(told));
});

test("the narrative's day may be a date the text gave shortly before without an event coded there", () => {
  const spec = { entities: [PEOPLE.stubb, PEOPLE.tusk, PLACES.helsinki], published: "2025-03-07", timexes: [{ text: "Tuesday", value: "2025-03-04" }] };
  const [e] = annotate("Parliament passed the budget on Tuesday. Soon afterwards Stubb met Tusk in Helsinki.", spec).events;
  assert.equal(e.date, "2025-03-04");
});

test("states' act restated by their leaders in the next sentence is one event, dated by the restatement", () => {
  const entities = [
    { name: "Ethiopia", type: "GPE", country: "ETH", mentions: ["Ethiopia"] }, { name: "Somalia", type: "GPE", country: "SOM", mentions: ["Somalia"] },
    { name: "Abiy Ahmed", type: "PERSON", country: "ETH", role: "Prime Minister", mentions: ["Abiy Ahmed"] },
    { name: "Hassan Sheikh Mohamud", type: "PERSON", country: "SOM", role: "President", mentions: ["Hassan Sheikh Mohamud"] },
  ];
  const text = "Ethiopia and Somalia have agreed to end their dispute over sea access. Abiy Ahmed and Hassan Sheikh Mohamud " +
    "signed a joint declaration late on Wednesday.";
  const agreements = annotate(text, { entities, published: "2024-12-12", timexes: [{ text: "Wednesday", value: "2024-12-11" }] })
    .events.filter((e) => e.type === "AGREE");
  assert.deepEqual(agreements.map((e) => [e.source?.name, e.target?.name, e.date]), [["Ethiopia", "Somalia", "2024-12-11"]]);
  // A strike's victims are its own targets, and two dated meetings of the same states stay two.
  const israel = { name: "Israel", type: "GPE", country: "ISR", mentions: ["Israel"] };
  const iran = { name: "Iran", type: "GPE", country: "IRN", mentions: ["Iran"] };
  const salami = { name: "Hossein Salami", type: "PERSON", country: "IRN", mentions: ["Hossein Salami"] };
  const strikes = annotate("Israel struck Iran on Friday. Israeli strikes killed Hossein Salami.", {
    entities: [israel, iran, salami], published: "2025-06-14", timexes: [{ text: "Friday", value: "2025-06-13" }],
  }).events.filter((e) => e.type === "ASSAULT");
  assert.equal(strikes.length, 2, JSON.stringify(strikes.map((e) => [e.source?.name, e.target?.name])));
  const meetings = annotate("Ethiopia and Somalia held talks on Monday. Abiy Ahmed and Hassan Sheikh Mohamud met again on Wednesday.", {
    entities, published: "2024-12-12", timexes: [{ text: "Monday", value: "2024-12-09" }, { text: "Wednesday", value: "2024-12-11" }],
  }).events.filter((e) => e.type === "CONSULT");
  assert.equal(meetings.length, 2, JSON.stringify(meetings.map((e) => [e.source?.name, e.target?.name, e.date])));
});

test("a day that names a thing ('Sunday's election') is not the time a later sentence's act is dated by", async () => {
  const { annotateText } = await import("../entities/helpers.ts");
  const doc = annotateText("Crowds gathered in Caracas on Monday after Sunday's election. " +
    "Venezuela recalled its staff from Chile.", "2024-07-30");
  const chile = doc.events.find((e) => e.type === "SANCTION" && e.target?.name === "Chile");
  assert.equal(chile?.date, "2024-07-29", JSON.stringify(doc.events.map((e) => [e.type, e.target?.name, e.date])));
});

test("a date that names a thing acted on is not the act's date; an occasion's date is", () => {
  const states = [{ name: "South Korea", type: "GPE", country: "KOR", mentions: ["South Korea"] }, { name: "North Korea", type: "GPE", country: "PRK", mentions: ["North Korea"] }];
  const [sanction] = annotate("South Korea suspended the 2018 military agreement with North Korea.", {
    entities: states, published: "2023-11-23", timexes: [{ text: "2018", value: "2018" }],
  }).events.filter((e) => e.type === "SANCTION");
  assert.equal(sanction?.date, "2023-11-23", "the agreement's year does not make the suspension a 2018 background act");
  const [accusation] = annotate("Trump berated Zelensky at a February encounter at the White House.", {
    entities: [PEOPLE.trump, { name: "Volodymyr Zelensky", type: "PERSON", country: "UKR", mentions: ["Zelensky"] }],
    published: "2025-09-24", timexes: [{ text: "February", value: "2025-02" }],
  }).events.filter((e) => e.type === "ACCUSE");
  assert.equal(accusation?.date, "2025-02");
});

test("an act the text does not date takes the day the next sentence gives it when it tells the act again", () => {
  const entities = [{ name: "Recep Tayyip Erdoğan", type: "PERSON", country: "TUR", mentions: ["Recep Tayyip Erdoğan"] }, { name: "Sweden", type: "GPE", country: "SWE", mentions: ["Sweden"] }];
  const text = "Recep Tayyip Erdoğan has agreed to back Sweden's bid to join NATO. The breakthrough came late on Monday in Vilnius.";
  const [agreement] = annotate(text, { entities, published: "2023-07-11", timexes: [{ text: "Monday", value: "2023-07-10" }] }).events.filter((e) => e.type === "AGREE");
  assert.deepEqual([agreement?.date, (agreement as { dateFrom?: string } | undefined)?.dateFrom], ["2023-07-10", "restated"]);
  // A next sentence about something else dates nothing.
  const other = "Recep Tayyip Erdoğan has agreed to back Sweden's bid to join NATO. The summit opens on Tuesday in Vilnius.";
  const [kept] = annotate(other, { entities, published: "2023-07-11", timexes: [{ text: "Tuesday", value: "2023-07-11" }] }).events.filter((e) => e.type === "AGREE");
  assert.notEqual((kept as { dateFrom?: string } | undefined)?.dateFrom, "restated");
});

test("'a day after' shifts every act coordinated with the first, and no act it does not govern", () => {
  const entities = [{ name: "Gabon", type: "GPE", country: "GAB", mentions: ["Gabon"] }, { name: "African Union", type: "ORG", mentions: ["African Union"] },
    { name: "Ali Bongo Ondimba", type: "PERSON", country: "GAB", mentions: ["Ali Bongo Ondimba"] }];
  const text = "The African Union on Thursday suspended Gabon from all its activities, a day after Gabonese officers seized power and placed Ali Bongo Ondimba under house arrest.";
  const events = annotate(text, { entities, published: "2023-08-31", timexes: [{ text: "Thursday", value: "2023-08-31" }] }).events;
  assert.equal(events.find((e) => e.target?.name === "Ali Bongo Ondimba")?.date, "2023-08-30");
  assert.equal(events.find((e) => e.type === "SANCTION")?.date, "2023-08-31");
});

test("a date inside what a saying clause says is not the act's; a temporal clause's is", () => {
  const entities = [{ name: "Andrés Manuel López Obrador", type: "PERSON", country: "MEX", mentions: ["López Obrador"] },
    { name: "Pedro Castillo", type: "PERSON", country: "PER", mentions: ["Castillo"] }];
  const text = "López Obrador defended Castillo, saying there had been hostility against him since he took office in July 2021.";
  const [support] = annotate(text, { entities, published: "2022-12-08", timexes: [{ text: "July 2021", value: "2021-07" }] }).events.filter((e) => e.type === "SUPPORT");
  assert.equal(support?.date, "2022-12-08", "kept, dated by the article, not dropped as a 2021 background act");
  const israel = { name: "Israel", type: "GPE", country: "ISR", mentions: ["Israel"] };
  const gaza = { name: "Gaza", type: "GPE", country: "PSE", mentions: ["Gaza"] };
  const [strike] = annotate("Israel struck Gaza when the truce ended on Monday.", {
    entities: [israel, gaza], published: "2025-03-20", timexes: [{ text: "Monday", value: "2025-03-17" }],
  }).events.filter((e) => e.type === "ASSAULT");
  assert.equal(strike?.date, "2025-03-17");
});

test("a recent month the sentence before gives dates an undated act ('Relations soured last July ... withdrew its ambassador'); a month long past does not", () => {
  const entities = [PLACES.russia, { name: "Algeria", type: "GPE", country: "DZA", mentions: ["Algeria"] }, { name: "France", type: "GPE", country: "FRA", mentions: ["France"] }];
  const withdrawal = (month: string, value: string) => annotate(`Relations between the two countries soured in ${month}. Algeria withdrew its ambassador to France in protest.`, {
    entities, published: "2025-04-15", timexes: [{ text: month, value }],
  }).events.find((e) => e.type === "SANCTION");
  assert.equal(withdrawal("July", "2024-07")?.date, "2024-07");
  // Two years before publication, the month is the story's background: the act is not put there.
  assert.notEqual(withdrawal("March 2023", "2023-03")?.date, "2023-03");
});

test("a month the paragraph before gives does not date an act of the next paragraph; the same paragraph's does", () => {
  const entities = [{ name: "Algeria", type: "GPE", country: "DZA", mentions: ["Algeria"] }, { name: "France", type: "GPE", country: "FRA", mentions: ["France"] }];
  const withdrawal = (between: string) => annotate(`Relations between the two countries soured in July.${between}Algeria withdrew its ambassador to France in protest.`, {
    entities, published: "2024-08-15", timexes: [{ text: "July", value: "2024-07" }],
  }).events.find((e) => e.type === "SANCTION");
  assert.notEqual(withdrawal("\n\n")?.date, "2024-07");
  assert.equal(withdrawal(" ")?.date, "2024-07");
});

test("a day after publication is no narrative time: 'called a meeting for Monday. Iran fired missiles at Israel' did not happen on Monday", () => {
  const entities = [{ name: "Israel", type: "GPE", country: "ISR", mentions: ["Israel"] }, { name: "Iran", type: "GPE", country: "IRN", mentions: ["Iran"] }];
  const fired = (when: string, value: string) => annotate(`The agency called an emergency meeting for ${when}. Iran fired missiles at Israel.`, {
    entities, published: "2025-06-22", timexes: [{ text: when, value }],
  }).events.find((e) => e.type === "ASSAULT");
  assert.notEqual(fired("Monday", "2025-06-23")?.date, "2025-06-23");
  assert.equal(fired("Saturday", "2025-06-21")?.date, "2025-06-21", "a past day still dates the next sentence's act");
});

test("'two days after Trump's special envoy Steve Witkoff met Putin': the span the tree hangs on the act's clause shifts it from the day before", () => {
  const entities = [{ name: "Steve Witkoff", type: "PERSON", country: "USA", mentions: ["Steve Witkoff"] }, { name: "Vladimir Putin", type: "PERSON", country: "RUS", mentions: ["Vladimir Putin"] }];
  const met = (text: string) => annotate(text, { entities, published: "2025-04-14", timexes: [{ text: "Sunday", value: "2025-04-13" }] }).events.find((e) => e.type === "CONSULT");
  assert.equal(met("On Sunday, the strike came two days after Trump's special envoy Steve Witkoff met Vladimir Putin in St Petersburg.")?.date, "2025-04-11");
  // No day in the sentence: the span counts from the day of the act its clause's subject tells again.
  const strike = "Russian missiles hit Sumy on Sunday, killing 34 people.";
  const anchored = annotate(`${strike} The attack came two days after Steve Witkoff met Vladimir Putin in St Petersburg.`, {
    entities: [...entities, { name: "Sumy", type: "GPE", country: "UKR", mentions: ["Sumy"] }, PLACES.russia], published: "2025-04-14", timexes: [{ text: "Sunday", value: "2025-04-13" }],
  }).events.find((e) => e.type === "CONSULT");
  assert.equal(anchored?.date, "2025-04-11");
  // No span: the sentence's day dates the meeting.
  assert.equal(met("On Sunday, Trump's special envoy Steve Witkoff met Vladimir Putin in St Petersburg.")?.date, "2025-04-13");
});
