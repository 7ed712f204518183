package com.kimberlite.migration.internal.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.LockTimeoutException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The holder line of the file tracker's apply lock. */
class FileApplyLockTest {

    @TempDir
    Path dir;

    @Test
    void theLockFileNamesThisProcessAndWhenItTookTheLock() throws IOException {
        Instant before = Instant.now();
        try (FileApplyLock lock = FileApplyLock.acquire(dir, Duration.ofSeconds(5))) {
            String holder = Files.readString(dir.resolve(FileApplyLock.FILE_NAME));

            String prefix = "process " + ProcessHandle.current().pid() + " since ";
            assertThat(holder).startsWith(prefix).endsWith("\n");
            Instant since = Instant.parse(holder.substring(prefix.length(), holder.length() - 1));
            assertThat(since).isBetween(before, Instant.now());
            assertThat(FileApplyLock.pid()).isEqualTo(ProcessHandle.current().pid());
        }
    }

    @Test
    void aHolderOnAnotherThreadOfThisProcessWaitsAndTimesOut() throws Exception {
        try (FileApplyLock lock = FileApplyLock.acquire(dir, Duration.ofSeconds(5))) {
            CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(() -> {
                try {
                    FileApplyLock.acquire(dir, Duration.ofMillis(100)).close();
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });

            assertThat(second.get(10, TimeUnit.SECONDS)).isInstanceOf(LockTimeoutException.class)
                    .hasMessageContaining("another manager in this process");
        }
        assertThat(CompletableFuture.supplyAsync(() -> {
            FileApplyLock.acquire(dir, Duration.ofMillis(100)).close();
            return true;
        }).get(10, TimeUnit.SECONDS)).isTrue();
    }
}
