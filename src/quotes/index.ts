import { defineStage } from "../pipeline/stage.ts";

// Placeholder until this stage is built: the layer is empty, never made up.
export const quotesStage = defineStage({
  name: "quotes.rules",
  needs: ["segments", "entities"],
  adds: "quotes",
  run: () => [],
});
