import { defineStage } from "../pipeline/stage.ts";

// Placeholder until this stage is built: the layer is empty, never made up.
export const entitiesStage = defineStage({
  name: "entities.rules",
  needs: ["segments"],
  adds: "entities",
  run: () => [],
});
