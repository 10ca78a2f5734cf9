// Cooperation vs. conflict: PLOVER lists its 16 types from the most cooperative (AGREE) to the most
// conflictual (ASSAULT); the first eight (AGREE..REQUEST) cooperate, the last eight (ACCUSE..ASSAULT) clash.
import { PLOVER_TYPES } from "../../src/model/document.ts";

export type Stance = "cooperation" | "conflict";

const FIRST_CONFLICT = PLOVER_TYPES.indexOf("ACCUSE");

export function stanceOf(type: string): Stance {
  const index = (PLOVER_TYPES as readonly string[]).indexOf(type);
  return index >= 0 && index < FIRST_CONFLICT ? "cooperation" : "conflict";
}

export const STANCE_COLOURS: Record<Stance, string> = { cooperation: "#2b8a3e", conflict: "#c92a2a" };

/** A colour between cooperation green and conflict red by the share of conflictual events. */
export function balanceColour(cooperation: number, conflict: number): string {
  const share = conflict / Math.max(1, cooperation + conflict);
  const mix = (a: number, b: number) => Math.round(a + (b - a) * share);
  return `rgb(${mix(0x2b, 0xc9)}, ${mix(0x8a, 0x2a)}, ${mix(0x3e, 0x2a)})`;
}

export { PLOVER_TYPES };
