// Casualties of a fused event: the range of figures its reports give. Copies of one story repeat one
// figure and later reports revise it, so figures are never added up: the range runs from the lowest
// figure reported to the highest (the upper end of a range when a report gives one).
import { CASUALTY_KINDS, type Casualties, type CasualtyRanges } from "../model/index.ts";

export function casualtyRanges(reports: Array<Casualties | undefined>): CasualtyRanges | undefined {
  const ranges: CasualtyRanges = {};
  for (const kind of CASUALTY_KINDS) {
    const counts = reports.map((r) => r?.[kind]).filter((c) => c !== undefined);
    if (!counts.length) continue;
    ranges[kind] = {
      min: Math.min(...counts.map((c) => c.value)),
      max: Math.max(...counts.map((c) => c.max ?? c.value)),
      reports: counts.length,
    };
  }
  return Object.keys(ranges).length ? ranges : undefined;
}
