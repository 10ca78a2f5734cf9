// CoNLL-U, the Universal Dependencies file format: read for training and scoring, written for users
// who inspect parses with standard tools (`sitrep annotate --format conllu`).

/** One syntactic word of a treebank sentence. `head` is 1-based as in the file; 0 is the root. */
export interface TreebankWord {
  form: string;
  lemma: string;
  upos: string;
  head: number;
  deprel: string;
}

/** A surface token: one word, or a multiword token ("don't") that spans several words. */
export interface SurfaceToken {
  form: string;
  firstWord: number; // 0-based, inclusive
  lastWord: number; // inclusive
  spaceAfter: boolean;
}

export interface TreebankSentence {
  id: string;
  words: TreebankWord[];
  surface: SurfaceToken[];
}

/** Reads every sentence of a CoNLL-U text; empty nodes ("8.1") are not words of the basic tree. */
export function readConllu(content: string): TreebankSentence[] {
  const sentences: TreebankSentence[] = [];
  let current: TreebankSentence = { id: "", words: [], surface: [] };
  let pendingMultiword: { last: number; form: string; spaceAfter: boolean } | undefined;
  const flush = () => {
    if (current.words.length) sentences.push(current);
    current = { id: "", words: [], surface: [] };
  };
  for (const line of content.split("\n")) {
    if (line.trim() === "") { flush(); continue; }
    if (line.startsWith("#")) {
      const id = /^# sent_id = (.+)$/.exec(line);
      if (id) current.id = id[1].trim();
      continue;
    }
    const cols = line.split("\t");
    if (cols.length < 10) throw new Error(`CoNLL-U line with ${cols.length} columns: ${line.slice(0, 80)}`);
    const range = /^(\d+)-(\d+)$/.exec(cols[0]);
    if (range) {
      pendingMultiword = { last: Number(range[2]), form: cols[1], spaceAfter: !/SpaceAfter=No/.test(cols[9]) };
      current.surface.push({ form: cols[1], firstWord: Number(range[1]) - 1, lastWord: Number(range[2]) - 1, spaceAfter: pendingMultiword.spaceAfter });
      continue;
    }
    if (cols[0].includes(".")) continue;
    const index = Number(cols[0]) - 1;
    current.words.push({ form: cols[1], lemma: cols[2], upos: cols[3], head: Number(cols[6]), deprel: cols[7] });
    if (pendingMultiword && index <= pendingMultiword.last - 1) {
      if (index === pendingMultiword.last - 1) pendingMultiword = undefined;
      continue;
    }
    current.surface.push({ form: cols[1], firstWord: index, lastWord: index, spaceAfter: !/SpaceAfter=No/.test(cols[9]) });
  }
  flush();
  return sentences;
}

/** The sentence's text as written, and each surface token's character span in it. */
export function surfaceText(sentence: TreebankSentence): { text: string; spans: Array<[number, number]> } {
  let text = "";
  const spans: Array<[number, number]> = [];
  for (const token of sentence.surface) {
    spans.push([text.length, text.length + token.form.length]);
    text += token.form + (token.spaceAfter ? " " : "");
  }
  return { text: text.trimEnd(), spans };
}

/** A parsed sentence for output: forms and the four columns the syntax stage fills. */
export interface ConlluRow {
  form: string;
  lemma: string;
  upos: string;
  head: number; // 1-based, 0 for the root
  deprel: string;
  spaceAfter: boolean;
}

const clean = (value: string) => (value === "" ? "_" : value.replace(/[\t\n\r]/g, " "));

/** One sentence in CoNLL-U, with its id and text as comments. */
export function writeConlluSentence(id: string, text: string, rows: ConlluRow[]): string {
  const lines = [`# sent_id = ${id}`, `# text = ${text.replace(/\s+/g, " ")}`];
  rows.forEach((row, i) => {
    lines.push([i + 1, clean(row.form), clean(row.lemma), row.upos, "_", "_", row.head, row.deprel, "_", row.spaceAfter ? "_" : "SpaceAfter=No"].join("\t"));
  });
  return lines.join("\n") + "\n\n";
}

/** An annotated document's sentences and tree tokens in CoNLL-U, one block per sentence. */
export function documentConllu(doc: { id: string; text: string; sentences?: Array<{ start: number; end: number }>; tokens?: Array<{ start: number; end: number; upos: string; lemma: string; head: number; deprel: string }> }): string {
  const tokens = doc.tokens ?? [];
  let out = `# newdoc id = ${doc.id}\n`;
  let t = 0;
  (doc.sentences ?? []).forEach((sentence, k) => {
    const first = t;
    while (t < tokens.length && tokens[t].start < sentence.end) t++;
    const rows: ConlluRow[] = tokens.slice(first, t).map((token, i, list) => ({
      form: doc.text.slice(token.start, token.end),
      lemma: token.lemma,
      upos: token.upos,
      head: token.head < 0 ? 0 : token.head - first + 1,
      deprel: token.deprel || "dep",
      spaceAfter: i + 1 >= list.length || list[i + 1].start > token.end,
    }));
    if (rows.length) out += writeConlluSentence(`${doc.id}-${k + 1}`, doc.text.slice(sentence.start, sentence.end), rows);
  });
  return out;
}
