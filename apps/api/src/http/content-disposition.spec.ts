import { attachment } from './content-disposition.js';

describe('attachment', () => {
  it('gives a UTF-8 filename* and an ASCII fallback without accents', () => {
    expect(attachment('badge-Nguyễn Thị Lan.pdf')).toBe(
      `attachment; filename="badge-Nguyen Thi Lan.pdf"; filename*=UTF-8''badge-Nguy%E1%BB%85n%20Th%E1%BB%8B%20Lan.pdf`,
    );
  });

  it('keeps no quote, backslash or non-Latin character in the fallback', () => {
    const header = attachment('visa-letter-김민준 "x"\\.pdf');
    expect(header).toContain('filename="visa-letter-___ _x__.pdf"');
    expect(header).toContain("filename*=UTF-8''visa-letter-%EA%B9%80%EB%AF%BC%EC%A4%80%20%22x%22%5C.pdf");
  });
});
