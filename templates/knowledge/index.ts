// Product knowledge-base entries shipped with the platform (MISSION C3): integration API docs,
// compatibility matrices (ERP/MES, 信创, hospital, retail…), limits and guides. Form templates link
// to them by id (`knowledgeLinks[].key`, e.g. kb.mes-api); the server seeds them into the
// knowledge base on first start. JSON import (no fs) so the browser can load them too.
//
// entries.json is an array of entries:
//   id     stable key the templates link to, `kb.<slug>` (ArtifactKey pattern)
//   title  { zh, en }
//   kind   'api' | 'compatibility' | 'limit' | 'guide'
//   body   { zh, en } markdown (tables allowed)
//   tags   search keywords, Chinese and English
//   url?   optional external document address
import type { I18nText } from '../../schemas';
import entries from './entries.json' with { type: 'json' };

export type KnowledgeKind = 'api' | 'compatibility' | 'limit' | 'guide';

export const KNOWLEDGE_KINDS: readonly KnowledgeKind[] = ['api', 'compatibility', 'limit', 'guide'];

export interface KnowledgeEntry {
  id: string;
  title: I18nText;
  kind: KnowledgeKind;
  body: I18nText;
  tags: string[];
  url?: string;
}

/** Every shipped knowledge entry, fresh copies each call (callers may mutate them). */
export function loadKnowledgeEntries(): KnowledgeEntry[] {
  return JSON.parse(JSON.stringify(entries)) as KnowledgeEntry[];
}
