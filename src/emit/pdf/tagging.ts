/**
 * The structure tree of a tagged handbook. Content is written in marked-content sequences owned by structure
 * elements (H1, P, TD, Link …); decoration (rules, tints, leaders, running heads, repeated table headers) is
 * written as artifacts. At most one sequence is open at a time: switching owner, drawing an artifact or
 * starting a page closes it, and the owner's next text opens a new one (a paragraph split over two pages owns
 * one sequence on each).
 */

export interface Tag {
  type: string;
  /** Absent for a placeholder: drawn inside an artifact, or a paragraph whose element is created on first use. */
  element?: PDFKit.PDFStructureElement;
}

export class Tagger {
  readonly root: Required<Tag>;
  private open: Tag | undefined;
  private inArtifact = false;

  constructor(private readonly doc: PDFKit.PDFDocument) {
    this.root = { type: 'Document', element: doc.struct('Document') };
    doc.addStructure(this.root.element);
  }

  /** A new structure element, appended to `parent`'s children; end it with `end` once its content is written. */
  element(parent: Tag, type: string, options?: PDFKit.Mixins.StructureElementOptions & { colSpan?: number }): Tag {
    if (!parent.element) return { type };
    const { colSpan, ...structOptions } = options ?? {};
    const element = this.doc.struct(type, structOptions);
    if (colSpan && colSpan > 1) {
      const attributes = element.dictionary.data['A'];
      element.dictionary.data['A'] = { ...(typeof attributes === 'object' ? attributes : {}), O: 'Table', ColSpan: colSpan };
    }
    parent.element.add(element);
    return { type, element };
  }

  end(tag: Tag): void {
    if (this.open === tag) this.close();
    tag.element?.end();
  }

  /** Draws content owned by `owner`, inside its marked-content sequence. */
  write(owner: Tag, draw: () => void): void {
    if (owner.element && this.open !== owner && !this.inArtifact) {
      this.close();
      const content = this.doc.markStructureContent(owner.type);
      owner.element.add(content);
      this.open = owner;
    }
    draw();
  }

  /** Ends the open marked-content sequence, if any. */
  close(): void {
    if (!this.open) return;
    this.doc.endMarkedContent();
    this.open = undefined;
  }

  /** Draws decoration that assistive technology skips. */
  artifact(draw: () => void, type: 'Pagination' | 'Layout' = 'Layout', attached?: 'Top' | 'Bottom'): void {
    if (this.inArtifact) {
      draw();
      return;
    }
    this.close();
    this.doc.markContent('Artifact', attached ? { type, attached: [attached] } : { type });
    this.inArtifact = true;
    try {
      draw();
    } finally {
      this.inArtifact = false;
      this.doc.endMarkedContent();
    }
  }

  /** A link annotation over a box (top-left origin), jumping to a named destination, tagged under `link`. */
  link(link: Tag, box: { x: number; y: number; width: number; height: number }, destination: string): void {
    this.doc.goTo(box.x, box.y, box.width, box.height, destination, link.element ? { structParent: link.element } : {});
  }
}
