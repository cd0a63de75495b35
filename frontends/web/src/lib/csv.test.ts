import { previewCsv } from "./csv";

describe("previewCsv", () => {
  it("reads the separator from the header line and numbers records by their first line", () => {
    const preview = previewCsv('\uFEFFdate;amount;currency;category;merchant;note;tags\n2026-11-01;12,50;EUR;Food;"Bakery; the good one";"two\nlines";a|b\n2026-11-02;3;EUR;;Kiosk;;\n');
    expect(preview.separator).toBe(";");
    expect(preview.header).toEqual(["date", "amount", "currency", "category", "merchant", "note", "tags"]);
    expect(preview.totalRows).toBe(2);
    expect(preview.rows[0]).toEqual({ line: 2, cells: ["2026-11-01", "12,50", "EUR", "Food", "Bakery; the good one", "two\nlines", "a|b"] });
    expect(preview.rows[1]?.line).toBe(4);
    expect(preview.missingColumns).toEqual([]);
  });

  it("handles doubled quotes and CRLF line ends", () => {
    const preview = previewCsv('date,amount,currency,merchant\r\n2026-11-01,1,EUR,"Joe ""The Shop"""\r\n');
    expect(preview.separator).toBe(",");
    expect(preview.rows[0]?.cells[3]).toBe('Joe "The Shop"');
  });

  it("names required columns the header lacks", () => {
    expect(previewCsv("date,merchant\n2026-01-01,x").missingColumns).toEqual(["amount", "currency"]);
  });

  it("shows only the first rows of a long file but counts them all", () => {
    const rows = Array.from({ length: 100 }, (_, i) => `2026-01-01,${i + 1},EUR`).join("\n");
    const preview = previewCsv(`date,amount,currency\n${rows}`, 20);
    expect(preview.rows).toHaveLength(20);
    expect(preview.totalRows).toBe(100);
  });
});
