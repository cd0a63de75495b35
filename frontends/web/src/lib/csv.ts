// Reads enough of a CSV file to show a preview before it is sent: the API does the real import and reports
// each bad line itself. Same rules as the API: `,` or `;` taken from the header line, RFC 4180 quotes.

export const IMPORT_COLUMNS = ["date", "amount", "currency", "category", "merchant", "note", "tags"] as const;

const REQUIRED_COLUMNS = ["date", "amount", "currency"];

export interface CsvPreview {
  separator: "," | ";";
  header: string[];
  /** Records with the 1-based file line each starts on (header = line 1). */
  rows: { line: number; cells: string[] }[];
  totalRows: number;
  missingColumns: string[];
}

export function previewCsv(text: string, maxRows = 20): CsvPreview {
  const content = text.replace(/^\uFEFF/, "");
  const firstLine = content.split(/\r?\n/, 1)[0] ?? "";
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const records = parseRecords(content, separator);
  const [headerRecord, ...rest] = records;
  const header = (headerRecord?.cells ?? []).map((cell) => cell.trim().toLowerCase());
  return {
    separator,
    header,
    rows: rest.slice(0, maxRows),
    totalRows: rest.length,
    missingColumns: REQUIRED_COLUMNS.filter((column) => !header.includes(column)),
  };
}

function parseRecords(content: string, separator: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < content.length; i++) {
    const char = content[i];
    if (quoted) {
      if (char === '"' && content[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === "\n") line++;
        cell += char;
      }
    } else if (char === '"' && cell === "") {
      quoted = true;
    } else if (char === separator) {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && content[i + 1] === "\n") i++;
      cells.push(cell);
      if (cells.some((value) => value !== "")) records.push({ line: recordLine, cells });
      cells = [];
      cell = "";
      line++;
      recordLine = line;
    } else {
      cell += char;
    }
  }
  cells.push(cell);
  if (cells.some((value) => value !== "")) records.push({ line: recordLine, cells });
  return records;
}
