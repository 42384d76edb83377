import { pdfNumber, pdfString, type ContentBytes, type ObjectReference, type PdfOutput } from './pdf-output.js';

/**
 * The structure tree of a tagged handbook. Content is written in marked-content sequences owned by structure
 * elements (H1, P, TD, Link …); decoration (rules, tints, leaders, running heads, repeated table headers) is
 * written as artifacts. At most one sequence is open at a time: switching owner, drawing an artifact or
 * starting a page closes it, and the owner's next text opens a new one (a paragraph split over two pages owns
 * one sequence on each).
 *
 * A handbook has some 5000 structure elements. pdfkit's PDFStructureElement keeps each as a generic dictionary,
 * checks the whole subtree for completeness whenever one ends and serializes it with its generic converter: a
 * fifth of the PDF build. Here an element keeps its kids as numbers and writes itself into the file, number by
 * number, once when it ends.
 */

/** A table cell's attributes (/A << /O /Table … >>). */
export interface CellAttributes {
  scope?: 'Row' | 'Column';
  colSpan?: number;
}

export interface Tag {
  type: string;
  /** Absent for a placeholder: drawn inside an artifact, or a paragraph whose element is created on first use. */
  element?: StructureElement;
}

/** The parts of pdfkit's document the structure tree is registered in (pdfkit 0.20 internals). */
interface TaggedDocument {
  page: { dictionary: { id: number }; structParentTreeKey: number; annotations: ObjectReference[] };
  /** The current transformation matrix: from pdfkit's top-left coordinates to the page's. */
  _ctm: [number, number, number, number, number, number];
  getStructTreeRoot(): { id: number; data: Record<string, unknown> };
  getStructParentTree(): StructParentTree;
  createStructParentTreeNextKey(): number;
  addContent(operators: string): void;
}

/**
 * pdfkit's number tree of structure parents: per page, the elements owning its marked-content ids, and per
 * annotation its element. Written inside the structure tree root's dictionary.
 */
interface StructParentTree {
  _items: Record<number, ObjectReference | ObjectReference[]>;
  get(key: number): ObjectReference[];
  add(key: number, value: ObjectReference): void;
  toString(): string;
}

type ArtifactType = 'Pagination' | 'Layout';

/** What is drawn inside an artifact: no structure element owns it. */
export const UNTAGGED: Tag = { type: 'Artifact' };

export class Tagger {
  readonly root: Required<Tag>;
  private open: Tag | undefined;
  private inArtifact = false;
  private readonly tagged: TaggedDocument;

  constructor(
    doc: PDFKit.PDFDocument,
    private readonly output: PdfOutput,
  ) {
    this.tagged = doc as unknown as TaggedDocument;
    const treeRoot = this.tagged.getStructTreeRoot();
    const element = new StructureElement(this.tagged, output, 'Document', treeRoot, '');
    treeRoot.data['K'] = [element.ref];
    this.root = { type: 'Document', element };
  }

  /** A new structure element, appended to `parent`'s children; end it with `end` once its content is written. */
  element(parent: Tag, type: string, attributes?: CellAttributes): Tag {
    if (!parent.element) return { type };
    const element = new StructureElement(this.tagged, this.output, type, parent.element.ref, attributes ? cellAttributes(attributes) : '');
    parent.element.addElement(element);
    return { type, element };
  }

  end(tag: Tag): void {
    if (this.open === tag) this.close();
    tag.element?.end();
  }

  /**
   * Makes what is drawn next owned by `owner`: opens its marked-content sequence unless it is the open one (or
   * unless drawing inside an artifact). Called before each run of text, so it takes no callback to allocate.
   */
  own(owner: Tag): void {
    if (owner.element && this.open !== owner && !this.inArtifact) {
      this.close();
      const page = this.tagged.page;
      const pageParents = this.tagged.getStructParentTree().get(page.structParentTreeKey);
      const mcid = pageParents.length;
      pageParents.push(owner.element.ref);
      owner.element.addContent(page.dictionary, mcid);
      const { content } = this.output;
      content.text('/');
      content.text(owner.type);
      content.text(' <</MCID ');
      content.integer(mcid);
      content.line('>> BDC');
      this.open = owner;
    }
  }

  /** Ends the open marked-content sequence, if any. */
  close(): void {
    if (!this.open) return;
    this.tagged.addContent('EMC');
    this.open = undefined;
  }

  /** Draws decoration that assistive technology skips. */
  artifact(draw: () => void, type: ArtifactType = 'Layout', attached?: 'Top' | 'Bottom'): void {
    const opened = this.beginArtifact(type, attached);
    try {
      draw();
    } finally {
      this.endArtifact(opened);
    }
  }

  /**
   * Starts decoration that assistive technology skips, up to `endArtifact(opened)`; `opened` is false inside an
   * artifact already. Code run for every row or line uses this pair instead of a closure (see table.ts).
   */
  beginArtifact(type: ArtifactType = 'Layout', attached?: 'Top' | 'Bottom'): boolean {
    if (this.inArtifact) return false;
    this.close();
    this.tagged.addContent(`/Artifact <</Type /${type}${attached ? ` /Attached [/${attached}]` : ''}>> BDC`);
    this.inArtifact = true;
    return true;
  }

  endArtifact(opened: boolean): void {
    if (!opened) return;
    this.inArtifact = false;
    this.tagged.addContent('EMC');
  }

  /**
   * A link annotation over a box (top-left origin), jumping to a named destination, tagged under `link`. Written
   * here rather than by pdfkit's `goTo`, which adds an object for the action and serializes both generically.
   */
  link(link: Tag, box: { x: number; y: number; width: number; height: number }, destination: string): void {
    const annotation = this.output.reserve();
    const structParent = link.element ? ` /StructParent ${link.element.addAnnotation(annotation)}` : '';
    const rect = pageRect(this.tagged._ctm, box).map(pdfNumber).join(' ');
    this.output.writeObject(annotation, `<</Type /Annot /Subtype /Link /Rect [${rect}] /Border [0 0 0] /F 4 /A <</S /GoTo /D ${pdfString(destination)}>>${structParent}>>`);
    this.tagged.page.annotations.push(annotation);
  }

  /** Closes the open sequence and ends every element: the tree is complete and written. */
  finish(): void {
    this.close();
    this.root.element.end();
    this.tagged.getStructParentTree().toString = serializedParentTree;
  }
}

/** The kinds of kids (see StructureElement.kids). */
const Kid = { Element: 0, ContentHere: 1, ContentElsewhere: 2, Annotation: 3 } as const;

/**
 * One structure element. Its kids are kept in order, as numbers until the element is written: child elements,
 * marked-content ids (bare on the element's first page, as references elsewhere) and annotations. Ending an
 * element ends its children first.
 */
export class StructureElement {
  readonly ref: ObjectReference;
  /**
   * Per kid, its kind and two numbers: element (id, 0), content (page id, MCID), annotation (id, page id). Both
   * lists are made by their first item: most elements (cells, paragraphs, links) have one kid and no children, and
   * an empty array grown by push takes room for 16 numbers.
   */
  private kids: number[] | undefined;
  private children: StructureElement[] | undefined;
  /** The page of its first marked content (/Pg): its ids on that page need no page reference. */
  private page: { id: number } | undefined;
  private ended = false;

  constructor(
    private readonly doc: TaggedDocument,
    private readonly output: PdfOutput,
    private readonly type: string,
    private readonly parent: { id: number },
    private readonly attributes: string,
  ) {
    this.ref = output.reserve();
  }

  addElement(child: StructureElement): void {
    this.assertOpen();
    if (this.children) this.children.push(child);
    else this.children = [child];
    this.addKid(Kid.Element, child.ref.id, 0);
  }

  addContent(page: { id: number }, mcid: number): void {
    this.assertOpen();
    this.page ??= page;
    this.addKid(page === this.page ? Kid.ContentHere : Kid.ContentElsewhere, page.id, mcid);
  }

  private addKid(kind: number, a: number, b: number): void {
    if (this.kids) this.kids.push(kind, a, b);
    else this.kids = [kind, a, b];
  }

  /** Adds a link annotation; returns its key in the structure parent tree (its /StructParent). */
  addAnnotation(annotation: ObjectReference): number {
    this.assertOpen();
    const key = this.doc.createStructParentTreeNextKey();
    this.doc.getStructParentTree().add(key, this.ref);
    this.addKid(Kid.Annotation, annotation.id, this.doc.page.dictionary.id);
    return key;
  }

  end(): void {
    if (this.ended) return;
    for (const child of this.children ?? []) child.end();
    this.ended = true;
    const out = this.output.beginObject(this.ref);
    out.text('<</S /');
    out.text(this.type);
    out.text(' /P ');
    reference(out, this.parent.id);
    if (this.page) {
      out.text(' /Pg ');
      reference(out, this.page.id);
    }
    out.text(this.attributes);
    out.text(' /K [');
    this.writeKids(out);
    out.text(']>>');
    this.output.endObject(this.ref);
    this.kids = undefined;
    this.children = undefined;
  }

  /** The kids, separated by spaces: child elements and annotations by reference, marked content by its id. */
  private writeKids(out: ContentBytes): void {
    const kids = this.kids ?? [];
    for (let index = 0; index < kids.length; index += 3) {
      const [a, b] = [kids[index + 1]!, kids[index + 2]!];
      if (index > 0) out.text(' ');
      switch (kids[index]) {
        case Kid.Element:
          reference(out, a);
          break;
        case Kid.ContentHere:
          out.integer(b);
          break;
        case Kid.ContentElsewhere:
          out.text('<</Type /MCR /Pg ');
          reference(out, a);
          out.text(' /MCID ');
          out.integer(b);
          out.text('>>');
          break;
        case Kid.Annotation:
          out.text('<</Type /OBJR /Obj ');
          reference(out, a);
          out.text(' /Pg ');
          reference(out, b);
          out.text('>>');
          break;
      }
    }
  }

  private assertOpen(): void {
    if (this.ended) throw new Error(`the structure element ${this.type} has already ended`);
  }
}

/** An indirect reference to object `id`: "12 0 R". */
function reference(out: ContentBytes, id: number): void {
  out.integer(id);
  out.text(' 0 R');
}

/**
 * The structure parent tree as pdfkit's number tree serializes it, without pdfkit's generic converter (a
 * reference per marked-content id: some 10 000 per handbook). Its keys are pdfkit's, numbered from 0.
 */
function serializedParentTree(this: StructParentTree): string {
  const keys = Object.keys(this._items).map(Number).sort(ascending);
  const lines = ['<<'];
  if (keys.length > 1) lines.push(`  /Limits [${keys[0]} ${keys[keys.length - 1]}]`);
  lines.push('  /Nums [');
  for (const key of keys) {
    const value = this._items[key]!;
    lines.push(`    ${key} ${Array.isArray(value) ? `[${value.join(' ')}]` : String(value)}`);
  }
  lines.push(']', '>>');
  return lines.join('\n');
}

function ascending(a: number, b: number): number {
  return a - b;
}

/** The attribute dictionaries written so far, by scope and column span: a table has few kinds of cells. */
const attributeStrings = new Map<string, string>();

function cellAttributes({ scope, colSpan }: CellAttributes): string {
  if (!scope && !(colSpan && colSpan > 1)) return '';
  const key = `${scope}|${colSpan}`;
  let attributes = attributeStrings.get(key);
  if (attributes === undefined) {
    attributes = serializedAttributes({ scope, colSpan });
    attributeStrings.set(key, attributes);
  }
  return attributes;
}

function serializedAttributes({ scope, colSpan }: CellAttributes): string {
  const entries = [scope ? `/Scope /${scope}` : '', colSpan && colSpan > 1 ? `/ColSpan ${colSpan}` : ''].filter(Boolean);
  return entries.length > 0 ? ` /A <</O /Table ${entries.join(' ')}>>` : '';
}

/** A box in pdfkit's coordinates as a PDF rectangle [left bottom right top] on the page. */
function pageRect([a, b, c, d, e, f]: TaggedDocument['_ctm'], { x, y, width, height }: { x: number; y: number; width: number; height: number }): number[] {
  const [x1, y1] = [a * x + c * y + e, b * x + d * y + f];
  const [x2, y2] = [a * (x + width) + c * (y + height) + e, b * (x + width) + d * (y + height) + f];
  return [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)];
}
