// What the CLI prints: results on stdout, notes and problems on stderr; with --json exactly one
// JSON document on stdout and nothing else. A progress line is drawn only on a terminal's stderr.
import type { ImportProblem } from '../interchange/problems.ts';

export interface Output {
  readonly json: boolean;
  /** The result: its JSON for --json, else the human text. */
  result(json: unknown, human: string): void;
  /** A note for a person (stderr); silent with --json. */
  note(text: string): void;
  /** Run `work`, showing that `label` is under way while it runs. */
  during<T>(label: string, work: () => Promise<T>): Promise<T>;
}

/** What the output writes to: process.stdout and process.stderr, or a test's sink. */
export interface TextSink {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function makeOutput(json: boolean, stdout: TextSink = process.stdout, stderr: TextSink = process.stderr): Output {
  return {
    json,
    result(value, human) {
      stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : human.endsWith('\n') || human === '' ? human : `${human}\n`);
    },
    note(text) {
      if (!json) stderr.write(`${text}\n`);
    },
    async during(label, work) {
      if (json || !stderr.isTTY) return work();
      const started = Date.now();
      let frame = 0;
      const draw = () => {
        const seconds = Math.floor((Date.now() - started) / 1000);
        stderr.write(`\r${FRAMES[frame++ % FRAMES.length]} ${label} ${seconds} s`);
      };
      draw();
      const timer = setInterval(draw, 100);
      try {
        return await work();
      } finally {
        clearInterval(timer);
        stderr.write('\r\x1b[2K');
      }
    },
  };
}

/** An import's problems, one line each, as the API listed them. */
export function problemLines(problems: readonly ImportProblem[], total: number): string {
  const lines = problems.map(({ sheet, row, column, message }) => {
    const at = [sheet, row === null ? null : `row ${row}`, column === null ? null : `column ${column}`].filter((x) => x !== null);
    return `  ${at.join(', ')}: ${message}`;
  });
  if (total > problems.length) lines.push(`  … and ${total - problems.length} more`);
  return lines.join('\n');
}
