import { defineStage } from "../pipeline/stage.ts";

// Placeholder until this stage is built: the layer is empty, never made up.
export const eventsStage = defineStage({
  name: "events.patterns",
  needs: ["segments", "entities", "timexes", "quantities", "quotes"],
  adds: "events",
  run: () => [],
});
