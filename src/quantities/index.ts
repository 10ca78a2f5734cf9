import { defineStage } from "../pipeline/stage.ts";

// Placeholder until this stage is built: the layer is empty, never made up.
export const quantitiesStage = defineStage({
  name: "quantities.rules",
  needs: ["segments"],
  adds: "quantities",
  run: () => [],
});
