// Options pdfkit 0.20 supports that @types/pdfkit does not declare.

declare namespace PDFKit.Mixins {
  interface AnnotationOption {
    /** Tags the annotation as a child (OBJR) of this structure element, usually a Link: pdfkit calls its `add`. */
    structParent?: { add(reference: { annotationRef: object }): void };
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

  interface PDFOutline {
    addItem(title: string, options?: PDFOutlineItemOptions): PDFOutline;
  }
}
