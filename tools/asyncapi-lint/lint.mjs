// Parses and validates an AsyncAPI document with @asyncapi/parser (the AsyncAPI specification's JSON Schema, the
// external $refs resolved, and the parser's Spectral rules). Prints every diagnostic; exits 1 on an error or warning.
import { Parser, fromFile } from '@asyncapi/parser';

const severities = ['error', 'warning', 'info', 'hint'];
const file = process.argv[2];
const { document, diagnostics } = await fromFile(new Parser(), file).parse();
for (const d of diagnostics) {
  console.log(`${severities[d.severity]} ${d.code} ${d.path.join('.')}: ${d.message}`);
}
const failing = diagnostics.filter((d) => d.severity <= 1);
if (!document || failing.length > 0) {
  console.error(`asyncapi-lint: ${file}: ${failing.length} errors or warnings`);
  process.exit(1);
}
const channels = document.channels().all().map((c) => `${c.address()} (${c.messages().all().length} message)`);
console.log(`asyncapi-lint: ${file}: AsyncAPI ${document.version()}, channels ${channels.join(', ')}`);
