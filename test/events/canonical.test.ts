// The everyday phrasings of each PLOVER type, as wire copy writes them (sentences written for this test):
// each must be coded with its type, source and target. An actor is expected by its entity's name, or by
// its country code where the actor is a group no entity names ("Kenyan police" is KEN).
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "./documents.ts";
import type { EntitySpec } from "./documents.ts";

const state = (name: string, country: string, ...aliases: string[]): EntitySpec =>
  ({ name, type: "GPE", country, mentions: [name, ...aliases] });
const town = (name: string, country: string): EntitySpec => ({ name, type: "GPE", country, mentions: [name] });
const person = (name: string, country: string, role: string, surname: string): EntitySpec =>
  ({ name, type: "PERSON", country, role, mentions: [name, surname] });
const org = (name: string, ...aliases: string[]): EntitySpec => ({ name, type: "ORG", mentions: [name, ...aliases] });

const S = {
  usa: state("United States", "USA", "Washington"),
  russia: state("Russia", "RUS", "Moscow"),
  ukraine: state("Ukraine", "UKR", "Kyiv"),
  china: state("China", "CHN", "Beijing"),
  israel: state("Israel", "ISR"),
  iran: state("Iran", "IRN", "Tehran"),
  india: state("India", "IND", "New Delhi"),
  pakistan: state("Pakistan", "PAK"),
  eu: org("European Union", "EU"),
  hamas: org("Hamas"),
  trump: person("Donald Trump", "USA", "President", "Trump"),
};

interface Probe {
  text: string;
  entities: EntitySpec[];
  /** Type, then source and target as an entity name or a country code. */
  want: [string, string, string];
  todo?: string;
}

const probes: Record<string, Probe[]> = {
  AGREE: [
    { text: "Armenia and Azerbaijan signed a peace agreement at the White House on Friday.", entities: [state("Armenia", "ARM"), state("Azerbaijan", "AZE")], want: ["AGREE", "Armenia", "Azerbaijan"] },
    { text: "Israel and Hamas agreed to a ceasefire in Gaza on Wednesday.", entities: [S.israel, S.hamas, town("Gaza", "PSE")], want: ["AGREE", "Israel", "Hamas"] },
    { text: "Ukraine and the United States signed a minerals deal in Washington on Wednesday.", entities: [S.ukraine, S.usa], want: ["AGREE", "Ukraine", "United States"] },
    { text: "India and Britain concluded a free trade agreement after three years of talks.", entities: [S.india, state("Britain", "GBR")], want: ["AGREE", "India", "Britain"] },
    { text: "Congo and Rwanda initialled a draft peace deal in Washington.", entities: [state("Congo", "COD"), state("Rwanda", "RWA"), S.usa], want: ["AGREE", "COD", "Rwanda"] },
    { text: "Thailand and Cambodia accepted an unconditional ceasefire on Monday.", entities: [state("Thailand", "THA"), state("Cambodia", "KHM")], want: ["AGREE", "Thailand", "Cambodia"] },
  ],
  CONSULT: [
    { text: "The United States briefed Ukraine on the talks in Riyadh on Tuesday.", entities: [S.usa, S.ukraine], want: ["CONSULT", "United States", "Ukraine"] },
    { text: "Xi Jinping met Vladimir Putin at the Kremlin on Thursday.", entities: [person("Xi Jinping", "CHN", "President", "Xi"), person("Vladimir Putin", "RUS", "President", "Putin")], want: ["CONSULT", "Xi Jinping", "Vladimir Putin"] },
    { text: "Emmanuel Macron held a phone call with Benjamin Netanyahu on Sunday.", entities: [person("Emmanuel Macron", "FRA", "President", "Macron"), person("Benjamin Netanyahu", "ISR", "Prime Minister", "Netanyahu")], want: ["CONSULT", "Emmanuel Macron", "Benjamin Netanyahu"] },
    { text: "Indian Prime Minister Narendra Modi visited Kyiv on Friday.", entities: [person("Narendra Modi", "IND", "Prime Minister", "Modi"), town("Kyiv", "UKR")], want: ["CONSULT", "Narendra Modi", "UKR"] },
    { text: "German Chancellor Friedrich Merz spoke with Donald Trump on Tuesday.", entities: [person("Friedrich Merz", "DEU", "Chancellor", "Merz"), S.trump], want: ["CONSULT", "Friedrich Merz", "Donald Trump"] },
    { text: "Qatar brokered a ceasefire between Israel and Hamas on Wednesday.", entities: [state("Qatar", "QAT"), S.israel, S.hamas], want: ["CONSULT", "Qatar", "Israel"] },
    { text: "Iran and the United States held a fourth round of talks in Oman.", entities: [S.iran, S.usa, state("Oman", "OMN")], want: ["CONSULT", "Iran", "United States"] },
  ],
  SUPPORT: [
    { text: "France recognised the State of Palestine at the United Nations on Monday.", entities: [state("France", "FRA"), state("State of Palestine", "PSE", "Palestine"), org("United Nations")], want: ["SUPPORT", "France", "State of Palestine"] },
    { text: "Narendra Modi congratulated Donald Trump on his election victory.", entities: [person("Narendra Modi", "IND", "Prime Minister", "Modi"), S.trump], want: ["SUPPORT", "Narendra Modi", "Donald Trump"] },
    { text: "Germany expressed solidarity with Denmark over Greenland.", entities: [state("Germany", "DEU"), state("Denmark", "DNK"), state("Greenland", "GRL")], want: ["SUPPORT", "Germany", "Denmark"] },
    { text: "Syria and Ukraine restored diplomatic relations on Thursday.", entities: [state("Syria", "SYR"), S.ukraine], want: ["SUPPORT", "Syria", "Ukraine"] },
    { text: "Germany reaffirmed its support for Ukraine on Tuesday.", entities: [state("Germany", "DEU"), S.ukraine], want: ["SUPPORT", "Germany", "Ukraine"] },
    { text: "The African Union praised Senegal for its peaceful election.", entities: [org("African Union"), state("Senegal", "SEN")], want: ["SUPPORT", "African Union", "Senegal"] },
  ],
  CONCEDE: [
    { text: "The United States lifted sanctions on Syria on Monday.", entities: [S.usa, state("Syria", "SYR")], want: ["CONCEDE", "United States", "Syria"] },
    { text: "Hamas freed four Israeli hostages in Gaza on Saturday.", entities: [S.hamas, town("Gaza", "PSE")], want: ["CONCEDE", "Hamas", "ISR"] },
    { text: "Belarus pardoned 16 political prisoners on Thursday.", entities: [state("Belarus", "BLR")], want: ["CONCEDE", "Belarus", "BLR"] },
    { text: "China suspended its retaliatory tariffs on American farm goods.", entities: [S.china], want: ["CONCEDE", "China", "USA"] },
    { text: "Hamas handed back the bodies of four Israeli hostages.", entities: [S.hamas], want: ["CONCEDE", "Hamas", "ISR"] },
    { text: "Ukraine and Russia swapped 150 prisoners of war each on Saturday.", entities: [S.ukraine, S.russia], want: ["CONCEDE", "Ukraine", "Russia"] },
    { text: "Venezuela released six Americans on Friday.", entities: [state("Venezuela", "VEN")], want: ["CONCEDE", "Venezuela", "USA"] },
  ],
  COOPERATE: [
    { text: "Japan and the Philippines held joint naval exercises in the South China Sea.", entities: [state("Japan", "JPN"), state("Philippines", "PHL")], want: ["COOPERATE", "Japan", "Philippines"] },
    { text: "Russia and North Korea conducted joint military drills on Tuesday.", entities: [S.russia, state("North Korea", "PRK")], want: ["COOPERATE", "Russia", "North Korea"] },
    { text: "Turkey and Sweden are cooperating on counter-terrorism.", entities: [state("Turkey", "TUR"), state("Sweden", "SWE")], want: ["COOPERATE", "Turkey", "Sweden"] },
    { text: "Britain has shared intelligence with France on people-smuggling gangs.", entities: [state("Britain", "GBR"), state("France", "FRA")], want: ["COOPERATE", "Britain", "France"] },
    { text: "Poland extradited a Ukrainian suspect to Germany on Thursday.", entities: [state("Poland", "POL"), state("Germany", "DEU")], want: ["COOPERATE", "Poland", "Germany"] },
  ],
  AID: [
    { text: "Germany pledged 500 million euros in military aid to Ukraine.", entities: [state("Germany", "DEU"), S.ukraine], want: ["AID", "Germany", "Ukraine"] },
    { text: "Japan sent relief supplies to Myanmar after the earthquake.", entities: [state("Japan", "JPN"), state("Myanmar", "MMR")], want: ["AID", "Japan", "Myanmar"] },
    { text: "Germany supplied Ukraine with two more Patriot systems.", entities: [state("Germany", "DEU"), S.ukraine], want: ["AID", "Germany", "Ukraine"] },
    { text: "The International Monetary Fund approved a 7 billion dollar loan for Pakistan.", entities: [org("International Monetary Fund", "IMF"), S.pakistan], want: ["AID", "International Monetary Fund", "Pakistan"] },
    { text: "The European Union disbursed 4 billion euros to Ukraine on Tuesday.", entities: [S.eu, S.ukraine], want: ["AID", "European Union", "Ukraine"] },
    { text: "Canada announced 50 million dollars in humanitarian assistance for Gaza.", entities: [state("Canada", "CAN"), town("Gaza", "PSE")], want: ["AID", "Canada", "PSE"] },
  ],
  RETREAT: [
    { text: "Israeli troops withdrew from southern Lebanon on Tuesday.", entities: [state("Lebanon", "LBN")], want: ["RETREAT", "ISR", "Lebanon"] },
    { text: "France completed its military withdrawal from Chad.", entities: [state("France", "FRA"), state("Chad", "TCD")], want: ["RETREAT", "France", "Chad"] },
    { text: "M23 rebels pulled out of the Congolese town of Walikale.", entities: [org("M23"), town("Walikale", "COD")], want: ["RETREAT", "M23", "COD"] },
    { text: "Russian troops withdrew from the Ukrainian city of Kherson in November 2022.", entities: [town("Kherson", "UKR")], want: ["RETREAT", "RUS", "UKR"] },
  ],
  REQUEST: [
    { text: "Volodymyr Zelenskyy urged Germany to send more air defence systems.", entities: [person("Volodymyr Zelenskyy", "UKR", "President", "Zelenskyy"), state("Germany", "DEU")], want: ["REQUEST", "Volodymyr Zelenskyy", "Germany"] },
    { text: "The UN Security Council called on Israel to allow aid into Gaza.", entities: [org("UN Security Council"), S.israel, town("Gaza", "PSE")], want: ["REQUEST", "UN Security Council", "Israel"] },
    { text: "Pakistan asked the International Monetary Fund for a new loan.", entities: [S.pakistan, org("International Monetary Fund")], want: ["REQUEST", "Pakistan", "International Monetary Fund"] },
    { text: "Denmark demanded an explanation from the United States on Wednesday.", entities: [state("Denmark", "DNK"), S.usa], want: ["REQUEST", "Denmark", "United States"] },
    { text: "Ukraine appealed to China to press Moscow to end the war.", entities: [S.ukraine, S.china, S.russia], want: ["REQUEST", "Ukraine", "China"] },
  ],
  ACCUSE: [
    { text: "China accused the Philippines of provoking a collision near Second Thomas Shoal.", entities: [S.china, state("Philippines", "PHL")], want: ["ACCUSE", "China", "Philippines"] },
    { text: "Iran condemned the Israeli strikes on its nuclear sites.", entities: [S.iran], want: ["ACCUSE", "Iran", "ISR"] },
    { text: "South Africa filed a genocide case against Israel at the International Court of Justice.", entities: [state("South Africa", "ZAF"), S.israel, org("International Court of Justice")], want: ["ACCUSE", "South Africa", "Israel"] },
    { text: "The International Criminal Court issued an arrest warrant for Benjamin Netanyahu.", entities: [org("International Criminal Court"), person("Benjamin Netanyahu", "ISR", "Prime Minister", "Netanyahu")], want: ["ACCUSE", "International Criminal Court", "Benjamin Netanyahu"] },
    { text: "Poland blamed Russia for the sabotage of a railway line.", entities: [state("Poland", "POL"), S.russia], want: ["ACCUSE", "Poland", "Russia"] },
    { text: "Venezuela summoned the Spanish ambassador on Thursday.", entities: [state("Venezuela", "VEN")], want: ["ACCUSE", "Venezuela", "ESP"] },
  ],
  REJECT: [
    { text: "Hamas rejected the Israeli proposal on Monday.", entities: [S.hamas], want: ["REJECT", "Hamas", "ISR"] },
    { text: "Denmark rejected Trump's demand to buy Greenland.", entities: [state("Denmark", "DNK"), S.trump, state("Greenland", "GRL")], want: ["REJECT", "Denmark", "Donald Trump"] },
    { text: "Moscow has denied any interference in the Romanian election.", entities: [S.russia], want: ["REJECT", "Russia", "ROU"], todo: "roles: \"in the Romanian election\" is read as a place, and REJECT takes no target from a place" },
    { text: "Hungary vetoed the European Union's new sanctions package.", entities: [state("Hungary", "HUN"), S.eu], want: ["REJECT", "Hungary", "European Union"] },
    { text: "Ukraine dismissed the Russian ceasefire offer as a ploy.", entities: [S.ukraine], want: ["REJECT", "Ukraine", "RUS"] },
  ],
  THREATEN: [
    { text: "Donald Trump threatened Russia with heavy tariffs on Monday.", entities: [S.trump, S.russia], want: ["THREATEN", "Donald Trump", "Russia"] },
    { text: "North Korea warned South Korea of a merciless response.", entities: [state("North Korea", "PRK"), state("South Korea", "KOR")], want: ["THREATEN", "North Korea", "South Korea"] },
    { text: "China warned Taiwan against any move toward independence.", entities: [S.china, state("Taiwan", "TWN")], want: ["THREATEN", "China", "Taiwan"] },
    { text: "Iran vowed to retaliate against Israel for the strike.", entities: [S.iran, S.israel], want: ["THREATEN", "Iran", "Israel"] },
    { text: "China vowed countermeasures against the United States on Friday.", entities: [S.china, S.usa], want: ["THREATEN", "China", "United States"] },
    { text: "Donald Trump threatened to impose 50% tariffs on the European Union.", entities: [S.trump, S.eu], want: ["THREATEN", "Donald Trump", "European Union"] },
  ],
  PROTEST: [
    { text: "Thousands of Serbian students protested in Belgrade on Saturday.", entities: [town("Belgrade", "SRB")], want: ["PROTEST", "SRB", "SRB"] },
    { text: "Tens of thousands of Georgians marched in Tbilisi against the government.", entities: [town("Tbilisi", "GEO")], want: ["PROTEST", "GEO", "GEO"] },
    { text: "Kenyan doctors went on strike over unpaid wages.", entities: [], want: ["PROTEST", "KEN", "KEN"] },
    { text: "Farmers staged a protest in Brussels against the European Union's trade deal with Mercosur.", entities: [town("Brussels", "BEL"), S.eu, org("Mercosur")], want: ["PROTEST", "BEL", "European Union"] },
    { text: "Opposition supporters held a demonstration in Maputo on Thursday.", entities: [town("Maputo", "MOZ")], want: ["PROTEST", "MOZ", "MOZ"] },
  ],
  SANCTION: [
    { text: "Nicaragua said on Monday it was severing diplomatic relations with the Netherlands.", entities: [state("Nicaragua", "NIC"), state("Netherlands", "NLD")], want: ["SANCTION", "Nicaragua", "Netherlands"] },
    { text: "Mali ordered the French ambassador out of the country.", entities: [state("Mali", "MLI")], want: ["SANCTION", "Mali", "FRA"] },
    { text: "Peru declared the Mexican ambassador persona non grata.", entities: [state("Peru", "PER")], want: ["SANCTION", "Peru", "MEX"] },
    { text: "Algeria expelled 12 French diplomats on Monday.", entities: [state("Algeria", "DZA")], want: ["SANCTION", "Algeria", "FRA"] },
    { text: "Venezuela recalled its ambassador from Chile on Sunday.", entities: [state("Venezuela", "VEN"), state("Chile", "CHL")], want: ["SANCTION", "Venezuela", "CHL"] },
    { text: "The United States paused military aid to Ukraine on Monday.", entities: [S.usa, S.ukraine], want: ["SANCTION", "United States", "Ukraine"] },
  ],
  MOBILIZE: [
    { text: "China deployed warships around Taiwan on Monday.", entities: [S.china, state("Taiwan", "TWN")], want: ["MOBILIZE", "China", "Taiwan"] },
    { text: "Russia massed troops near the Ukrainian border.", entities: [S.russia], want: ["MOBILIZE", "Russia", "UKR"] },
    { text: "Israel called up 60,000 reservists for the offensive in Gaza.", entities: [S.israel, town("Gaza", "PSE")], want: ["MOBILIZE", "Israel", "PSE"] },
    { text: "The United States sent an aircraft carrier to the Caribbean near Venezuela.", entities: [S.usa, state("Venezuela", "VEN")], want: ["MOBILIZE", "United States", "Venezuela"], todo: "roles: \"to the Caribbean\" (a region no entity names) is taken as the target before \"near Venezuela\"" },
    { text: "India put its armed forces on high alert along the border with Pakistan.", entities: [S.india, S.pakistan], want: ["MOBILIZE", "India", "Pakistan"], todo: "roles: the place of \"along the border with Pakistan\" is \"the border\", which names no country; the \"with\" phrase after it is not read" },
  ],
  COERCE: [
    { text: "The European Union adopted a new package of sanctions against Russia on Monday.", entities: [S.eu, S.russia], want: ["COERCE", "European Union", "Russia"] },
    { text: "The European Union blacklisted three Russian officials on Monday.", entities: [S.eu, S.russia], want: ["COERCE", "European Union", "RUS"] },
    { text: "President Donald Trump announced a 25% tariff on Canadian goods on Monday.", entities: [S.trump], want: ["COERCE", "Donald Trump", "CAN"] },
    { text: "Police fired tear gas at protesters in Nairobi on Tuesday.", entities: [town("Nairobi", "KEN")], want: ["COERCE", "KEN", "KEN"] },
    { text: "Georgian police arrested dozens of protesters in Tbilisi.", entities: [town("Tbilisi", "GEO")], want: ["COERCE", "GEO", "GEO"] },
    { text: "Donald Trump announced sweeping new tariffs on Canadian goods.", entities: [S.trump], want: ["COERCE", "Donald Trump", "CAN"] },
    { text: "The United States imposed sanctions on the International Criminal Court.", entities: [S.usa, org("International Criminal Court")], want: ["COERCE", "United States", "International Criminal Court"] },
    { text: "The United States imposed export controls on Chinese chipmakers.", entities: [S.usa], want: ["COERCE", "United States", "CHN"] },
    { text: "Britain froze the assets of two Russian oligarchs.", entities: [state("Britain", "GBR")], want: ["COERCE", "Britain", "RUS"] },
  ],
  ASSAULT: [
    { text: "Russia launched 300 drones at Ukraine overnight.", entities: [S.russia, S.ukraine], want: ["ASSAULT", "Russia", "Ukraine"] },
    { text: "Security forces shot dead three demonstrators in Caracas.", entities: [town("Caracas", "VEN")], want: ["ASSAULT", "VEN", "VEN"], todo: "chunking: \"shot\" is tagged NOUN, so \"Security forces shot dead three demonstrators\" is one noun phrase with no verb" },
    { text: "Pakistan carried out air strikes in Afghanistan on Monday.", entities: [S.pakistan, state("Afghanistan", "AFG")], want: ["ASSAULT", "Pakistan", "Afghanistan"] },
    { text: "India struck nine sites in Pakistan early on Wednesday.", entities: [S.india, S.pakistan], want: ["ASSAULT", "India", "Pakistan"] },
    { text: "Houthi rebels fired a ballistic missile at Israel on Sunday.", entities: [org("Houthi", "Houthis"), S.israel], want: ["ASSAULT", "Houthi", "Israel"] },
  ],
};

const actorIs = (actor: { name: string; country?: string } | undefined, want: string) =>
  actor !== undefined && (actor.name === want || actor.country === want);

for (const [type, list] of Object.entries(probes)) {
  for (const { text, entities, want, todo } of list) {
    test(`${type}: ${text}`, { todo }, () => {
      const { events } = annotate(text, { entities });
      const coded = events.map((e) => [(e as { rule?: string }).rule, e.type, e.source?.name ?? null, e.source?.country ?? null, e.target?.name ?? null, e.target?.country ?? null]);
      const [wantType, source, target] = want;
      const found = events.some((e) => e.type === wantType && actorIs(e.source, source) && actorIs(e.target, target));
      assert.ok(found, `want ${want.join(" ")}, coded ${JSON.stringify(coded)}`);
    });
  }
}
