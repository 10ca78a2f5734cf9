// Adding an article from the browser: text, a URL or a file. The server decides whether writes are
// allowed (--allow-write, or --token and the same token here); its answer is shown as it is.
import { api, ApiRequestError } from "../api.ts";
import { el } from "../dom.ts";
import { link } from "../route.ts";

const TOKEN_KEY = "sitrep-token";

export function addArticleForm(): HTMLElement {
  const text = el("textarea", { name: "text", placeholder: "paste the article text", "aria-label": "article text" });
  text.rows = 6;
  const url = el("input", { name: "url", type: "url", placeholder: "or an http(s) URL", "aria-label": "article URL" });
  const file = el("input", { name: "file", type: "file", "aria-label": "article file" });
  const title = el("input", { name: "title", placeholder: "title (optional)", "aria-label": "title" });
  const published = el("input", { name: "published", placeholder: "published YYYY-MM-DD", "aria-label": "publication date" });
  const token = el("input", { name: "token", type: "password", placeholder: "token, if the server has one", "aria-label": "token" });
  token.value = sessionStorage.getItem(TOKEN_KEY) ?? "";
  const status = el("p", { class: "status", "aria-live": "polite" });
  const form = el("form", { class: "add-article" }, el("h2", {}, "Add an article"), text, url, file, title, published, token,
    el("button", { type: "submit" }, "Annotate and store"), status);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, token.value);
    const meta = { title: title.value.trim() || undefined, published: published.value.trim() || undefined };
    let body: FormData | { text?: string; url?: string; title?: string; published?: string };
    if (file.files?.length) {
      body = new FormData();
      body.set("file", file.files[0]!);
      for (const [key, value] of Object.entries(meta)) if (value) body.set(key, value);
    } else {
      body = { ...(url.value.trim() ? { url: url.value.trim() } : { text: text.value }), ...meta };
    }
    status.replaceChildren("Annotating…");
    try {
      const { articles } = await api.postArticle(body, token.value || undefined);
      status.replaceChildren(
        ...articles.flatMap((a) => [
          a.id ? el("a", { href: link("document", a.id) }, a.title || a.input) : a.input,
          `: ${a.result}${a.events !== undefined ? `, ${a.events} events` : ""}${a.error ? ` (${a.error.message})` : ""}. `,
        ]),
      );
    } catch (e) {
      status.replaceChildren(el("span", { class: "error" }, e instanceof ApiRequestError ? e.message : String(e)));
    }
  });
  return form;
}
