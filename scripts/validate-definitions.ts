/**
 * Developer tool: validates model and glossary files against the zod schema and checks their quotes.
 * Usage: npx tsx scripts/validate-definitions.ts corpus/models/sturingsmodel.json ...
 */
import { readFileSync } from 'node:fs';
import { frameworkSchema, glossarySchema } from '../engine/definitions/definition-schema.js';

let failures = 0;
for (const file of process.argv.slice(2)) {
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const schema = file.includes('glossary') ? glossarySchema : frameworkSchema;
  const result = schema.safeParse(json);
  if (!result.success) {
    failures++;
    console.log(`${file}: schema problems`);
    for (const issue of result.error.issues.slice(0, 30)) console.log(`  ${issue.path.join('.')}: ${issue.message}`);
  } else {
    console.log(`${file}: schema ok`);
  }
}
process.exitCode = failures > 0 ? 1 : 0;
