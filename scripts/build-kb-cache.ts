// Rewrites data/kb/compiled.json, the parsed copy of the bundled YAML files that keeps start-up fast.
// Run after editing data/kb/*.yaml:  npx tsx scripts/build-kb-cache.ts
import { writeBundledCache } from "../src/kb/load.ts";

console.log(`compiled ${writeBundledCache().join(", ")}`);
