package com.kimberlite.migration.benchmarks.workload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How each tool expects a set of migrations to be laid out on disk: the same SQL
 * ({@link WorkloadSql}) in each tool's own file convention.
 */
public enum Layout {

    /** {@code NNNN_name.sql} with this library's header. */
    OURS {
        @Override
        void writeMigrations(Path folder, int count) throws IOException {
            for (int i = 1; i <= count; i++) {
                String name = WorkloadSql.table(i);
                writeFile(folder.resolve(String.format("%04d_%s.sql", i, name)),
                        "-- Migration: " + name + "\n-- Created: 2026-01-01T00:00:00Z\n\n" + WorkloadSql.migration(i));
            }
        }
    },

    /** Flyway's versioned migrations: {@code V1__name.sql}. */
    FLYWAY {
        @Override
        void writeMigrations(Path folder, int count) throws IOException {
            for (int i = 1; i <= count; i++) {
                writeFile(folder.resolve("V" + i + "__" + WorkloadSql.table(i) + ".sql"), WorkloadSql.migration(i));
            }
        }
    },

    /**
     * Liquibase formatted SQL, one changeset per file under {@code changes/}, each file included in
     * order from {@link #LIQUIBASE_CHANGELOG}.
     */
    LIQUIBASE {
        @Override
        void writeMigrations(Path folder, int count) throws IOException {
            Path changes = Files.createDirectories(folder.resolve("changes"));
            StringBuilder master = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                            xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                                http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                    """);
            for (int i = 1; i <= count; i++) {
                String file = String.format("%05d_%s.sql", i, WorkloadSql.table(i));
                writeFile(changes.resolve(file), "--liquibase formatted sql\n\n--changeset bench:" + i + "\n" + WorkloadSql.migration(i));
                master.append("    <include file=\"changes/").append(file).append("\" relativeToChangelogFile=\"true\"/>\n");
            }
            writeFile(folder.resolve(LIQUIBASE_CHANGELOG), master.append("</databaseChangeLog>\n").toString());
        }
    },

    /** Plain SQL files, numbered so that their names sort in order, for raw JDBC. */
    RAW {
        @Override
        void writeMigrations(Path folder, int count) throws IOException {
            for (int i = 1; i <= count; i++) {
                writeFile(folder.resolve(String.format("%06d.sql", i)), WorkloadSql.migration(i));
            }
        }
    };

    /** The master changelog of the {@link #LIQUIBASE} layout, relative to its folder. */
    public static final String LIQUIBASE_CHANGELOG = "changelog.xml";

    /**
     * Writes the workload's {@code count} migrations into a new folder.
     *
     * @param folder a folder that does not exist yet
     * @param count how many migrations
     * @return {@code folder}
     * @throws IOException if a file cannot be written
     */
    public Path write(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        writeMigrations(folder, count);
        return folder;
    }

    abstract void writeMigrations(Path folder, int count) throws IOException;

    static void writeFile(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
