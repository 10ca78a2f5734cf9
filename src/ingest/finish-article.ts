// The last step for every format: the user's overrides win, and the publication date is checked,
// never invented: without one the article says so, since relative dates then cannot be resolved.
import type { Article, ArticleMeta } from "../model/index.ts";
import { mergeMeta, presentMeta, type ArticleDraft } from "./article-draft.ts";
import { publicationDay } from "./publication-date.ts";

export const NO_PUBLISHED_WARNING = "no publication date found; relative dates cannot be resolved";

export function finishArticle(input: string, draft: ArticleDraft, overrides: ArticleMeta, now: Date): Article {
  const meta = presentMeta({ ...mergeMeta(overrides, draft.meta) });
  const warnings = [...draft.warnings];
  if (!meta.published) warnings.push(NO_PUBLISHED_WARNING);
  else if (publicationDay(meta.published) > now.toISOString().slice(0, 10)) {
    warnings.push(`publication date ${meta.published} is in the future`);
  }
  const article: Article = { input, ...meta, text: draft.text, warnings };
  if (draft.offsets) article.offsets = draft.offsets;
  if (draft.captions?.length) article.captions = draft.captions.map((c) => ({ ...c, text: draft.text.slice(c.start, c.end) }));
  return article;
}
