package com.kimberlite.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagerLockTest {

    @TempDir
    Path dir;

    private MigrationManager manager() {
        return new MigrationManager(MigrationConfig.builder()
                .migrationsDir(dir.resolve("migrations"))
                .stateDir(dir.resolve(".kimberlite/migrations"))
                .build());
    }

    private void write(String name, String sql) throws IOException {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations").resolve(name), sql);
    }

    @Test
    void lockRefusesAChangedFileButRelockAcceptsItWhenNeverApplied() throws IOException {
        write("0001_a.sql", "CREATE TABLE a (id INT);");
        write("0002_b.sql", "CREATE TABLE b (id INT);");
        MigrationManager manager = manager();
        manager.lock();
        write("0002_b.sql", "CREATE TABLE b (id BIGINT);");
        byte[] lockBefore = Files.readAllBytes(manager.config().lockFilePath());

        assertThatThrownBy(manager::lock).isInstanceOf(ChecksumMismatchException.class);
        assertThat(Files.readAllBytes(manager.config().lockFilePath())).isEqualTo(lockBefore);

        LockFile relocked = manager.relock();

        assertThat(relocked.entry(2).orElseThrow().checksum()).isEqualTo(manager.listFiles().get(1).checksum());
        manager.validate();
    }

    @Test
    void relockRefusesAChangedFileThatWasApplied() throws IOException {
        write("0001_a.sql", "CREATE TABLE a (id INT);");
        MigrationManager manager = manager();
        manager.lock();
        manager.recordApplied(manager.listFiles().get(0));
        write("0001_a.sql", "CREATE TABLE a (id BIGINT);");
        byte[] lockBefore = Files.readAllBytes(manager.config().lockFilePath());

        assertThatThrownBy(manager::relock)
                .isInstanceOf(ChecksumMismatchException.class)
                .hasMessageContaining("applied.toml");
        assertThat(Files.readAllBytes(manager.config().lockFilePath())).isEqualTo(lockBefore);
    }
}
