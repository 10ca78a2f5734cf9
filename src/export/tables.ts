// The tables the exports read from data/ (CAMEO Goldstein values, FIPS country codes, the ACLED
// crosswalk, CAMEO sectors of titles), each validated when first read: a mistake in a user's edit is
// reported with the file's name and the entry that is wrong, not met as a silent blank column.
import { z } from "zod";
import { AppError, PLOVER_TYPES, readDataFile } from "../model/index.ts";

function table<T>(path: string, schema: z.ZodType<T>): () => T {
  let value: T | undefined;
  return () => {
    if (value !== undefined) return value;
    const parsed = schema.safeParse(readDataFile<unknown>(path));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new AppError("KB", `${issue.path.join(".")}: ${issue.message}`, `data/${path}`);
    }
    return (value = parsed.data);
  };
}

const cameoCode = z.string().regex(/^\d{2,4}$/, "a CAMEO code has 2 to 4 digits");

export const goldsteinTable = table("export/cameo-goldstein.yaml", z.object({
  goldstein: z.record(cameoCode, z.number().min(-10).max(10)),
}));

export const ploverCameoTable = table("export/plover-cameo.yaml", z.record(z.enum(PLOVER_TYPES), cameoCode));

export const fipsTable = table("export/fips-10-4.yaml", z.object({
  fips: z.record(z.string().regex(/^[A-Z]{3}$/, "keys are ISO 3166-1 alpha-3 codes"), z.string().regex(/^[A-Z]{2}$/, "a FIPS 10-4 code has 2 letters")),
}));

/** The CAMEO sector of each title (data/kb/lexicon.yaml, read for its titles alone). */
export const titleSectorTable = table("kb/lexicon.yaml", z.object({
  titles: z.record(z.string(), z.object({ sector: z.string().regex(/^[A-Z]{3}$/), forms: z.array(z.string()) })),
}));

const acledType = z.tuple([
  z.enum(["Political violence", "Demonstrations", "Political violence; Demonstrations", "Strategic developments"]),
  z.string().min(1),
  z.string().min(1),
]);
const interCode = z.number().int().min(1).max(8);

export type AcledType = z.infer<typeof acledType>;

export const acledTable = table("export/acled.yaml", z.object({
  types: z.partialRecord(z.enum(PLOVER_TYPES), z.object({
    default: acledType.optional(),
    against_civilians: acledType.optional(),
    modes: z.record(z.string(), acledType).optional(),
  })),
  inter: z.object({
    sectors: z.record(z.string(), interCode),
    words: z.record(z.string(), interCode),
    state_types: z.array(z.string()),
  }),
  regions: z.record(z.string(), z.string()),
  region_exceptions: z.record(z.string().regex(/^[A-Z]{3}$/), z.string()),
}));
