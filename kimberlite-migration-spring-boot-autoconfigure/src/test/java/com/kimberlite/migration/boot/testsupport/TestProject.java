package com.kimberlite.migration.boot.testsupport;

import com.kimberlite.migration.MigrationConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A project folder in a temporary directory: {@code migrations/} with some of the three test
 * migrations, and a state folder, {@code state/}.
 */
public final class TestProject {

    /** The classpath folder of the three migrations (users, posts with a foreign key, an index). */
    public static final String CLASSPATH_MIGRATIONS = "kimberlite/test-migrations";

    /** The file names of the three migrations, in order. */
    public static final List<String> MIGRATIONS = List.of("0001_create_users.sql", "0002_create_posts.sql",
            "0003_index_posts_by_user.sql");

    private final Path root;

    private TestProject(Path root) {
        this.root = root;
    }

    /**
     * @param root an empty folder
     * @param count how many of the three migrations to write
     * @return the project
     */
    public static TestProject create(Path root, int count) {
        TestProject project = new TestProject(root);
        try {
            Files.createDirectories(project.migrations());
            for (String name : MIGRATIONS.subList(0, count)) {
                project.add(name);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return project;
    }

    /**
     * Copies one of the three migrations into the project.
     *
     * @param name its file name
     * @return this project
     */
    public TestProject add(String name) {
        try (InputStream in = TestProject.class.getClassLoader()
            .getResourceAsStream(CLASSPATH_MIGRATIONS + "/" + name)) {
            Files.copy(in, migrations().resolve(name));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return this;
    }

    /** @return the migrations folder */
    public Path migrations() {
        return this.root.resolve("migrations");
    }

    /** @return the state folder */
    public Path state() {
        return this.root.resolve("state");
    }

    /** @return a configuration of this project */
    public MigrationConfig config() {
        return MigrationConfig.builder().migrationsDir(migrations()).stateDir(state()).build();
    }

    /** @return the properties that point the starter at this project */
    public String[] properties() {
        return new String[] { "kimberlite.migrations.directory=" + migrations(),
                "kimberlite.migrations.state-dir=" + state() };
    }

    /**
     * Appends a statement to a migration file, changing its checksum.
     *
     * @param fileName the migration's file name
     */
    public void tamper(String fileName) {
        try {
            Files.writeString(migrations().resolve(fileName), "\n-- edited after it was applied\nSELECT 1;\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
