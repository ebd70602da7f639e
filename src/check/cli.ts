// `npm run check`: validates content/ and exits non-zero, naming file, field and fix, when anything is
// wrong. Warnings (text that looks untranslated) are printed but do not fail it.
import { checkContent } from './check-content.ts';
import { contentDir } from './content-dir.ts';
import { errorsIn, formatProblems } from './problem.ts';

const dir = contentDir();
const problems = await checkContent(dir);
if (problems.length > 0) console.error(formatProblems(problems));
if (errorsIn(problems).length > 0) process.exit(1);
console.log(`Content check passed: ${dir}`);
