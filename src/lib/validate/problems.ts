/** A problem found in a content file, printed for editors as `path:line  field  what  how to fix`. */
export interface Problem {
  file: string;
  line: number;
  field: string;
  message: string;
  fix: string;
  level: 'error' | 'warning';
}

export const formatProblem = (p: Problem) =>
  `${p.file}:${p.line}  ${p.field || '-'}  ${p.message}${p.fix ? `  → ${p.fix}` : ''}`;
