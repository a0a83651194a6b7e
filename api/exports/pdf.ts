import PDFDocument from 'pdfkit';
import type { ExportRow } from './export-rows.js';

const COLUMNS: { key: keyof ExportRow; title: string; width: number }[] = [
  { key: 'date', title: 'Date', width: 62 },
  { key: 'start', title: 'Time', width: 36 },
  { key: 'status', title: 'Status', width: 58 },
  { key: 'client', title: 'Client', width: 100 },
  { key: 'email', title: 'E-mail', width: 130 },
  { key: 'notes', title: 'Notes', width: 129 },
];

/** A printable A4 list of appointments: title, period, one row each, page numbers. */
export function toPdf(rows: readonly ExportRow[], meta: { title: string; period: string; timezone: string }): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 40, bufferPages: true, info: { Title: meta.title, Author: 'Slotline' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('Helvetica-Bold').fontSize(18).fillColor('#111827').text(meta.title);
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor('#4b5563')
    .text(`${meta.period} · times in ${meta.timezone} · ${rows.length} appointment${rows.length === 1 ? '' : 's'}`);
  doc.moveDown(1);

  const header = () => {
    const y = doc.y;
    let x = doc.page.margins.left;
    doc.font('Helvetica-Bold').fontSize(9).fillColor('#111827');
    for (const column of COLUMNS) {
      doc.text(column.title, x, y, { width: column.width - 6 });
      x += column.width;
    }
    doc
      .moveTo(doc.page.margins.left, doc.y + 3)
      .lineTo(doc.page.width - doc.page.margins.right, doc.y + 3)
      .strokeColor('#d1d5db')
      .stroke();
    doc.y += 8;
  };
  header();
  doc.font('Helvetica').fontSize(9).fillColor('#1f2937');
  for (const row of rows) {
    const height = Math.max(...COLUMNS.map((column) => doc.heightOfString(row[column.key] || '-', { width: column.width - 6 }))) + 6;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom - 20) {
      doc.addPage();
      header();
      doc.font('Helvetica').fontSize(9).fillColor('#1f2937');
    }
    const y = doc.y;
    let x = doc.page.margins.left;
    for (const column of COLUMNS) {
      doc.text(row[column.key] || '-', x, y, { width: column.width - 6 });
      x += column.width;
    }
    doc.y = y + height;
  }
  if (rows.length === 0) doc.text('No appointments in this period.');

  const range = doc.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page++) {
    doc.switchToPage(page);
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor('#6b7280');
    doc.text(`Page ${page + 1} of ${range.count}`, doc.page.margins.left, doc.page.height - 30, {
      align: 'right',
      width: doc.page.width - 80,
      lineBreak: false,
    });
  }
  doc.end();
  return done;
}
