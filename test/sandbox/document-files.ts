// Real files for the download calls, made at request time (nothing binary is committed): one PDF per
// document with pdf-lib, a ZIP of them for a package of several documents (fflate), and the evidence report.
// Each file depends only on the records, so the same state always gives the same bytes.
import { zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import { formatDate } from './dates';
import type { HistoryEvent } from './history-log';
import { historyEntries } from './history-log';
import type { DocumentRecord, PackageRecord } from './model';
import { verificationEntries } from './verification';

const A4: [number, number] = [595, 842];

/** pdf-lib's standard fonts write WinAnsi only; anything else becomes '?'. */
const winAnsi = (text: string): string => text.replace(/[^\x20-\x7e\xa0-\xff]/g, '?');

/** Writes lines down a page from the top, starting a new page when one is full. */
function writeLines(pdf: PDFDocument, font: PDFFont, first: PDFPage, lines: readonly string[], size = 10): void {
  let page = first;
  let y = A4[1] - 110;
  for (const line of lines) {
    if (y < 60) {
      page = pdf.addPage(A4);
      y = A4[1] - 72;
    }
    page.drawText(winAnsi(line).slice(0, 110), { x: 72, y, size, font });
    y -= size + 6;
  }
}

/** A new PDF with fixed metadata, so its bytes depend on the records only. */
async function newPdf(title: string, at: number): Promise<PDFDocument> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(winAnsi(title));
  pdf.setProducer('SigningHub Sandbox');
  pdf.setCreator('SigningHub Sandbox');
  pdf.setCreationDate(new Date(at));
  pdf.setModificationDate(new Date(at));
  return pdf;
}

/** One document as a PDF: its pages, with a line for each signature already made on each page. */
export async function documentPdf(pkg: PackageRecord, doc: DocumentRecord): Promise<Uint8Array> {
  const pdf = await newPdf(doc.document_name, doc.modified_on);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= doc.pages; n++) {
    const page = pdf.addPage(A4);
    page.drawText(winAnsi(doc.document_name), { x: 72, y: A4[1] - 72, size: 16, font });
    page.drawText(`Page ${n} of ${doc.pages}`, { x: 260, y: 40, size: 10, font });
    const signed = doc.fields.filter((f) => f.page_no === n && f.process_status === 'PROCESSED' && f.processed_on !== null);
    const lines = signed.map((f) => `${f.field_name}: signed by ${f.processed_by ?? ''} at ${formatDate(f.processed_on ?? 0, pkg.date_style)}`);
    writeLines(pdf, font, page, lines);
  }
  return pdf.save();
}

/** A ZIP of every document's PDF, in document order, dated with each document's last change. */
export async function packageZip(pkg: PackageRecord, documents: readonly DocumentRecord[]): Promise<Uint8Array> {
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const doc of [...documents].sort((a, b) => a.document_order - b.document_order)) {
    // Two documents may share a name; the later one gets its id added.
    const name = files[doc.document_name] ? `${doc.document_id}-${doc.document_name}` : doc.document_name;
    files[name] = [await documentPdf(pkg, doc), { mtime: new Date(Math.max(doc.modified_on, Date.UTC(1980, 0, 2))) }];
  }
  return zipSync(files, { level: 6 });
}

/** The evidence report: the package, its recipients, every signature's verification and the history. */
export async function evidenceReport(pkg: PackageRecord, documents: readonly DocumentRecord[], added: readonly HistoryEvent[]): Promise<Uint8Array> {
  const pdf = await newPdf(`${pkg.package_name} - evidence report`, pkg.modified_on);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage(A4);
  page.drawText(winAnsi(`Evidence report: ${pkg.package_name}`), { x: 72, y: A4[1] - 72, size: 16, font });
  const lines = [
    `Package ${pkg.package_id}, status ${pkg.status}, owner ${pkg.owner_name} <${pkg.owner_email}>`,
    '',
    'Recipients',
    ...pkg.recipients.map((r) => `  ${r.order}. ${r.user_name} <${r.user_email}> ${r.role} ${r.process_status}`),
    '',
    'Signatures',
    ...documents.flatMap((doc) =>
      verificationEntries(pkg, doc).map((v) => `  ${doc.document_name} / ${v.field_name}: ${v.signer_name}, ${v.signature_status}, ${v.signing_time}`),
    ),
    '',
    'History',
    ...historyEntries(pkg, documents, added).map((h) => `  ${h.action_date} ${h.user_name}: ${h.action_type} ${h.information}`),
  ];
  writeLines(pdf, font, page, lines);
  return pdf.save();
}
