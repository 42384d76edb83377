// Options pdfkit 0.20 supports that @types/pdfkit does not declare.

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
