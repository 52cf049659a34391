/**
 * Developer tool: checks every {document, lines, quote} in the given JSON files against the corpus.
 * Usage: npx tsx scripts/verify-sources.ts corpus/models/*.json corpus/glossary/*.json
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SourceVerifier } from '../retrieval/source-verification.js';

const documents = fileURLToPath(new URL('../corpus/documents/', import.meta.url));
const verifier = new SourceVerifier(documents);
let failures = 0;
let checked = 0;
for (const file of process.argv.slice(2)) {
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const problems = verifier.checkAll(json);
  const count = JSON.stringify(json).match(/"quote"\s*:/g)?.length ?? 0;
  checked += count;
  for (const problem of problems) {
    failures++;
    console.log(`${file} ${problem.path}: ${problem.problem}\n    quote: ${problem.source.quote.slice(0, 160)}`);
  }
}
console.log(`${checked} quotes checked, ${failures} problems`);
process.exitCode = failures > 0 ? 1 : 0;
