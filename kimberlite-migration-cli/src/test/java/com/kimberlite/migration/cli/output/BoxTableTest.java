package com.kimberlite.migration.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoxTableTest {

    @Test
    void drawsBordersLikeKimberlitesTable() {
        List<String> lines = new BoxTable(List.of("ID", "Name")).row(List.of("1", "users")).row(List.of("10", "p"))
                .render();

        assertThat(String.join("\n", lines)).isEqualTo("""
                ┌────┬───────┐
                │ ID ┆ Name  │
                ╞════╪═══════╡
                │ 1  ┆ users │
                ├╌╌╌╌┼╌╌╌╌╌╌╌┤
                │ 10 ┆ p     │
                └────┴───────┘""");
    }

    @Test
    void measuresColouredCellsWithoutTheirEscapeCodes() {
        Style style = new Style(true);

        List<String> lines = new BoxTable(List.of("Status")).row(List.of(style.green("Applied"))).render();

        assertThat(lines.get(0)).isEqualTo("┌─────────┐");
        assertThat(lines.get(3)).isEqualTo("│ \u001b[32mApplied\u001b[0m │");
    }
}
