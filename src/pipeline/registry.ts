// The one place stages are registered, in the order they run. Adding or swapping a stage is one edit here.
import { segmentStage } from "../segment/index.ts";
import { syntaxStage } from "../syntax/index.ts";
import { entitiesStage } from "../entities/index.ts";
import { timexStage } from "../timex/index.ts";
import { quantitiesStage } from "../quantities/index.ts";
import { quotesStage } from "../quotes/index.ts";
import { eventsStage } from "../events/index.ts";
import type { Stage } from "./stage.ts";

export const DEFAULT_STAGES: Stage[] = [
  segmentStage,
  entitiesStage,
  syntaxStage,
  timexStage,
  quantitiesStage,
  quotesStage,
  eventsStage,
];
