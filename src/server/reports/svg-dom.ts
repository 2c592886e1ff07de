/**
 * The smallest document Observable Plot needs to draw a chart on the server, and a serializer for
 * what it drew. Plot builds its SVG through `Plot.plot({ document })` with d3-selection: element
 * creation, attributes, styles, text and tree edits. It never lays out or measures anything for
 * the marks used in reports (no tips, rasters or legends with canvases), so no layout engine is
 * needed. An unsupported call fails loudly rather than drawing something wrong.
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const XHTML_NS = 'http://www.w3.org/1999/xhtml';

type Child = MiniElement | MiniText;

abstract class MiniNode {
  parentNode: MiniElement | null = null;
  constructor(readonly ownerDocument: MiniDocument) {}
  abstract get textContent(): string;

  get nextSibling(): Child | null {
    const siblings = this.parentNode?.childNodes;
    if (!siblings) return null;
    return siblings[siblings.indexOf(this as unknown as Child) + 1] ?? null;
  }

  get previousSibling(): Child | null {
    const siblings = this.parentNode?.childNodes;
    if (!siblings) return null;
    const i = siblings.indexOf(this as unknown as Child);
    return i > 0 ? (siblings[i - 1] ?? null) : null;
  }

  remove(): void {
    this.parentNode?.removeChild(this as unknown as Child);
  }
}

export class MiniText extends MiniNode {
  readonly nodeType = 3;
  constructor(
    doc: MiniDocument,
    public data: string,
  ) {
    super(doc);
  }
  get textContent(): string {
    return this.data;
  }
  set textContent(v: string) {
    this.data = v;
  }
  get nodeValue(): string {
    return this.data;
  }
}

export interface MiniStyle {
  setProperty(name: string, value: unknown, priority?: string): void;
  removeProperty(name: string): void;
  getPropertyValue(name: string): string;
  toString(): string;
  [property: string]: unknown;
}

/** Inline styles: d3's style.setProperty and Plot's Object.assign(element.style, {...}) both land here. */
function createStyle(): MiniStyle {
  const props = new Map<string, string>();
  const kebab = (name: string) => (name.includes('-') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
  const api = {
    setProperty(name: string, value: unknown, priority?: string) {
      if (value === null || value === undefined || value === '') props.delete(kebab(name));
      else props.set(kebab(name), `${String(value)}${priority ? ` !${priority}` : ''}`);
    },
    removeProperty(name: string) {
      props.delete(kebab(name));
    },
    getPropertyValue(name: string) {
      return props.get(kebab(name)) ?? '';
    },
    toString() {
      return [...props].map(([k, v]) => `${k}: ${v}`).join('; ');
    },
  };
  return new Proxy(api as MiniStyle, {
    get: (target, key) => (typeof key === 'string' && !(key in target) ? (props.get(kebab(key)) ?? '') : target[key as string]),
    set: (_target, key, value) => {
      api.setProperty(String(key), value);
      return true;
    },
  });
}

export class MiniElement extends MiniNode {
  readonly nodeType = 1;
  readonly childNodes: Child[] = [];
  readonly style = createStyle();
  private readonly attrs = new Map<string, string>();
  /** d3's data binding stores the datum on the node. */
  __data__?: unknown;

  constructor(
    doc: MiniDocument,
    readonly namespaceURI: string,
    readonly localName: string,
  ) {
    super(doc);
  }

  get tagName(): string {
    return this.namespaceURI === XHTML_NS ? this.localName.toUpperCase() : this.localName;
  }
  get nodeName(): string {
    return this.tagName;
  }
  get firstChild(): Child | null {
    return this.childNodes[0] ?? null;
  }
  get lastChild(): Child | null {
    return this.childNodes.at(-1) ?? null;
  }
  get children(): MiniElement[] {
    return this.childNodes.filter((c): c is MiniElement => c instanceof MiniElement);
  }
  get ownerSVGElement(): MiniElement | null {
    let p = this.parentNode;
    while (p && !(p.localName === 'svg' && p.namespaceURI === SVG_NS)) p = p.parentNode;
    return p;
  }
  /** A chart drawn here is never inside a live page. */
  get isConnected(): boolean {
    return false;
  }

  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  set textContent(v: string | null) {
    for (const c of this.childNodes) c.parentNode = null;
    this.childNodes.length = 0;
    if (v !== null && v !== undefined && v !== '') this.appendChild(this.ownerDocument.createTextNode(String(v)));
  }

  setAttribute(name: string, value: unknown): void {
    this.attrs.set(name, String(value));
  }
  setAttributeNS(_ns: string | null, name: string, value: unknown): void {
    this.attrs.set(name, String(value));
  }
  getAttribute(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.attrs.has(name);
  }
  removeAttribute(name: string): void {
    this.attrs.delete(name);
  }
  removeAttributeNS(_ns: string | null, name: string): void {
    this.attrs.delete(name);
  }
  get attributes(): { name: string; value: string }[] {
    return [...this.attrs].map(([name, value]) => ({ name, value }));
  }

  private adopt(node: Child | string): Child {
    const child = typeof node === 'string' ? this.ownerDocument.createTextNode(node) : node;
    if (!(child instanceof MiniNode)) throw new TypeError('svg-dom: only nodes of this document can be inserted');
    child.parentNode?.removeChild(child);
    child.parentNode = this;
    return child;
  }

  appendChild<T extends Child>(node: T): T {
    this.childNodes.push(this.adopt(node));
    return node;
  }
  insertBefore<T extends Child>(node: T, ref: Child | null): T {
    if (ref === null) return this.appendChild(node);
    this.adopt(node);
    const i = this.childNodes.indexOf(ref);
    if (i < 0) throw new Error('svg-dom: insertBefore reference is not a child');
    this.childNodes.splice(i, 0, node);
    return node;
  }
  removeChild<T extends Child>(node: T): T {
    const i = this.childNodes.indexOf(node);
    if (i < 0) throw new Error('svg-dom: removeChild of a node that is not a child');
    this.childNodes.splice(i, 1);
    node.parentNode = null;
    return node;
  }
  replaceWith(...nodes: (Child | string)[]): void {
    const parent = this.parentNode;
    if (!parent) return;
    for (const n of nodes) parent.insertBefore(typeof n === 'string' ? this.ownerDocument.createTextNode(n) : n, this);
    this.remove();
  }
  append(...nodes: (Child | string)[]): void {
    for (const n of nodes) this.appendChild(typeof n === 'string' ? this.ownerDocument.createTextNode(n) : n);
  }
  replaceChildren(...nodes: (Child | string)[]): void {
    this.textContent = null;
    this.append(...nodes);
  }
  cloneNode(deep = false): MiniElement {
    const copy = new MiniElement(this.ownerDocument, this.namespaceURI, this.localName);
    for (const [k, v] of this.attrs) copy.attrs.set(k, v);
    copy.style.cssText = this.style.toString();
    if (deep) for (const c of this.childNodes) copy.appendChild(c instanceof MiniElement ? c.cloneNode(true) : this.ownerDocument.createTextNode(c.data));
    return copy;
  }

  /** Selectors Plot itself uses: a tag name, or .class. */
  querySelectorAll(selector: string): MiniElement[] {
    const s = selector.trim();
    if (!/^(?:[a-zA-Z][\w-]*|\.[\w-]+)$/.test(s)) throw new Error(`svg-dom: unsupported selector ${JSON.stringify(selector)}`);
    const match = (e: MiniElement) =>
      s.startsWith('.') ? (e.getAttribute('class') ?? '').split(/\s+/).includes(s.slice(1)) : e.localName === s;
    const found: MiniElement[] = [];
    const walk = (e: MiniElement) => {
      for (const c of e.children) {
        if (match(c)) found.push(c);
        walk(c);
      }
    };
    walk(this);
    return found;
  }
  querySelector(selector: string): MiniElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }

  addEventListener(): void {}
  removeEventListener(): void {}
  dispatchEvent(): boolean {
    return true;
  }
  getBBox(): never {
    throw new Error('svg-dom: this chart needs layout (getBBox), which server rendering does not have');
  }

  /** Markup for inline SVG in HTML: attributes and text escaped, elements without children self-closed. */
  get outerHTML(): string {
    return serialize(this);
  }
}

export class MiniDocument {
  readonly documentElement: MiniElement;
  readonly defaultView = {
    Event: class {
      constructor(readonly type: string) {}
    },
    getComputedStyle: (e: MiniElement) => e.style,
  };
  constructor() {
    this.documentElement = new MiniElement(this, XHTML_NS, 'html');
  }
  createElementNS(ns: string | null, name: string): MiniElement {
    const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
    return new MiniElement(this, ns ?? XHTML_NS, local);
  }
  createElement(name: string): MiniElement {
    return new MiniElement(this, XHTML_NS, name.toLowerCase());
  }
  createTextNode(data: string): MiniText {
    return new MiniText(this, String(data));
  }
  querySelector(selector: string): MiniElement | null {
    return this.documentElement.querySelector(selector);
  }
  querySelectorAll(selector: string): MiniElement[] {
    return this.documentElement.querySelectorAll(selector);
  }
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

function serialize(node: Child): string {
  if (node instanceof MiniText) return escapeText(node.data);
  const attrs = node.attributes.filter((a) => a.name !== 'style');
  const style = [node.getAttribute('style'), node.style.toString()].filter(Boolean).join('; ');
  if (style) attrs.push({ name: 'style', value: style });
  if (node.localName === 'svg' && node.namespaceURI === SVG_NS && !node.hasAttribute('xmlns')) attrs.unshift({ name: 'xmlns', value: SVG_NS });
  const open = `<${node.localName}${attrs.map((a) => ` ${a.name}="${escapeAttr(a.value)}"`).join('')}`;
  if (node.childNodes.length === 0) return node.namespaceURI === SVG_NS ? `${open}/>` : `${open}></${node.localName}>`;
  return `${open}>${node.childNodes.map(serialize).join('')}</${node.localName}>`;
}

