// DOM building without HTML strings: article text is untrusted, so every string becomes a text node.

type Child = Node | string | number | null | undefined | false;
type Props = {
  class?: string;
  href?: string;
  title?: string;
  id?: string;
  type?: string;
  name?: string;
  value?: string;
  placeholder?: string;
  dataset?: Record<string, string>;
  style?: string;
  role?: string;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
  [attribute: `aria-${string}`]: string;
};

/** Creates an element; strings among `children` are appended as text, never parsed. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (key === "on") {
      for (const [event, listener] of Object.entries(value as Record<string, EventListener>)) node.addEventListener(event, listener);
    } else if (key === "dataset") {
      Object.assign(node.dataset, value);
    } else if (key === "class") {
      node.className = value as string;
    } else {
      node.setAttribute(key, String(value));
    }
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

/** A link whose target came from an article: only http(s) URLs become links, anything else stays text. */
export function externalLink(url: string | undefined, label: string): Node {
  if (!url || !/^https?:\/\//i.test(url)) return document.createTextNode(label);
  const link = el("a", { href: url, class: "external" }, label);
  link.rel = "noopener noreferrer";
  link.target = "_blank";
  return link;
}

export function clear(node: Element): void {
  node.replaceChildren();
}
