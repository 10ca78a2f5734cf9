// Full-text search over the stored documents: SQLite's FTS5 or PostgreSQL's tsvector, paged so that a
// word found in most articles costs what a rare one does.
import { placeholders, type SqlDriver } from "./driver.ts";
import { SUMMARY_COLUMNS, toSummary } from "./document-label.ts";
import type { SearchHit } from "./types.ts";

/**
 * Full-text search ranks by relevance the SEARCH_RANKED most recently stored documents that match
 * (all of them, when fewer match), and lists any further matches after them, most recently stored
 * first: ranking every match of words found in half the corpus cost seconds at a million events.
 */
export const SEARCH_RANKED = 1000;

interface SearchPage {
  limit: number;
  offset: number;
  /** How many of the most recently stored matches are ranked. */
  ranked: number;
}

/** One hit of a search page, before its document summary is read. */
interface PageHit {
  docNo: number;
  snippet: string;
  /** Higher is a better match. */
  rank: number;
}

/**
 * Matches in the order SEARCH_RANKED explains: the most recently stored matching documents ranked
 * by relevance, then any further matches, most recently stored first. Both orders are read from an
 * index and stop at the page's end (FTS5's rowid order; PostgreSQL's primary key, or the GIN index
 * when few documents match), so a word found in most articles costs what a rare one does.
 */
export async function searchDocuments(db: SqlDriver, text: string, options: { limit?: number; offset?: number; ranked?: number } = {}): Promise<SearchHit[]> {
  const page = { limit: options.limit ?? 20, offset: options.offset ?? 0, ranked: options.ranked ?? SEARCH_RANKED };
  if (db.dialect === "postgres") return searchTsvector(db, text, page);
  const hits = await searchFts5(db, text, page);
  if (!hits.length) return [];
  const rows = await db.all(`SELECT ${SUMMARY_COLUMNS}, d.doc_no FROM documents d WHERE d.doc_no IN (${placeholders(hits.length)})`, hits.map((h) => h.docNo));
  const summaries = new Map(rows.map((r) => [Number(r.doc_no), toSummary(r)]));
  return hits.filter((h) => summaries.has(h.docNo)).map((h) => ({ document: summaries.get(h.docNo)!, snippet: h.snippet, rank: h.rank }));
}

/** SQLite: FTS5 gives matches newest first (rowid = doc_no order) and bm25 (lower is better; negated here). */
async function searchFts5(db: SqlDriver, text: string, { limit, offset, ranked }: SearchPage): Promise<PageHit[]> {
  const terms = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!terms.length) return [];
  const match = terms.map((t) => `"${t}"`).join(" ");
  const SNIPPET = "snippet(documents_fts, 1, '[', ']', '…', 16)";
  const hits: PageHit[] = [];
  if (offset < ranked) {
    const candidates = await db.all<{ doc_no: number; rank: number }>(
      "SELECT rowid AS doc_no, bm25(documents_fts) AS rank FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
      [match, ranked],
    );
    const position = new Map(candidates.map((c, i) => [c.doc_no, i]));
    const chosen = [...candidates].sort((a, b) => a.rank - b.rank || b.doc_no - a.doc_no).slice(offset, offset + limit);
    if (chosen.length) {
      // Snippets for the page only, in one more walk down the same matches (a snippet reads the
      // text again; FTS5 restarts the match for each `rowid =` or `rowid IN` lookup, 2-5 ms each
      // for common words, and walks a rowid range slowly).
      const [first, last] = [Math.min(...chosen.map((c) => position.get(c.doc_no)!)), Math.max(...chosen.map((c) => position.get(c.doc_no)!))];
      const ids = chosen.map((c) => c.doc_no);
      const snippets = await db.all<{ doc_no: number; snippet: string | null }>(
        `SELECT rowid AS doc_no, CASE WHEN rowid IN (${placeholders(ids.length)}) THEN ${SNIPPET} END AS snippet
         FROM documents_fts WHERE documents_fts MATCH ? AND rowid <= ? ORDER BY rowid DESC LIMIT ?`,
        [...ids, match, candidates[first].doc_no, last - first + 1],
      );
      const snippetOf = new Map(snippets.map((r) => [Number(r.doc_no), String(r.snippet ?? "")]));
      hits.push(...chosen.map((c) => ({ docNo: c.doc_no, snippet: snippetOf.get(c.doc_no) ?? "", rank: -c.rank })));
    }
  }
  if (offset + limit > ranked) {
    const rest = await db.all<{ doc_no: number; snippet: string; rank: number }>(
      `SELECT rowid AS doc_no, ${SNIPPET} AS snippet, bm25(documents_fts) AS rank FROM documents_fts WHERE documents_fts MATCH ?
       ORDER BY rowid DESC LIMIT ? OFFSET ?`,
      [match, offset + limit - Math.max(offset, ranked), Math.max(offset, ranked)],
    );
    hits.push(...rest.map((r) => ({ docNo: Number(r.doc_no), snippet: String(r.snippet), rank: -Number(r.rank) })));
  }
  return hits;
}

/**
 * PostgreSQL: the stored tsvector (schema v8) ranked with ts_rank for the candidates only; the
 * newest matches come from the primary key read backwards (words in many documents) or the GIN
 * index (words in few), as the planner's statistics say.
 */
async function searchTsvector(db: SqlDriver, text: string, { limit, offset, ranked }: SearchPage): Promise<SearchHit[]> {
  const matches = "documents d, websearch_to_tsquery('english', ?) q WHERE d.search @@ q";
  const ids: number[] = [];
  if (offset < ranked) {
    const rows = await db.all<{ doc_no: number }>(
      `SELECT doc_no FROM (SELECT d.doc_no, d.search, q FROM ${matches} ORDER BY d.doc_no DESC LIMIT ?) candidates
       ORDER BY ts_rank(search, q) DESC, doc_no DESC LIMIT ? OFFSET ?`,
      [text, ranked, Math.min(limit, ranked - offset), offset],
    );
    ids.push(...rows.map((r) => Number(r.doc_no)));
  }
  if (offset + limit > ranked) {
    const rows = await db.all<{ doc_no: number }>(
      `SELECT d.doc_no FROM ${matches} ORDER BY d.doc_no DESC LIMIT ? OFFSET ?`,
      [text, offset + limit - Math.max(offset, ranked), Math.max(offset, ranked)],
    );
    ids.push(...rows.map((r) => Number(r.doc_no)));
  }
  if (!ids.length) return [];
  // Headlines for the page only: ts_headline parses the text again.
  const rows = await db.all(
    `SELECT ${SUMMARY_COLUMNS}, d.doc_no, ts_headline('english', d.text, q, 'StartSel=[, StopSel=], MaxWords=30, MinWords=12') AS snippet, ts_rank(d.search, q) AS rank
     FROM documents d, websearch_to_tsquery('english', ?) q WHERE d.doc_no IN (${placeholders(ids.length)})`,
    [text, ...ids],
  );
  const byDocNo = new Map(rows.map((r) => [Number(r.doc_no), r]));
  return ids.filter((n) => byDocNo.has(n)).map((n) => {
    const r = byDocNo.get(n)!;
    return { document: toSummary(r), snippet: String(r.snippet), rank: Number(r.rank) };
  });
}
