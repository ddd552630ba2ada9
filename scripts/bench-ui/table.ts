export interface Column<Row> {
  title: string;
  cell: (row: Row) => string;
  /** Text columns are left-aligned, figures right-aligned. */
  text?: boolean;
}

/** A table with aligned columns, each line prefixed so it stands out in a CI log. */
export function printTable<Row>(title: string, columns: Column<Row>[], rows: Row[]): void {
  const cells = rows.map((row) => columns.map((column) => column.cell(row)));
  const widths = columns.map((column, index) =>
    Math.max(column.title.length, ...cells.map((line) => line[index]?.length ?? 0)),
  );
  const line = (values: string[]) =>
    values
      .map((value, index) => (columns[index]?.text ? value.padEnd(widths[index] ?? 0) : value.padStart(widths[index] ?? 0)))
      .join('  ')
      .trimEnd();
  console.log(`ui: ${title}`);
  console.log(`ui:   ${line(columns.map((column) => column.title))}`);
  for (const values of cells) {
    console.log(`ui:   ${line(values)}`);
  }
}

export function ms(value: number): string {
  return value.toFixed(1);
}
