// TimelineJS (Knight Lab) JSON: one slide per dated event. TimelineJS dates are objects with the
// parts known; a month-precision event has no day, and display_date shows the TIMEX3 value.
import { emit, type ExportInput, type ExportSink } from "./sink.ts";

const TITLE = { text: { headline: "sitrep events", text: "Events fused from the stored articles, with their sources." } };

export async function writeTimelineJs(input: ExportInput, out: ExportSink): Promise<void> {
  await emit(out, `{"title":${JSON.stringify(TITLE)},"events":[`);
  let first = true;
  for await (const e of input.events()) {
    if (!e.date || !e.dateStart) continue;
    const sides = [e.source?.name, e.target?.name].filter(Boolean).join(" — ");
    const slide = {
      unique_id: e.id,
      start_date: timelineDate(e.dateStart, e.precision),
      // A week has no TimelineJS date of its own: it is shown as the span of its days.
      ...(e.precision === "week" && e.dateEnd ? { end_date: timelineDate(e.dateEnd, "day") } : {}),
      display_date: e.date,
      group: e.type,
      text: {
        headline: escapeHtml(`${e.type}${e.mode ? ` (${e.mode})` : ""}: ${sides}`),
        text: e.sources.map((s) => `<p>${escapeHtml(s.evidence.map((x) => x.text).join(" … "))}<br><i>${escapeHtml(s.document.source ?? "")} ${escapeHtml(s.document.title ?? "")}</i></p>`).join(""),
      },
    };
    await emit(out, (first ? "\n" : ",\n") + JSON.stringify(slide));
    first = false;
  }
  await emit(out, "\n]}\n");
}

function timelineDate(isoDay: string, precision: string): Record<string, string> {
  const [year, month, day] = isoDay.split("-");
  if (precision === "year") return { year };
  if (precision === "month") return { year, month: String(Number(month)) };
  return { year, month: String(Number(month)), day: String(Number(day)) };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}
