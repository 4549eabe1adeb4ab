// Writes the example renderings of docs/output.md from the captured envelopes (packages/core/test/fixtures/
// envelopes, see capture-envelopes.mjs), rendered at 80 columns without colour. Run after `npm run build`;
// packages/core/test/render.test.ts fails when the page is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderEnvelope } from '../packages/core/dist/render/index.js';
import { siteDisplayName } from '../packages/openstack/dist/sites/index.js';

const page = new URL('../docs/output.md', import.meta.url);
const fixture = (name) =>
  new URL(
    name === 'plan'
      ? '../examples/envelopes/plan.json'
      : `../packages/core/test/fixtures/envelopes/${name}.json`,
    import.meta.url,
  );

const text = readFileSync(page, 'utf8');
const blocks = [...text.matchAll(/<!-- render:([\w-]+) -->[\s\S]*?<!-- \/render:\1 -->/g)];
let updated = text;
for (const [block, name] of blocks) {
  const envelope = JSON.parse(readFileSync(fixture(name), 'utf8'));
  const rendering = await renderEnvelope(envelope, { columns: 80, color: false, siteName: siteDisplayName });
  const body = `<!-- render:${name} -->\n\`\`\`text\n${rendering}\`\`\`\n<!-- /render:${name} -->`;
  updated = updated.replace(block, body);
}
if (updated !== text) {
  writeFileSync(page, updated);
  console.log(`updated docs/output.md (${blocks.length} examples)`);
}
