package com.kimberlite.migration.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.kimberlite.migration.StateFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFilesTest {

    @TempDir
    Path dir;

    private StateSource source(Path file) {
        return StateSource.appliedFile(file);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void writeAtomicallyCreatesMissingFolders() throws IOException {
        Path file = dir.resolve("a/b/applied.toml");

        StateFiles.writeAtomically(file, bytes("x = 1\n"), source(file));

        assertThat(Files.readString(file)).isEqualTo("x = 1\n");
    }

    @Test
    void writeAtomicallyReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("applied.toml"), "old\n");

        StateFiles.writeAtomically(file, bytes("new\n"), source(file));

        assertThat(Files.readString(file)).isEqualTo("new\n");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void writeAtomicallyKeepsThePermissionsOfTheFileItReplaces() throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file system");
        Path file = Files.writeString(dir.resolve("applied.toml"), "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        StateFiles.writeAtomically(file, bytes("new\n"), source(file));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void failedReplacementLeavesTheTargetAndNoTemporaryFile() throws IOException {
        Path target = Files.createDirectory(dir.resolve("applied.toml"));
        Files.writeString(target.resolve("inside"), "kept\n");

        assertThatExceptionOfType(StateFileException.class)
                .isThrownBy(() -> StateFiles.writeAtomically(target, bytes("new\n"), source(target)))
                .withMessageStartingWith("Failed to read or write state file " + target + ": cannot write the file (")
                .withMessageEndingWith("it was not changed. Check that " + dir
                        + " is writable and the disk is not full");
        assertThat(Files.readString(target.resolve("inside"))).isEqualTo("kept\n");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void appendStartsOnANewLineWhenTheFileDoesNotEndWithOne() throws IOException {
        Path file = Files.writeString(dir.resolve("applied.toml"), "a = 1");

        StateFiles.append(file, bytes("b = 2\n"), source(file));
        StateFiles.append(file, bytes("c = 3\n"), source(file));

        assertThat(Files.readString(file)).isEqualTo("a = 1\nb = 2\nc = 3\n");
    }

    @Test
    void appendToAMissingFileIsReportedAndCreatesNothing() {
        Path file = dir.resolve("applied.toml");

        assertThatExceptionOfType(StateFileException.class)
                .isThrownBy(() -> StateFiles.append(file, bytes("b = 2\n"), source(file)))
                .withMessageContaining("cannot append to the file");
        assertThat(file).doesNotExist();
    }

    @Test
    void readOfAMissingFileOrOfAFileBelowARegularFileIsEmpty() throws IOException {
        Path regular = Files.writeString(dir.resolve("state"), "x");

        assertThat(StateFiles.read(dir.resolve("applied.toml"), source(dir))).isEmpty();
        assertThat(StateFiles.read(regular.resolve("applied.toml"), source(dir))).isEmpty();
    }

    @Test
    void readOfAFolderIsReported() {
        assertThatExceptionOfType(StateFileException.class).isThrownBy(() -> StateFiles.read(dir, source(dir)))
                .withMessageContaining("cannot read the file (");
    }
}
