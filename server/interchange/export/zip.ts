// The zip formats (the CSV zip, the XLSX package) written as they are made: fflate's streaming Zip
// lays out the archive, and Node's zlib deflates each file a batch of text at a time — fflate's own
// deflate, in JavaScript, was most of the XLSX export's time (bench/README.md).
import { constants, deflateRawSync } from 'node:zlib';
import { Zip, ZipPassThrough } from 'fflate';
import { batched } from './chunks.ts';

export interface ZipFile {
  name: string;
  /** The file's text, read once, in pieces of any size. */
  text: Iterable<string>;
}

/** Text deflated per batch: large enough that starting each batch's window afresh costs little. */
const BATCH_CHARS = 256 * 1024;

/**
 * A zip entry deflated by zlib, a batch at a time: fflate's ZipPassThrough is made to be
 * extended with a compression of one's own, and counts the size and the CRC. Each batch ends in a
 * sync flush, so the batches join into one deflate stream; the last batch ends it.
 */
class ZlibDeflate extends ZipPassThrough {
  constructor(filename: string) {
    super(filename);
    this.compression = 8; // the zip format's number for deflate
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    const flush = final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
    this.ondata(null, deflateRawSync(chunk, { finishFlush: flush }), final);
  }
}

/** The zip of `files`, chunk by chunk. */
export function* zipChunks(files: Iterable<ZipFile>): Generator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  function* drain(): Generator<Uint8Array> {
    if (failure !== null) throw failure;
    yield* ready.splice(0);
  }
  for (const { name, text } of files) {
    const file = new ZlibDeflate(name);
    zip.add(file);
    for (const piece of batched(text, BATCH_CHARS)) {
      file.push(Buffer.from(piece, 'utf8'));
      yield* drain();
    }
    file.push(new Uint8Array(0), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
