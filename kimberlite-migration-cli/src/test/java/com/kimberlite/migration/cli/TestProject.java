package com.kimberlite.migration.cli;

import com.kimberlite.migration.MigrationConfig;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.cli.database.DriverManagerDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A project folder in a temp folder ({@code <tmp>/project}) with an H2 file database beside it
 * ({@code <tmp>/db/app}), and the migrations the tests use.
 */
final class TestProject {

    static final String USERS = """
            -- Migration: create_users

            -- Up Migration
            CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(100));

            -- Down Migration
            DROP TABLE users;
            """;

    static final String POSTS = """
            -- Migration: create_posts

            CREATE TABLE posts (id INT PRIMARY KEY, user_id INT, title VARCHAR(200));
            CREATE INDEX posts_user ON posts (user_id);

            -- Down Migration
            DROP TABLE posts;
            """;

    static final String TAGS = """
            -- Migration: create_tags
            CREATE TABLE tags (id INT PRIMARY KEY);
            """;

    private final Path root;
    private final Path dir;

    TestProject(Path root) {
        this.root = root.toAbsolutePath();
        this.dir = this.root.resolve("project");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    Path dir() {
        return dir;
    }

    String path() {
        return dir.toString();
    }

    String url() {
        return "jdbc:h2:file:" + root.resolve("db").resolve("app");
    }

    /** The usual three migrations: users, posts (both with a down-section) and tags (without). */
    TestProject withMigrations() {
        return migration("0001_create_users.sql", USERS)
                .migration("0002_create_posts.sql", POSTS)
                .migration("0003_create_tags.sql", TAGS);
    }

    TestProject migration(String fileName, String content) {
        write(dir.resolve("migrations").resolve(fileName), content);
        return this;
    }

    TestProject projectFile(String content) {
        write(dir.resolve("kimberlite.toml"), content);
        return this;
    }

    Path file(String relative) {
        return dir.resolve(relative);
    }

    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MigrationConfig config() {
        return MigrationConfig.builder().migrationsDir(dir.resolve("migrations"))
                .stateDir(dir.resolve(".kimberlite/migrations")).build();
    }

    /** The library's manager over the same project and database, as an application would use it. */
    MigrationManager library() {
        return new MigrationManager(config(), new DriverManagerDataSource(url(), Optional.empty(), Optional.empty()));
    }

    /** The library's manager over the project's files only. */
    MigrationManager files() {
        return new MigrationManager(config());
    }

    List<String> tables() {
        try (Connection connection = new DriverManagerDataSource(url(), Optional.empty(), Optional.empty())
                .getConnection();
                ResultSet rows = connection.createStatement().executeQuery(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'"
                                + " ORDER BY table_name")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1).toLowerCase(java.util.Locale.ROOT));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
