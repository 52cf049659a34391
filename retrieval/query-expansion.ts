import { foldForMatching } from './normalize.js';

/**
 * Expands a query with the synonyms the theory itself defines: when a query names one member of an alias group
 * ("netwerkende overheid"), the other members ("New Public Governance", "NPG") are added to the search, so the
 * passages that use the other name are found too.
 */
export class QueryExpander {
  private readonly groups: Array<{ patterns: RegExp[]; members: string[] }>;

  constructor(aliasGroups: readonly string[][]) {
    this.groups = aliasGroups
      .map((members) => members.filter((member) => member.trim().length >= 2))
      .filter((members) => members.length >= 2)
      .map((members) => ({
        members,
        patterns: members.map((member) => {
          const folded = foldForMatching(member).replace(/[-\s]+/g, ' ').trim();
          const escaped = folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[-\\s]+');
          return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u');
        }),
      }));
  }

  /** Extra query text: the other names of every alias group the query mentions (case- and accent-insensitive). */
  expand(query: string): string {
    const folded = foldForMatching(query);
    const additions = new Set<string>();
    for (const group of this.groups) {
      const matched = group.patterns.findIndex((pattern) => pattern.test(folded));
      if (matched < 0) continue;
      group.members.forEach((member, index) => {
        if (index !== matched) additions.add(member);
      });
    }
    return [...additions].join(' ');
  }
}
