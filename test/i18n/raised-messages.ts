// Every message template the server's code can put into an API answer, read from the source with
// the TypeScript parser: the texts given to the errors that answer (AppError and the analytics
// errors, their `super` calls), to the helpers that raise them (`fail`, `unreadable`, a reader's
// `problem`; `notFound('actor', …)` as "actor '{}' does not exist"), to zod checks (`.refine`,
// `.regex`, `.min` …, `error:`), and every `message`, `hint` or `problem` field. A substitution
// `${…}` becomes `{}`, or each word when it is a choice of literal words. Start-up, CLI and log
// texts are not answers and are left out.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const ANSWERING_ERRORS = new Set([
  'AppError',
  'ValidationError',
  'NotFoundError',
  'ConflictError',
  'ReferenceError422',
  'ForbiddenError',
  'InvalidQuery',
  'UnknownActor',
  'UnknownReference',
  'NotConverged',
  'Stopped',
]);
/** Calls whose every text argument is a message. */
const MESSAGE_CALLS = new Set(['fail', 'unreadable', 'unreadableUpload', 'problem', 'integer', 'super']);
/** zod checks: the arguments after the first are the message. */
const CHECK_CALLS = new Set(['refine', 'regex', 'min', 'max', 'gt', 'lt', 'gte', 'lte', 'length', 'int', 'string', 'number']);
const MESSAGE_FIELDS = new Set(['message', 'error', 'hint', 'problem']);
/** Helpers that say a kind of record (their first argument) does not exist or is taken, as errors.ts words it. */
const KIND_MESSAGES = new Map([
  ['NotFoundError', "{} '{}' does not exist"],
  ['notFound', "{} '{}' does not exist"],
  ['conflictOnId', "{} '{}' already exists"],
]);
const NOT_ANSWERS = [/^server\/cli\//, /^server\/seed\//, /^server\/config\.ts$/, /^server\/main\.ts$/, /report-|markdown/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The texts an expression can be: a literal, a template (substitutions as `{}`), either branch of a condition. */
function textsOf(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    // A substitution that is a choice of words (`${n === 1 ? 'tie' : 'ties'}`) gives one template per word.
    return node.templateSpans.reduce(
      (heads, span) => {
        const words = textsOf(span.expression);
        const choices = words.length > 0 && words.every((w) => !w.includes('{}')) ? words : ['{}'];
        return heads.flatMap((head) => choices.map((choice) => `${head}${choice}${span.literal.text}`));
      },
      [node.head.text],
    );
  }
  if (ts.isParenthesizedExpression(node)) return textsOf(node.expression);
  if (ts.isConditionalExpression(node)) return [...textsOf(node.whenTrue), ...textsOf(node.whenFalse)];
  if (ts.isArrowFunction(node)) return textsOf(node.body);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const [left, right] = [textsOf(node.left), textsOf(node.right)];
    return left.length === 1 && right.length === 1 ? [`${left[0]}${right[0]}`] : [...left, ...right];
  }
  return [];
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return callee.kind === ts.SyntaxKind.SuperKeyword ? 'super' : '';
}

/** Message templates by where they are raised (`file: template`). */
export function raisedMessages(root = 'server'): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(root)) {
    if (NOT_ANSWERS.some((pattern) => pattern.test(file))) continue;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const keep = (node: ts.Node) => {
      // Two substitutions side by side are one text (`${list}${more}`).
      for (const text of textsOf(node)) if (/[a-z] /i.test(text)) found.set(text.replaceAll('{}{}', '{}'), file);
    };
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node) && ANSWERING_ERRORS.has(calleeName(node))) node.arguments?.forEach(keep);
      if (ts.isNewExpression(node) || ts.isCallExpression(node)) {
        const template = KIND_MESSAGES.get(calleeName(node));
        const [kind] = node.arguments ?? [];
        if (template && kind && ts.isStringLiteral(kind)) found.set(template.replace('{}', kind.text), file);
      }
      if (ts.isCallExpression(node)) {
        const name = calleeName(node);
        if (MESSAGE_CALLS.has(name)) node.arguments.forEach(keep);
        if (CHECK_CALLS.has(name)) node.arguments.slice(name === 'string' || name === 'int' ? 0 : 1).forEach(keep);
      }
      if (ts.isPropertyAssignment(node) && MESSAGE_FIELDS.has(node.name.getText(source))) keep(node.initializer);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
