/**
 * The editors' comments (`/** … *\/`) on the fields of the content schemas, read from the TypeScript
 * source: they become the labels and help texts of the browser editor's forms, so a comment is
 * written once, next to the rule it explains. Each schema is followed through its helpers (`sources()`,
 * `...review`, `draft`) across the files of src/schemas, and the Vietnamese labels of each choice are
 * read from the map given to `labelledEnum` (e.g. `eventCategories`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import ts from 'typescript';

/** What the source says about a field, and about the fields inside it. */
export interface Docs {
  /** The field's comment, on one line. */
  doc: string;
  /** An object's fields. */
  fields: Map<string, Docs>;
  /** A list's item. */
  item?: Docs;
  /** A choice's values with their labels (value → label). */
  labels?: Record<string, string>;
}

const empty = (): Docs => ({ doc: '', fields: new Map() });
// Commands and tests run from the project's root.
const schemasDir = resolvePath('src/schemas');
const sources = new Map<string, ts.SourceFile>();
const sourceFile = (path: string) => {
  if (!sources.has(path))
    sources.set(path, ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true));
  return sources.get(path)!;
};

const commentOf = (node: ts.Node) =>
  ts
    .getJSDocCommentsAndTags(node)
    .map((d) => ts.getTextOfJSDocComment((d as ts.JSDoc).comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

type Found = { node: ts.VariableDeclaration | ts.FunctionDeclaration; sf: ts.SourceFile };

/** The declaration a name stands for in a file: its own top-level ones, then its named imports. */
function resolve(name: string, sf: ts.SourceFile): Found | undefined {
  for (const s of sf.statements) {
    if (ts.isVariableStatement(s))
      for (const d of s.declarationList.declarations) if (d.name.getText(sf) === name) return { node: d, sf };
    if (ts.isFunctionDeclaration(s) && s.name?.text === name) return { node: s, sf };
    if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && s.moduleSpecifier.text.startsWith('.')) {
      const named = s.importClause?.namedBindings;
      if (!named || !ts.isNamedImports(named)) continue;
      const spec = named.elements.find((e) => e.name.text === name);
      if (spec)
        return resolve(
          (spec.propertyName ?? spec.name).text,
          sourceFile(join(dirname(sf.fileName), s.moduleSpecifier.text)),
        );
    }
  }
}

const declComment = ({ node }: Found) => commentOf(ts.isVariableDeclaration(node) ? node.parent.parent : node);

/** The expression a declaration stands for: a variable's value, a function's returned value. */
function valueOf({ node, sf }: Found): { expr: ts.Expression; sf: ts.SourceFile } | undefined {
  if (ts.isVariableDeclaration(node)) return node.initializer && { expr: node.initializer, sf };
  const ret = node.body?.statements.find(ts.isReturnStatement)?.expression;
  return ret && { expr: ret, sf };
}

/** A `{ value: 'label' }` map written as an object literal (possibly `as const`). */
function stringMap(expr: ts.Expression, sf: ts.SourceFile): Record<string, string> | undefined {
  while (ts.isAsExpression(expr) || ts.isParenthesizedExpression(expr)) expr = expr.expression;
  if (ts.isIdentifier(expr)) {
    const found = resolve(expr.text, sf);
    const value = found && valueOf(found);
    return value && stringMap(value.expr, value.sf);
  }
  if (!ts.isObjectLiteralExpression(expr)) return undefined;
  const out: Record<string, string> = {};
  for (const p of expr.properties) {
    if (!ts.isPropertyAssignment(p) || !ts.isStringLiteral(p.initializer)) return undefined;
    out[ts.isStringLiteral(p.name) ? p.name.text : p.name.getText(sf)] = p.initializer.text;
  }
  return out;
}

const objectCalls = new Set(['object', 'strictObject', 'looseObject']);

/** What an expression building a Zod schema says about its fields. */
export function docsOf(expr: ts.Expression, sf: ts.SourceFile, seen = new Set<ts.Node>()): Docs {
  // Guards against a schema that refers to itself; a helper used twice is read twice.
  if (seen.has(expr)) return empty();
  seen = new Set(seen).add(expr);
  while (ts.isAsExpression(expr) || ts.isParenthesizedExpression(expr)) expr = expr.expression;
  if (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr)) {
    if (ts.isBlock(expr.body)) {
      const ret = expr.body.statements.find(ts.isReturnStatement)?.expression;
      return ret ? docsOf(ret, sf, seen) : empty();
    }
    return docsOf(expr.body, sf, seen);
  }
  if (ts.isIdentifier(expr)) {
    const found = resolve(expr.text, sf);
    const value = found && valueOf(found);
    return value ? docsOf(value.expr, value.sf, seen) : empty();
  }
  if (!ts.isCallExpression(expr)) return empty();
  const callee = expr.expression;
  if (ts.isPropertyAccessExpression(callee)) {
    const method = callee.name.text;
    const arg = expr.arguments[0];
    if (objectCalls.has(method) && arg && ts.isObjectLiteralExpression(arg))
      return { doc: '', fields: fieldsOf(arg, sf, seen) };
    if (method === 'array' && arg) return { doc: '', fields: new Map(), item: docsOf(arg, sf, seen) };
    // .optional(), .default(…), .min(…), .superRefine(…): the schema they are called on.
    return docsOf(callee.expression, sf, seen);
  }
  if (ts.isIdentifier(callee)) {
    // A helper: labelledEnum(eventCategories, …) carries its labels; others (sources(), title()) their own schema.
    const labels = expr.arguments.map((a) => stringMap(a, sf)).find(Boolean);
    const found = resolve(callee.text, sf);
    const value = found && valueOf(found);
    const inner = value ? docsOf(value.expr, value.sf, seen) : empty();
    // withPlaceholders(title()): the helper wraps its argument.
    const wrapped =
      !inner.fields.size && !inner.item && expr.arguments[0] ? docsOf(expr.arguments[0], sf, seen) : inner;
    return { ...wrapped, ...(labels && { labels }) };
  }
  return empty();
}

function fieldsOf(literal: ts.ObjectLiteralExpression, sf: ts.SourceFile, seen: Set<ts.Node>) {
  const fields = new Map<string, Docs>();
  for (const p of literal.properties) {
    if (ts.isPropertyAssignment(p)) {
      const inner = docsOf(p.initializer, sf, seen);
      fields.set(p.name.getText(sf).replace(/^['"]|['"]$/g, ''), { ...inner, doc: commentOf(p) || inner.doc });
    } else if (ts.isShorthandPropertyAssignment(p)) {
      // draft, order: a shared field, explained where it is declared.
      const found = resolve(p.name.text, sf);
      fields.set(p.name.text, { ...docsOf(p.name, sf, seen), doc: commentOf(p) || (found ? declComment(found) : '') });
    } else if (ts.isSpreadAssignment(p) && ts.isIdentifier(p.expression)) {
      // ...review: the fields of a shared object of fields.
      const found = resolve(p.expression.text, sf);
      const value = found && valueOf(found);
      if (value && ts.isObjectLiteralExpression(value.expr))
        for (const [k, v] of fieldsOf(value.expr, value.sf, seen)) fields.set(k, v);
    }
  }
  return fields;
}

/**
 * The comments of one content type, from the table in src/schemas/index.ts: `table` is
 * "markdownTypes" or "dataFiles", `key` the type's name in it.
 */
export function schemaDocs(table: 'markdownTypes' | 'dataFiles', key: string): Docs {
  const index = sourceFile(join(schemasDir, 'index.ts'));
  const found = resolve(table, index);
  const tableValue = found && valueOf(found);
  let literal = tableValue?.expr;
  while (literal && (ts.isSatisfiesExpression(literal) || ts.isAsExpression(literal))) literal = literal.expression;
  if (!literal || !ts.isObjectLiteralExpression(literal)) throw new Error(`src/schemas/index.ts: ${table} not found`);
  const entry = literal.properties.find((p) => p.name?.getText(index) === key);
  if (!entry || !ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer))
    throw new Error(`src/schemas/index.ts: ${table}.${key} not found`);
  const schema = entry.initializer.properties.find((p) => p.name?.getText(index) === 'schema');
  if (!schema || !ts.isPropertyAssignment(schema))
    throw new Error(`src/schemas/index.ts: ${table}.${key}.schema not found`);
  return docsOf(schema.initializer, index);
}
