// TimelineJS (Knight Lab) JSON: one slide per dated event. TimelineJS dates are objects with the
// parts known; a month-precision event has no day, and display_date shows the TIMEX3 value. Each slide
// quotes the words of every report that states the event and links to the report itself (its URL
// when it has one), so a reader can check it; the headline says what happened, between whom, and
// nothing else.
import type { EventReport } from "../store/index.ts";
import { emit, type ExportedEvent, type ExportInput, type ExportSink } from "./sink.ts";

const TITLE = { text: { headline: "sitrep events", text: "Events fused from the stored articles, each with the words of its sources." } };

export async function writeTimelineJs(input: ExportInput, out: ExportSink): Promise<void> {
  await emit(out, `{"title":${JSON.stringify(TITLE)},"events":[`);
  let first = true;
  for await (const e of input.events()) {
    if (!e.date || !e.dateStart) continue;
    const slide = {
      unique_id: e.id,
      start_date: timelineDate(e.dateStart, e.precision),
      // A week has no TimelineJS date of its own: it is shown as the span of its days.
      ...(e.precision === "week" && e.dateEnd ? { end_date: timelineDate(e.dateEnd, "day") } : {}),
      display_date: e.date,
      group: e.type,
      text: { headline: escapeHtml(headline(e)), text: casualtiesHtml(e) + e.sources.map(reportHtml).join("") },
    };
    await emit(out, (first ? "\n" : ",\n") + JSON.stringify(slide));
    first = false;
  }
  await emit(out, "\n]}\n");
}

/** "CONSULT (phone): Marco Rubio — Sergei Lavrov". */
function headline(e: ExportedEvent): string {
  const sides = [e.source?.name, e.target?.name].filter(Boolean).join(" — ");
  return `${e.type}${e.mode ? ` (${e.mode})` : ""}${sides ? `: ${sides}` : ""}`.replace(/\s+/g, " ");
}

/** "killed 34–35, injured 117": the range of figures the reports give. */
function casualtiesHtml(e: ExportedEvent): string {
  const counts = Object.entries(e.casualties ?? {}).map(([kind, r]) => `${kind} ${r.min === r.max ? r.min : `${r.min}–${r.max}`}`);
  return counts.length ? `<p class="sitrep-casualties">${counts.join(", ")}</p>` : "";
}

/** The report's words, then a link to it: "Reuters, 2025-07-10: Rubio meets Lavrov". */
function reportHtml(report: EventReport): string {
  const doc = report.document;
  const label = [[doc.source, doc.published?.slice(0, 10)].filter(Boolean).join(", "), doc.title].filter(Boolean).join(": ") || doc.id;
  const url = doc.url && /^https?:\/\//i.test(doc.url) ? doc.url : undefined;
  const link = url ? `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(label)}</a>` : escapeHtml(label);
  const words = report.evidence.map((x) => x.text).join(" … ");
  return `<blockquote>${escapeHtml(words)}</blockquote><p class="sitrep-source">${link}</p>`;
}

function timelineDate(isoDay: string, precision: string): Record<string, string> {
  const [year, month, day] = isoDay.split("-");
  if (precision === "year") return { year };
  if (precision === "month") return { year, month: String(Number(month)) };
  return { year, month: String(Number(month)), day: String(Number(day)) };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
