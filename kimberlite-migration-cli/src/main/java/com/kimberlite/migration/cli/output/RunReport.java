package com.kimberlite.migration.cli.output;

import com.kimberlite.migration.MigrationResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The migrations an apply or a rollback ran, as lines for people and as JSON for scripts. */
public final class RunReport {

    private RunReport() {
    }

    /**
     * Writes {@code ✓ <verb> <id> <name> (<duration>)} and, when the result has a note, the note
     * as a warning below it.
     *
     * @param verb {@code Applied} or {@code Rolled back}
     * @param result one migration's result
     * @param out where to write
     */
    public static void line(String verb, MigrationResult result, Output out) {
        Style style = out.style();
        out.success(verb + " " + style.code(Long.toString(result.id())) + " " + style.bold(result.name())
                + " (" + Output.duration(result.duration()) + ")");
        if (!result.note().isEmpty()) {
            out.warning(result.note());
        }
    }

    /**
     * Writes {@code   <id> <name>}: one migration of a list.
     *
     * @param id the migration's id
     * @param name its name
     * @param out where to write
     */
    public static void item(long id, String name, Output out) {
        out.line("  " + out.style().code(Long.toString(id)) + " " + out.style().bold(name));
    }

    /**
     * The JSON document of {@code apply --json} and {@code rollback --json}.
     *
     * @param results the migrations, in the order they ran
     * @param duration the time of the whole run
     * @param extra further top-level fields, put before {@code migrations}
     * @return {@code {"ok", ...extra, "duration_ms", "migrations": [...]}}
     */
    public static Map<String, Object> json(List<MigrationResult> results, Duration duration,
            Map<String, Object> extra) {
        List<Object> migrations = new ArrayList<>();
        for (MigrationResult result : results) {
            Map<String, Object> migration = new LinkedHashMap<>();
            migration.put("id", result.id());
            migration.put("name", result.name());
            migration.put("state", Formats.json(result.state()));
            migration.put("duration_ms", result.duration().toMillis());
            migration.put("statements", result.statements());
            migration.put("note", result.note());
            migrations.add(migration);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("ok", true);
        document.putAll(extra);
        document.put("duration_ms", duration.toMillis());
        document.put("migrations", migrations);
        return document;
    }
}
