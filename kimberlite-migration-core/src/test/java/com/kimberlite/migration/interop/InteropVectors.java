package com.kimberlite.migration.interop;

import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.LockEntry;
import com.kimberlite.migration.Migration;
import com.kimberlite.migration.MigrationFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The interoperability test vectors made with Kimberlite's own Rust crate (see their README):
 * where they are and how their JSON maps to this library's types.
 */
public final class InteropVectors {

    /** The folder of the vectors: a copy of shared/interop on the test classpath. */
    public static final Path BASE = root();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InteropVectors() {
    }

    private static Path root() {
        URL url = InteropVectors.class.getResource("/interop/README.md");
        if (url == null) {
            throw new IllegalStateException("interop vectors missing from the test classpath");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the case folders ({@code cases/NNN-slug}), sorted */
    public static List<Path> cases() {
        try (Stream<Path> cases = Files.list(BASE.resolve("cases"))) {
            return cases.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the project folders ({@code projects/NNN-slug}), sorted */
    public static List<Path> projects() {
        try (Stream<Path> projects = Files.list(BASE.resolve("projects"))) {
            return projects.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param project a project folder
     * @return its {@code expected.json}
     */
    public static JsonNode expected(Path project) {
        return JSON.readTree(project.resolve("expected.json").toFile());
    }

    /**
     * @param project a project folder
     * @return its lock file, which may not exist
     */
    public static Path lockFile(Path project) {
        return project.resolve(".kimberlite/migrations/.lock");
    }

    /**
     * @param project a project folder
     * @return its {@code applied.toml}, which may not exist
     */
    public static Path appliedFile(Path project) {
        return project.resolve(".kimberlite/migrations/applied.toml");
    }

    /**
     * @param migrations a JSON array of {@code {id, name, checksum}}
     * @return the lock entries
     */
    public static List<LockEntry> lockEntries(JsonNode migrations) {
        List<LockEntry> entries = new ArrayList<>();
        migrations.forEach(m -> entries.add(new LockEntry(m.get("id").asLong(), m.get("name").asString(),
                m.get("checksum").asString())));
        return entries;
    }

    /**
     * @param records a JSON array of {@code {id, name, checksum, applied_at, applied_by}}
     * @return the records
     */
    public static List<AppliedMigration> appliedRecords(JsonNode records) {
        List<AppliedMigration> applied = new ArrayList<>();
        records.forEach(r -> applied.add(appliedRecord(r)));
        return applied;
    }

    /**
     * @param record a JSON object {@code {id, name, checksum, applied_at, applied_by}}
     * @return the record
     */
    public static AppliedMigration appliedRecord(JsonNode record) {
        JsonNode by = record.get("applied_by");
        return new AppliedMigration(record.get("id").asLong(), record.get("name").asString(),
                record.get("checksum").asString(), Instant.parse(record.get("applied_at").asString()),
                by == null || by.isNull() ? Optional.empty() : Optional.of(by.asString()), OptionalLong.empty());
    }

    /**
     * A migration file with the given id, name and checksum, as the tool would have discovered it.
     *
     * @param entry id, name and checksum
     * @return the file (its SQL is not the SQL the checksum was made of)
     */
    public static MigrationFile migrationFile(LockEntry entry) {
        Path path = Path.of("migrations", String.format("%04d_%s.sql", entry.id(), "m"));
        return new MigrationFile(path, new Migration(entry.id(), entry.name(), "", Instant.EPOCH, Optional.empty()),
                entry.checksum(), true);
    }

    /**
     * @param text a string value
     * @return whether the Rust tool writes it as a plain basic string, as this library does: it
     *     holds no {@code "}, {@code \} or control character
     */
    public static boolean isPlain(String text) {
        return text.chars().noneMatch(c -> c == '"' || c == '\\' || c < 0x20 || c == 0x7F);
    }
}
