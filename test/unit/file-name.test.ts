// Saved-file names: Content-Disposition parsing and the cross-platform sanitizer.
import { describe, expect, it } from 'vitest';
import { dispositionFileName, safeFileName } from '../../main/downloads/file-name.js';

describe('dispositionFileName', () => {
  it('prefers the UTF-8 filename* over the ASCII fallback', () => {
    expect(dispositionFileName(`attachment; filename="Contrat_.pdf"; filename*=UTF-8''Contrat%20%C3%A9t%C3%A9.pdf`)).toBe('Contrat été.pdf');
  });

  it('reads a quoted or bare filename, with escapes', () => {
    expect(dispositionFileName('attachment; filename="Lease \\"A\\".pdf"')).toBe('Lease "A".pdf');
    expect(dispositionFileName('attachment; filename=report.pdf')).toBe('report.pdf');
    expect(dispositionFileName(["attachment; filename*=iso-8859-1'en'caf%E9.pdf"])).toBe('café.pdf');
  });

  it('answers null for no header, no name or a broken extended value', () => {
    expect(dispositionFileName(undefined)).toBeNull();
    expect(dispositionFileName('attachment')).toBeNull();
    expect(dispositionFileName(`attachment; filename*=UTF-8''%E0%A4%A`)).toBeNull();
    expect(dispositionFileName(`attachment; filename*=UTF-8''%E0%A4%A; filename="plain.pdf"`)).toBe('plain.pdf');
  });
});

describe('safeFileName', () => {
  it('keeps an ordinary name as it is', () => {
    expect(safeFileName('Lease renewal.pdf', 'document', '.pdf')).toBe('Lease renewal.pdf');
  });

  // [what the server offered, fallback, extension, the name written]
  const cases: [string, string, string | undefined, string][] = [
    ['../../etc/passwd', 'document', undefined, '_.._etc_passwd'],
    ['C:\\Windows\\system32\\x.pdf', 'document', '.pdf', 'C__Windows_system32_x.pdf'],
    ['a<b>c:d"e|f?g*h.pdf', 'document', '.pdf', 'a_b_c_d_e_f_g_h.pdf'],
    ['CON.pdf', 'document', '.pdf', 'CON_.pdf'],
    ['nul', 'document', '.pdf', 'nul_.pdf'],
    ['Com1.zip', 'package', '.zip', 'Com1_.zip'],
    ['LPT9 .pdf', 'document', '.pdf', 'LPT9_.pdf'],
    ['CONSOLE.pdf', 'document', '.pdf', 'CONSOLE.pdf'],
  ];
  it.each(cases)('turns separators, forbidden characters and Windows device names safe: %j', (raw, fallback, extension, written) => {
    expect(safeFileName(raw, fallback, extension)).toBe(written);
  });

  it('drops trailing dots and spaces, leading dots, and control and bidi characters', () => {
    expect(safeFileName('report.pdf. . ', 'document', '.pdf')).toBe('report.pdf');
    expect(safeFileName('.hidden', 'document', '.pdf')).toBe('hidden.pdf');
    expect(safeFileName('in\u0000voice\u202Efdp.exe', 'document', '.pdf')).toBe('in_voice_fdp.exe.pdf');
  });

  it('keeps unicode (normalised to NFC) and cuts long names on a character boundary, keeping the extension', () => {
    expect(safeFileName('Cafe\u0301 契約.pdf', 'document', '.pdf')).toBe('Café 契約.pdf');
    const long = safeFileName(`${'契'.repeat(150)}.pdf`, 'document', '.pdf');
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(200);
    expect(long.endsWith('契.pdf')).toBe(true);
  });

  it('falls back when nothing usable is left, and adds the extension', () => {
    expect(safeFileName(' ... ', 'document', '.pdf')).toBe('document.pdf');
    expect(safeFileName('///', 'package', '.zip')).toBe('package.zip');
    expect(safeFileName('Evidence report', 'report', '.pdf')).toBe('Evidence report.pdf');
  });
});
