/**
 * FollowTheMoney entities as line-delimited JSON, the format OCCRP Aleph (`alephclient
 * write-entities`) and OpenSanctions' tools load: people (`Person`), delegations and
 * organizations (`Organization`: FtM's `Membership.organization` accepts only organizations),
 * `Membership` for members and heads (and people affiliated with an organization), and each
 * article as an `Article` whose URL is every entity's `sourceUrl`. Places and statements have no
 * FtM counterpart without a country code or a document model; they stay in the other formats.
 */
import type { SerializedGraph } from 'graphology-types';
import type { ArticleRecord, Mention, NodeAttributes } from '../types';
import { nmtoken } from './ids';

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const SCHEMAS: Record<string, string> = {
  person: 'Person',
  delegation: 'Organization',
  organization: 'Organization',
};

const ROLE: Record<string, string> = {
  heads: 'head',
  member_of: 'member',
  affiliated_with: 'affiliated',
};

export function ftmEntities(graph: SerializedGraph): FtmEntity[] {
  const articles = (graph.attributes?.articles ?? []) as ArticleRecord[];
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const nodes = new Map(graph.nodes.map((n) => [n.key, (n.attributes ?? {}) as NodeAttributes]));
  const id = (key: string) => `isnad-${nmtoken(key)}`;
  const urlsOf = (mentions: readonly Mention[] | undefined) => [
    ...new Set(
      (mentions ?? []).map((m) => articleById.get(m.article)?.url).filter((u): u is string => !!u),
    ),
  ];
  const entities: FtmEntity[] = articles.map((article) => ({
    id: id(`article:${article.id}`),
    schema: 'Article',
    properties: props({
      title: [article.title],
      sourceUrl: [article.url],
      publishedAt: [article.date],
      publisher: [article.source],
      bodyText: [article.text.slice(0, article.bodyEnd ?? article.text.length)],
    }),
  }));
  for (const [key, a] of nodes) {
    const schema = SCHEMAS[a.kind];
    if (!schema) continue;
    entities.push({
      id: id(key),
      schema,
      properties: props({
        name: [a.label],
        alias: [...(a.aliases ?? []), a.labelEn].filter((n) => n !== a.label),
        ...(schema === 'Person' ? { position: [a.kind === 'person' ? a.role : undefined] } : {}),
        sourceUrl: urlsOf(a.mentions),
      }),
    });
  }
  graph.edges.forEach(({ source, target, attributes }, i) => {
    const kind = String(attributes?.kind ?? '');
    const role = ROLE[kind];
    const groupKind = nodes.get(target)?.kind;
    const isGroup = groupKind === 'delegation' || groupKind === 'organization';
    if (!role || nodes.get(source)?.kind !== 'person' || !isGroup) return;
    entities.push({
      id: id(`membership:${source}:${target}:${i}`),
      schema: 'Membership',
      properties: props({
        member: [id(source)],
        organization: [id(target)],
        role: [role],
        sourceUrl: urlsOf(attributes?.mentions as Mention[] | undefined),
      }),
    });
  });
  return entities;
}

/** FtM properties are lists of strings; empty ones are left out. */
function props(
  values: Record<string, ReadonlyArray<string | undefined>>,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, list] of Object.entries(values)) {
    const kept = [...new Set(list.filter((v): v is string => typeof v === 'string' && v !== ''))];
    if (kept.length > 0) out[name] = kept;
  }
  return out;
}

export function toFtm(graph: SerializedGraph): string {
  return (
    ftmEntities(graph)
      .map((entity) => JSON.stringify(entity))
      .join('\n') + '\n'
  );
}
