package com.kimberlite.migration.cli.output;

import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.MigrationInfo;
import com.kimberlite.migration.MigrationState;
import com.kimberlite.migration.MigrationStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The status of a project's migrations, as a table for people and as JSON for scripts. */
public final class StatusReport {

    private StatusReport() {
    }

    /**
     * Writes the table of the Kimberlite command line (ID, Name, Status, first 8 hex digits of the
     * checksum), then the counts: {@code Applied: N | Pending: M}, followed by the count of each
     * problem state that occurs.
     *
     * @param status the status
     * @param out where to write
     */
    public static void text(MigrationStatus status, Output out) {
        Style style = out.style();
        if (status.total() == 0) {
            out.info("No migrations found");
            out.blank();
            out.line("Create your first migration with:");
            out.line("  " + style.code("kimberlite-migration create <name>"));
            return;
        }
        BoxTable table = new BoxTable(List.of(style.blue("ID"), style.blue("Name"), style.blue("Status"),
                style.blue("Checksum")));
        for (MigrationInfo info : status.migrations()) {
            table.row(List.of(Long.toString(info.id()), info.name(), Formats.label(info.state(), style),
                    Formats.shortChecksum(info.checksum())));
        }
        out.blank();
        out.line("Migration Status");
        table.render().forEach(out::line);
        out.blank();
        out.line(counts(status, style));
        if (!status.isClean()) {
            out.warning("Some migrations need attention: run 'kimberlite-migration validate' for the details.");
        }
    }

    private static String counts(MigrationStatus status, Style style) {
        int applied = status.count(MigrationState.APPLIED);
        int pending = status.count(MigrationState.PENDING);
        StringBuilder line = new StringBuilder("Applied: ").append(style.green(Integer.toString(applied)))
                .append(" | Pending: ")
                .append(pending == 0 ? style.green("0") : style.yellow(Integer.toString(pending)));
        for (MigrationState state : MigrationState.values()) {
            int count = status.count(state);
            if (state.isProblem() && count > 0) {
                line.append(" | ").append(Formats.label(state)).append(": ").append(style.red(Integer.toString(count)));
            }
        }
        return line.toString();
    }

    /**
     * The JSON document of {@code status --json}.
     *
     * @param status the status
     * @return {@code {"ok", "migrations": [...], "summary": {...}, "clean"}}
     */
    public static Map<String, Object> json(MigrationStatus status) {
        List<Object> migrations = new ArrayList<>();
        for (MigrationInfo info : status.migrations()) {
            Map<String, Object> migration = new LinkedHashMap<>();
            migration.put("id", info.id());
            migration.put("name", info.name());
            migration.put("state", Formats.json(info.state()));
            migration.put("checksum", info.checksum());
            migration.put("locked", info.locked());
            migration.put("file", info.file().map(file -> file.path().toString()));
            migration.put("applied_at", info.applied().map(record -> record.appliedAt().toString()));
            migration.put("applied_by", info.applied().flatMap(AppliedMigration::appliedBy));
            migrations.add(migration);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("total", status.total());
        for (MigrationState state : MigrationState.values()) {
            summary.put(Formats.json(state), status.count(state));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("ok", true);
        document.put("migrations", migrations);
        document.put("summary", summary);
        document.put("clean", status.isClean());
        return document;
    }
}
