// Options pdfkit 0.20 supports that @types/pdfkit does not declare.

declare namespace PDFKit.Mixins {
  interface AnnotationOption {
    /** Tags the annotation as a child (OBJR) of this structure element, usually a Link. */
    structParent?: PDFKit.PDFStructureElement;
  }

  interface StructureElementOptions {
    /** Table header scope: written as the /A << /O /Table /Scope … >> attribute. */
    scope?: 'Row' | 'Column' | 'Both';
  }
}

declare namespace PDFKit {
  interface PDFOutlineItemOptions {
    expanded?: boolean;
    /** Distance of the destination from the page top, in points. */
    top?: number;
    /** pdfkit stores `page width - left` as the destination's left edge: pass the page width for 0. */
    left?: number;
  }

  interface PDFStructureElement {
    /** The element's dictionary; its `A` entry holds attributes such as a table cell's ColSpan. */
    dictionary: { data: Record<string, unknown> };
  }

  interface PDFOutline {
    addItem(title: string, options?: PDFOutlineItemOptions): PDFOutline;
  }
}
