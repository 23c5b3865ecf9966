// A table of the PDF report (react-pdf): a short table is kept whole on one page; a longer one
// breaks between rows, never within one, and its header never ends a page (it goes with the first
// row). Columns share the width by their `width` weights.
import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";

export type PdfColumn = { label: string; width: number; numeric?: boolean };

/** Tables of at most this many rows are never split across pages. */
const KEPT_WHOLE = 8;

const styles = StyleSheet.create({
  top: { borderTopWidth: 0.75 },
  end: { marginBottom: 6 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: "#cbd5e1" },
  head: { flexDirection: "row", borderBottomWidth: 0.75, borderColor: "#334155", backgroundColor: "#f1f5f9" },
  cell: { paddingVertical: 2.5, paddingHorizontal: 3 },
  headText: { fontWeight: 700, fontSize: 8 },
  numeric: { textAlign: "right" },
  strong: { fontWeight: 700 },
});

export function PdfTable({
  columns,
  rows,
  strongFirstColumn = false,
  lead,
}: {
  columns: readonly PdfColumn[];
  /** Cell texts, one array per row, in the columns' order. */
  rows: readonly (readonly string[])[];
  strongFirstColumn?: boolean;
  /** What goes before the table and never apart from its header and first row (a heading). */
  lead?: ReactNode;
}) {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const cellStyle = (index: number) => [styles.cell, { width: `${(columns[index]!.width / total) * 100}%` }];
  const row = (cells: readonly string[], key: number) => (
    <View key={key} style={styles.row} wrap={false}>
      {cells.map((text, index) => (
        <View key={index} style={cellStyle(index)}>
          <Text
            style={[
              ...(columns[index]?.numeric ? [styles.numeric] : []),
              ...(strongFirstColumn && index === 0 ? [styles.strong] : []),
            ]}
          >
            {text}
          </Text>
        </View>
      ))}
    </View>
  );
  return (
    <View wrap={rows.length > KEPT_WHOLE}>
      <View wrap={false}>
        {lead}
        <View style={[styles.head, styles.top]}>
          {columns.map((column, index) => (
            <View key={column.label} style={cellStyle(index)}>
              <Text style={column.numeric ? [styles.headText, styles.numeric] : styles.headText}>{column.label}</Text>
            </View>
          ))}
        </View>
        {rows.slice(0, 1).map((cells) => row(cells, 0))}
      </View>
      {rows.slice(1).map((cells, index) => row(cells, index + 1))}
      <View style={styles.end} />
    </View>
  );
}
