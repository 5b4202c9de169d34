/**
 * A plain-text table: columns padded to their widest cell, a dashed rule under the headers, numeric
 * columns right-aligned. Cells beyond the headers are ignored; trailing spaces are trimmed.
 */
export function table(headers: string[], rows: (string | number)[][]): string {
  const text = rows.map((row) => headers.map((_, i) => String(row[i] ?? "")));
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...text.map((row) => (row[i] as string).length)),
  );
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === "number"));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        return numeric[i] ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd();
  return [line(headers), line(widths.map((width) => "-".repeat(width))), ...text.map(line)].join("\n");
}
