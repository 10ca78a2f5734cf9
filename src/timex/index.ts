import { defineStage } from "../pipeline/stage.ts";

// Placeholder until this stage is built: the layer is empty, never made up.
export const timexStage = defineStage({
  name: "timexes.news-rules",
  needs: ["segments"],
  adds: "timexes",
  run: () => [],
});
