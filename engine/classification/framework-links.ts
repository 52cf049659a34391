import type { Framework } from '../definitions/definition-schema.js';
import type { ClassifiedFrameworkId } from './classification-types.js';

/**
 * The theory's relations between categories, as a weighted graph over the classified categories:
 * - `between`: `framework:category` → related category of another classified framework → strength 0..1
 *   (leans-to, equivalent-to and `related` count fully, combines-with and phase-leans-to half; a link through
 *   one intermediate category, e.g. via a sturingsrol, counts half of its weakest step);
 * - `contrasts`: `framework:category` → categories of the same framework it contrasts with.
 */
export interface FrameworkLinks {
  between: ReadonlyMap<string, ReadonlyMap<string, number>>;
  contrasts: ReadonlyMap<string, readonly string[]>;
}

const KIND_WEIGHT: Readonly<Record<string, number>> = {
  'leans-to': 1,
  'equivalent-to': 1,
  'combines-with': 0.5,
  'phase-leans-to': 0.5,
};
const RELATED_WEIGHT = 1;
const INDIRECT_FACTOR = 0.5;

function frameworkOf(node: string): string {
  return node.split(':')[0] ?? '';
}

function addEdge(graph: Map<string, Map<string, number>>, from: string, to: string, weight: number): void {
  if (from === to || !from.includes(':') || !to.includes(':')) return;
  for (const [left, right] of [
    [from, to],
    [to, from],
  ] as const) {
    const edges = graph.get(left) ?? new Map<string, number>();
    edges.set(right, Math.max(edges.get(right) ?? 0, weight));
    graph.set(left, edges);
  }
}

/**
 * A link that every category of a framework has to the same target (uitkomststuring:outcome is related to all
 * three sturingsmodellen) says nothing about which category applies; such links are dropped.
 */
function removeUninformativeLinks(between: Map<string, Map<string, number>>, allFrameworks: readonly Framework[], classified: ReadonlySet<string>): void {
  for (const framework of allFrameworks) {
    if (!classified.has(framework.id)) continue;
    const nodes = framework.categories.map((category) => `${framework.id}:${category.id}`);
    const targets = new Set(nodes.flatMap((node) => [...(between.get(node)?.keys() ?? [])]));
    for (const target of targets) {
      if (nodes.every((node) => (between.get(node)?.get(target) ?? 0) > 0)) {
        for (const node of nodes) between.get(node)?.delete(target);
      }
    }
  }
}

/** Reads the relations and `related` lists of every framework (classified or not) into links. */
export function buildFrameworkLinks(allFrameworks: readonly Framework[], classified: readonly ClassifiedFrameworkId[]): FrameworkLinks {
  const graph = new Map<string, Map<string, number>>();
  const contrasts = new Map<string, string[]>();
  const known = new Set(allFrameworks.flatMap((framework) => framework.categories.map((category) => `${framework.id}:${category.id}`)));
  for (const framework of allFrameworks) {
    for (const relation of framework.relations) {
      if (!known.has(relation.from) || !known.has(relation.to)) continue;
      if (relation.kind === 'contrasts-with') {
        if (frameworkOf(relation.from) === frameworkOf(relation.to)) {
          for (const [left, right] of [
            [relation.from, relation.to],
            [relation.to, relation.from],
          ] as const) {
            const list = contrasts.get(left) ?? [];
            if (!list.includes(right)) list.push(right);
            contrasts.set(left, list);
          }
        }
        continue;
      }
      addEdge(graph, relation.from, relation.to, KIND_WEIGHT[relation.kind] ?? 0.5);
    }
    for (const category of framework.categories) {
      for (const related of category.related) {
        if (known.has(related)) addEdge(graph, `${framework.id}:${category.id}`, related, RELATED_WEIGHT);
      }
    }
  }
  const classifiedSet = new Set<string>(classified);
  const between = new Map<string, Map<string, number>>();
  for (const [from, edges] of graph) {
    if (!classifiedSet.has(frameworkOf(from))) continue;
    const result = new Map<string, number>();
    const consider = (to: string, weight: number): void => {
      if (!classifiedSet.has(frameworkOf(to)) || frameworkOf(to) === frameworkOf(from)) return;
      result.set(to, Math.max(result.get(to) ?? 0, weight));
    };
    for (const [middle, weight] of edges) {
      consider(middle, weight);
      if (frameworkOf(middle) === frameworkOf(from)) continue;
      for (const [to, second] of graph.get(middle) ?? new Map<string, number>()) {
        if (to !== from) consider(to, INDIRECT_FACTOR * Math.min(weight, second));
      }
    }
    if (result.size > 0) between.set(from, result);
  }
  removeUninformativeLinks(between, allFrameworks, classifiedSet);
  return { between, contrasts };
}
