import { neutraliseFormula, stringifySpreadsheetCsv } from './spreadsheet-csv.js';

describe('stringifySpreadsheetCsv', () => {
  it("prefixes ' to text a spreadsheet would run, and leaves numbers and plain text alone", () => {
    const csv = stringifySpreadsheetCsv([['=1+1', '+cmd', '-2+3', '@SUM(1)', '\tx', '\rx', -2, 3.5, 'Hà Nội', 'a=b']]);
    expect(csv).toBe(`'=1+1,'+cmd,'-2+3,'@SUM(1),'\tx,"'\rx",-2,3.5,Hà Nội,a=b\n`);
  });

  it("neutralises what a caller's own cast produced", () => {
    const csv = stringifySpreadsheetCsv([[true, new Date(0)]], { cast: { boolean: () => '=yes', date: () => '-epoch' } });
    expect(csv).toBe(`'=yes,'-epoch\n`);
  });

  it('keeps the leading apostrophe off safe text', () => {
    expect(neutraliseFormula('Trần Văn Minh')).toBe('Trần Văn Minh');
  });
});
