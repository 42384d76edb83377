/**
 * pdfkit copies the document information (title, author, subject, keywords) into the XMP metadata stream without
 * escaping it, so a title such as "Arts & Métiers" would make the stream ill-formed XML. The information
 * dictionary itself takes the text as it is; only the XMP copy is escaped here, while pdfkit writes it.
 */

interface MetadataInternals {
  info: Record<string, unknown>;
  _addInfo(): void;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeXmpMetadata(doc: PDFKit.PDFDocument): void {
  const internals = doc as unknown as MetadataInternals;
  const addInfo = internals._addInfo.bind(doc);
  internals._addInfo = () => {
    const info = internals.info;
    internals.info = Object.fromEntries(Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]));
    try {
      addInfo();
    } finally {
      internals.info = info;
    }
  };
}

function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (character) => XML_ESCAPES[character]!);
}
