package com.kimberlite.migration.cli.output;

import java.util.ArrayList;
import java.util.List;

/**
 * A table with box-drawing borders, as the Kimberlite command line draws them (comfy-table's
 * {@code UTF8_FULL}): a double line under the header, dotted lines between rows, one space of
 * padding in each cell.
 *
 * <pre>
 * ┌────┬───────┐
 * │ ID ┆ Name  │
 * ╞════╪═══════╡
 * │ 1  ┆ users │
 * ├╌╌╌╌┼╌╌╌╌╌╌╌┤
 * │ 2  ┆ posts │
 * └────┴───────┘
 * </pre>
 *
 * Cells may be coloured; widths are measured without the colour codes.
 */
public final class BoxTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param header the header cells
     */
    public BoxTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    /**
     * @param cells one row, as many cells as the header
     * @return this table
     * @throws IllegalArgumentException if the number of cells differs from the header's
     */
    public BoxTable row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("Expected " + header.size() + " cells, got " + cells.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /**
     * @return the table's lines, without line ends
     */
    public List<String> render() {
        int[] widths = new int[header.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = Style.width(header.get(column));
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], Style.width(row.get(column)));
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(rule(widths, '┌', '─', '┬', '┐'));
        lines.add(cells(header, widths));
        lines.add(rule(widths, '╞', '═', '╪', '╡'));
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                lines.add(rule(widths, '├', '╌', '┼', '┤'));
            }
            lines.add(cells(rows.get(i), widths));
        }
        lines.add(rule(widths, '└', '─', '┴', '┘'));
        return lines;
    }

    private static String rule(int[] widths, char left, char line, char cross, char right) {
        StringBuilder out = new StringBuilder().append(left);
        for (int column = 0; column < widths.length; column++) {
            out.append(String.valueOf(line).repeat(widths[column] + 2));
            out.append(column + 1 < widths.length ? cross : right);
        }
        return out.toString();
    }

    private static String cells(List<String> cells, int[] widths) {
        StringBuilder out = new StringBuilder("│");
        for (int column = 0; column < widths.length; column++) {
            String cell = cells.get(column);
            out.append(' ').append(cell).append(" ".repeat(widths[column] - Style.width(cell) + 1));
            out.append(column + 1 < widths.length ? '┆' : '│');
        }
        return out.toString();
    }
}
