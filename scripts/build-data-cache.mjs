// Part of `npm run build:cli`: keeps the stages' YAML data files parsed beside the compiled code
// (dist/data-cache.json), so that the CLI does not parse them at every start.
import { writeDataCache } from "../dist/model/index.js";

console.log(`dist/data-cache.json: ${writeDataCache()} data files`);
