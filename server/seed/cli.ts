// `npm run seed [-- file.json …]`: load datasets (default: the Trollhättan 2019 seed) into the
// configured store's default round (SAMVERKAN_DEFAULT_ROUND, else trollhattan-segregation/2019),
// idempotently. Prints what was created, updated and left unchanged.
import { loadConfig } from '../config.ts';
import { createStore } from '../store/create.ts';
import { seedDatasetPath } from '../../seed/index.ts';
import { loadDataset } from './load.ts';

const files = process.argv.slice(2).filter((a) => a !== '--');
const config = loadConfig();
const store = await createStore(config.store);
try {
  await store.init();
  for (const file of files.length > 0 ? files : [seedDatasetPath]) {
    const result = await loadDataset(store, file, config.defaultRound);
    console.log(
      `${file} → ${config.store.kind} store: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged`,
    );
  }
} catch (error) {
  console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
  const details = (error as { details?: unknown }).details;
  if (details) console.error(JSON.stringify(details, null, 2));
  process.exitCode = 1;
} finally {
  await store.close();
}
