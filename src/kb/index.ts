// The knowledge base: countries, places, organisations and dated actors, loaded from data files.

export interface KnowledgeBase {
  /** Files the knowledge base was read from, for provenance. */
  files: string[];
}

export interface LoadOptions {
  /** Extra user files (YAML/JSON, or CAMEO/PETRARCH actor dictionaries) read after the bundled data. */
  extraPaths?: string[];
}

export function loadKnowledgeBase(options: LoadOptions = {}): KnowledgeBase {
  return { files: options.extraPaths ?? [] };
}
