// What the CLI prints, without a child process: --json is one JSON document on stdout and nothing
// on stderr; the progress line is drawn only on a terminal and erased when the work is done.
import { describe, expect, it } from 'vitest';
import { makeOutput, problemLines, type TextSink } from '../../server/cli/output.ts';

/** A stream that keeps what is written; `isTTY` as a terminal (or a pipe) would say. */
function stream(isTTY: boolean): TextSink & { text: string } {
  const sink = {
    isTTY,
    text: '',
    write(chunk: string) {
      sink.text += chunk;
    },
  };
  return sink;
}

describe('makeOutput', () => {
  it('--json prints only the JSON, even for notes and progress', async () => {
    const [stdout, stderr] = [stream(true), stream(true)];
    const out = makeOutput(true, stdout, stderr);
    out.note('created mapping x');
    expect(await out.during('importing', async () => 7)).toBe(7);
    out.result({ created: 1 }, 'imported: 1 created');
    expect(JSON.parse(stdout.text)).toEqual({ created: 1 });
    expect(stderr.text).toBe('');
  });

  it('draws progress on a terminal and erases it; a pipe gets none', async () => {
    const tty = stream(true);
    await makeOutput(false, stream(false), tty).during('importing big.xlsx', async () => undefined);
    expect(tty.text).toContain('importing big.xlsx 0 s');
    expect(tty.text.endsWith('\r\x1b[2K')).toBe(true);
    const pipe = stream(false);
    await makeOutput(false, stream(false), pipe).during('importing big.xlsx', async () => undefined);
    expect(pipe.text).toBe('');
  });

  it('erases the progress line when the work fails too', async () => {
    const tty = stream(true);
    const failing = makeOutput(false, stream(false), tty).during('exporting', async () => {
      throw new Error('gone');
    });
    await expect(failing).rejects.toThrow('gone');
    expect(tty.text.endsWith('\r\x1b[2K')).toBe(true);
  });
});

describe('problemLines', () => {
  it('lists where and what, and how many more the cap left out', () => {
    const text = problemLines(
      [
        { sheet: 'actors', row: 3, column: 'sector', message: 'unknown sector' },
        { sheet: 'ties.csv', row: null, column: null, message: 'the file is empty' },
      ],
      5,
    );
    expect(text.split('\n')).toEqual(['  actors, row 3, column sector: unknown sector', '  ties.csv: the file is empty', '  … and 3 more']);
  });
});
