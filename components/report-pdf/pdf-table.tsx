// A table of the PDF report (react-pdf): a short table is kept whole on one page; a longer one
// breaks between rows, never within one, and repeats its header row at the top of each page it runs
// on (a `fixed` child repeats on every page its parent spans). Its heading and header never end a
// page: they ask for room for a few rows after them. Columns share the width by their `width` weights.
import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";

export type PdfColumn = { label: string; width: number; numeric?: boolean };

/** Tables of at most this many rows are never split across pages. */
const KEPT_WHOLE = 8;
/** Room (points) a table's heading asks for after it on its page: the header row and two rows. */
const ROOM_AFTER_HEADING = 48;

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
  const header = (fixed: boolean) => (
    <View style={[styles.head, styles.top]} fixed={fixed}>
      {columns.map((column, index) => (
        <View key={column.label} style={cellStyle(index)}>
          <Text style={column.numeric ? [styles.headText, styles.numeric] : styles.headText}>{column.label}</Text>
        </View>
      ))}
    </View>
  );
  if (rows.length <= KEPT_WHOLE)
    return (
      <View wrap={false}>
        {lead}
        {header(false)}
        {rows.map((cells, index) => row(cells, index))}
        <View style={styles.end} />
      </View>
    );
  return (
    <View>
      {/* react-pdf moves an element to the next page for its minPresenceAhead only when something
          precedes it in its parent: this empty view is that something. */}
      <View />
      <View minPresenceAhead={ROOM_AFTER_HEADING}>{lead}</View>
      {header(true)}
      {rows.map((cells, index) => row(cells, index))}
      <View style={styles.end} />
    </View>
  );
}
