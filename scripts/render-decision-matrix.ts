// Writes docs/decision-matrix.md from the decision matrix and the clock catalogue in src/core.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderDecisionMatrixMarkdown } from '../src/core/decisions/render-markdown.js';

const target = fileURLToPath(new URL('../docs/decision-matrix.md', import.meta.url));
writeFileSync(target, renderDecisionMatrixMarkdown());
console.log('wrote docs/decision-matrix.md');
