// Political names of more than forty countries, each written in its own spelling, with the nationality
// and a title that introduce it in English news, and the form a later sentence calls the person by.
export interface WorldName {
  country: string;
  demonym: string;
  title: string;
  name: string;
  short: string;
}

const row = (country: string, demonym: string, title: string, name: string, short = name.split(" ").pop()!): WorldName =>
  ({ country, demonym, title, name, short });

export const WORLD_NAMES: WorldName[] = [
  row("TUR", "Turkish", "President", "Recep Tayyip Erdoğan"),
  row("TUR", "Turkish", "Foreign Minister", "Hakan Fidan"),
  row("POL", "Polish", "Foreign Minister", "Radosław Sikorski"),
  row("CZE", "Czech", "Foreign Minister", "Jan Lipavský"),
  row("SVK", "Slovak", "envoy", "Miroslav Lajčák"),
  row("ROU", "Romanian", "President", "Nicușor Dan", "Nicușor Dan"),
  row("HUN", "Hungarian", "Foreign Minister", "Péter Szijjártó"),
  row("VNM", "Vietnamese", "Deputy Foreign Minister", "Đặng Hoàng Giang", "Đặng Hoàng Giang"),
  row("AZE", "Azerbaijani", "Foreign Minister", "Ceyhun Bayramov"),
  row("AZE", "Azerbaijani", "presidential adviser", "Hikmət Hacıyev"),
  row("LTU", "Lithuanian", "Foreign Minister", "Kęstutis Budrys"),
  row("LVA", "Latvian", "President", "Edgars Rinkēvičs"),
  row("EST", "Estonian", "lawmaker", "Tõnis Lukas"),
  row("NOR", "Norwegian", "Prime Minister", "Jonas Gahr Støre"),
  row("DNK", "Danish", "Foreign Minister", "Lars Løkke Rasmussen"),
  row("ISL", "Icelandic", "Foreign Minister", "Þorgerður Katrín Gunnarsdóttir"),
  row("FIN", "Finnish", "Defence Minister", "Antti Häkkänen"),
  row("SWE", "Swedish", "Prime Minister", "Ulf Kristersson"),
  row("SAU", "Saudi", "Foreign Minister", "Faisal bin Farhan", "Faisal bin Farhan"),
  row("IRQ", "Iraqi", "Prime Minister", "Mohammed Shia al-Sudani", "al-Sudani"),
  row("IRN", "Iranian", "Foreign Minister", "Abbas Araghchi"),
  row("AFG", "Afghan", "spokesman", "Zabihullah Mujahid"),
  row("ESP", "Spanish", "Prime Minister", "Pedro Sánchez"),
  row("BRA", "Brazilian", "President", "Luiz Inácio Lula da Silva", "Lula"),
  row("PRT", "Portuguese", "Prime Minister", "Luís Montenegro", "Luís Montenegro"),
  row("NLD", "Dutch", "lawmaker", "Dilan Yeşilgöz-Zegerius"),
  row("DEU", "German", "lawmaker", "Julia Klöckner"),
  row("FRA", "French", "Foreign Minister", "Jean-Noël Barrot"),
  row("MRT", "Mauritanian", "President", "Mohamed Ould Ghazouani", "Ghazouani"),
  row("IRL", "Irish", "Prime Minister", "Micheál Martin"),
  row("SRB", "Serbian", "President", "Aleksandar Vučić"),
  row("HRV", "Croatian", "Prime Minister", "Andrej Plenković"),
  row("SVN", "Slovenian", "President", "Nataša Pirc Musar", "Pirc Musar"),
  row("BIH", "Bosnian", "Foreign Minister", "Elmedin Konaković"),
  row("KAZ", "Kazakh", "President", "Qasym-Jomart Toqaev"),
  row("MEX", "Mexican", "Foreign Minister", "Juan Ramón de la Fuente", "de la Fuente"),
  row("CHL", "Chilean", "Foreign Minister", "Alberto van Klaveren", "van Klaveren"),
  row("COL", "Colombian", "Foreign Minister", "Álvaro Leyva"),
  row("ISR", "Israeli", "Foreign Minister", "Gideon Sa'ar"),
  row("QAT", "Qatari", "Prime Minister", "Mohammed bin Abdulrahman Al Thani", "Al Thani"),
  row("OMN", "Omani", "Foreign Minister", "Badr bin Hamad Al Busaidi", "Busaidi"),
  row("KOR", "South Korean", "President", "Lee Jae-myung", "Lee"),
  row("BEL", "Belgian", "Prime Minister", "Bart De Wever", "De Wever"),
  row("MNE", "Montenegrin", "President", "Jakov Milatović"),
  row("SEN", "Senegalese", "President", "Bassirou Diomaye Faye"),
  row("ARG", "Argentine", "President", "Javier Milei"),
  row("MDA", "Moldovan", "President", "Maia Sandu"),
  row("GBR", "Northern Ireland's", "leader", "Michelle O'Neill"),
];
