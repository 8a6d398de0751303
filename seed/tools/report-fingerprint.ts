// Writes seed/report-fingerprint.txt from the seed report. Run by hand whenever the report text or
// the folding in seed/report-fingerprint.ts changes (the seed tests say when the file is stale):
//   npx tsx seed/tools/report-fingerprint.ts [path/to/seed-report.txt]
// The report defaults to ../shared/seed-report.txt beside the repository.
import { readFileSync, writeFileSync } from 'node:fs';
import { formatFingerprint, reportFingerprint, reportFingerprintPath, seedReportPath } from '../report-fingerprint.ts';

const reportPath = process.argv[2] ?? seedReportPath;
const hashes = reportFingerprint(readFileSync(reportPath, 'utf8'));
writeFileSync(reportFingerprintPath, formatFingerprint(hashes));
console.log(`${reportFingerprintPath}: ${hashes.length} window hashes from ${reportPath}`);
