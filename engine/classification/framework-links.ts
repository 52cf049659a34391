import type { Category, Framework } from '../definitions/definition-schema.js';
import type { ClassifiedFrameworkId } from './classification-types.js';
import { contentKeys } from './definition-similarity.js';

/**
 * The theory's relations between categories, as a weighted graph over the classified categories:
 * - `between`: `framework:category` → related category of another classified framework → strength 0..1
 *   (leans-to, equivalent-to and `related` count fully, combines-with and phase-leans-to half; a link through
 *   one intermediate category, e.g. via a sturingsrol, counts half of its weakest step); categories of different
 *   classified frameworks whose definitions resemble each other strongly get a weaker affinity link, so the
 *   theory's correspondences that no relation spells out (a participerende overheid and a facilitator) still count;
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
/** Definition similarity (cosine) from which two categories of different frameworks get an affinity link … */
const AFFINITY_THRESHOLD = 0.12;
/** … weighing this multiple of the similarity, at most AFFINITY_MAXIMUM. */
const AFFINITY_SCALE = 2.5;
const AFFINITY_MAXIMUM = 0.5;

function definitionWords(category: Category): string {
  const rubric = Object.values(category.elementIndicators ?? {}).flat();
  return [category.label, category.summary, ...Object.values(category.dimensions), ...rubric, ...category.indicators.map((indicator) => indicator.phrase)].join(' ');
}

/** Affinity edges between categories of different classified frameworks, from the cosine of their definitions. */
function addAffinityEdges(graph: Map<string, Map<string, number>>, frameworks: readonly Framework[]): void {
  const nodes: { node: string; framework: string; counts: Map<string, number> }[] = [];
  for (const framework of frameworks) {
    for (const category of framework.categories) {
      const counts = new Map<string, number>();
      for (const key of contentKeys(definitionWords(category))) counts.set(key, (counts.get(key) ?? 0) + 1);
      nodes.push({ node: `${framework.id}:${category.id}`, framework: framework.id, counts });
    }
  }
  const frequency = new Map<string, number>();
  for (const { counts } of nodes) for (const key of counts.keys()) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const vectors = nodes.map(({ counts }) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [key, count] of counts) {
      const weight = (1 + Math.log(count)) * Math.log(nodes.length / (frequency.get(key) ?? 1));
      vector.set(key, weight);
      norm += weight * weight;
    }
    const length = Math.sqrt(norm) || 1;
    for (const [key, weight] of vector) vector.set(key, weight / length);
    return vector;
  });
  for (let left = 0; left < nodes.length; left++) {
    for (let right = left + 1; right < nodes.length; right++) {
      if (nodes[left]?.framework === nodes[right]?.framework) continue;
      let cosine = 0;
      for (const [key, weight] of vectors[left] ?? new Map<string, number>()) cosine += weight * (vectors[right]?.get(key) ?? 0);
      if (cosine < AFFINITY_THRESHOLD) continue;
      addEdge(graph, nodes[left]?.node ?? '', nodes[right]?.node ?? '', Math.min(AFFINITY_MAXIMUM, AFFINITY_SCALE * cosine));
    }
  }
}

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
 * three sturingsmodellen) says nothing about which category applies: per source framework and target, the
 * weakest link is subtracted from all.
 */
function removeUninformativeLinks(between: Map<string, Map<string, number>>, allFrameworks: readonly Framework[], classified: ReadonlySet<string>): void {
  for (const framework of allFrameworks) {
    if (!classified.has(framework.id)) continue;
    const nodes = framework.categories.map((category) => `${framework.id}:${category.id}`);
    const targets = new Set(nodes.flatMap((node) => [...(between.get(node)?.keys() ?? [])]));
    for (const target of targets) {
      const floor = Math.min(...nodes.map((node) => between.get(node)?.get(target) ?? 0));
      if (floor <= 0) continue;
      for (const node of nodes) {
        const edges = between.get(node);
        const weight = edges?.get(target);
        if (!edges || weight === undefined) continue;
        if (weight - floor > 0) edges.set(target, weight - floor);
        else edges.delete(target);
      }
    }
  }
}

/**
 * Likewise, a category linked equally to every category of another framework (outcome is related to all three
 * sturingsmodellen) says nothing about which of them applies: per source and target framework, the weakest
 * link (zero when a target category has none) is subtracted.
 */
function removeIndiscriminateLinks(between: Map<string, Map<string, number>>, allFrameworks: readonly Framework[], classified: ReadonlySet<string>): void {
  const categoriesOf = new Map(
    allFrameworks.filter((framework) => classified.has(framework.id)).map((framework) => [framework.id, framework.categories.map((category) => `${framework.id}:${category.id}`)]),
  );
  for (const edges of between.values()) {
    for (const targets of categoriesOf.values()) {
      const floor = Math.min(...targets.map((target) => edges.get(target) ?? 0));
      if (floor <= 0) continue;
      for (const target of targets) {
        const weight = edges.get(target) ?? 0;
        if (weight - floor > 0) edges.set(target, weight - floor);
        else edges.delete(target);
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
  // What is steered on (uitkomststuring) is a matter of practice, not of resemblance between definitions.
  addAffinityEdges(
    graph,
    allFrameworks.filter((framework) => classifiedSet.has(framework.id) && framework.id !== 'uitkomststuring'),
  );
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
        // A second step must leave the middle's framework: relations within one framework ("combines-with")
        // say nothing about another framework.
        if (to !== from && frameworkOf(to) !== frameworkOf(middle)) consider(to, INDIRECT_FACTOR * Math.min(weight, second));
      }
    }
    if (result.size > 0) between.set(from, result);
  }
  removeUninformativeLinks(between, allFrameworks, classifiedSet);
  removeIndiscriminateLinks(between, allFrameworks, classifiedSet);
  return { between, contrasts };
}
