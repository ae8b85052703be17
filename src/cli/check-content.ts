/**
 * Checks all of content/ and prints every problem, one per line:
 *   path:line  field  what is wrong  → how to fix
 * then the drafts (never published). Exits 1 on any error; overdue reviews are warnings only (the
 * build must not depend on the clock).
 * Usage: node src/cli/check-content.ts [--no-warnings]
 */
import { inspectContent } from '../lib/validate/index.ts';
import { formatProblem } from '../lib/validate/problems.ts';
import { contentDir } from '../lib/content-paths.ts';

const { problems, drafts } = inspectContent(contentDir);
const errors = problems.filter((p) => p.level === 'error');
const warnings = problems.filter((p) => p.level === 'warning');
if (!process.argv.includes('--no-warnings')) for (const w of warnings) console.warn(`Cảnh báo: ${formatProblem(w)}`);
for (const e of errors) console.error(`Lỗi: ${formatProblem(e)}`);
if (drafts.length)
  console.log(
    `${drafts.length} bản nháp (draft: true), chỉ hiện khi xem thử, không được đăng:\n${drafts.map((d) => `  ${d}`).join('\n')}`,
  );
console.log(
  errors.length
    ? `Nội dung có ${errors.length} lỗi. Sửa các dòng trên rồi chạy lại "npm run check".`
    : `Nội dung hợp lệ (${warnings.length} cảnh báo).`,
);
process.exit(errors.length ? 1 : 0);
