import { defineStage } from "../pipeline/stage.ts";
import { segmentText } from "./wink.ts";

export { segmentText } from "./wink.ts";
export { sentenceAt, tokensIn } from "./lookup.ts";

export const segmentStage = defineStage({
  name: "segments.wink",
  needs: [],
  adds: "segments",
  run: (doc) => segmentText(doc.text),
});
