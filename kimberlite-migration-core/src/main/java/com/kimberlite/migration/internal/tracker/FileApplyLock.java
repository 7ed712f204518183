package com.kimberlite.migration.internal.tracker;

import com.kimberlite.migration.LockTimeoutException;
import com.kimberlite.migration.MigrationLock;
import com.kimberlite.migration.StateFileException;
import com.kimberlite.migration.internal.state.Rfc3339;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock of the file tracker: an operating-system lock ({@link FileChannel#tryLock()}) on a file
 * in the state folder, held for a whole apply or rollback. The operating system releases it when
 * the process ends, however it ends. The file holds the holder's process id and start time, for
 * the timeout message.
 *
 * <p>Within one process, holders queue on a {@link ReentrantLock} per lock file first: on POSIX
 * systems closing any channel of a file drops every lock the process holds on it, so only the
 * holder of the in-process lock ever opens the file.
 */
final class FileApplyLock implements MigrationLock {

    /** Name of the lock file in the state folder. */
    static final String FILE_NAME = ".apply-lock";

    private static final long POLL_MILLIS = 50;

    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock inProcess;
    private final FileChannel channel;
    private final FileLock lock;

    private FileApplyLock(ReentrantLock inProcess, FileChannel channel, FileLock lock) {
        this.inProcess = inProcess;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param stateDir the state folder, created if missing
     * @param timeout how long to wait for another holder
     * @return the held lock
     * @throws LockTimeoutException if another process (or manager in this process) held it longer
     * @throws StateFileException if the lock file cannot be created
     */
    static FileApplyLock acquire(Path stateDir, Duration timeout) {
        Path file = stateDir.resolve(FILE_NAME).toAbsolutePath().normalize();
        Instant deadline = Instant.now().plus(timeout);
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        try {
            if (!inProcess.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LockTimeoutException(file.toString(), timeout, "another manager in this process");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException(file.toString(), timeout, "");
        }
        try {
            return acquireFile(inProcess, stateDir, file, timeout, deadline);
        } catch (RuntimeException e) {
            inProcess.unlock();
            throw e;
        }
    }

    private static FileApplyLock acquireFile(ReentrantLock inProcess, Path stateDir, Path file, Duration timeout,
            Instant deadline) {
        FileChannel channel = open(stateDir, file);
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    writeHolder(channel);
                    return new FileApplyLock(inProcess, channel, lock);
                }
                if (!Instant.now().isBefore(deadline)) {
                    String holder = readHolder(file);
                    closeQuietly(channel);
                    throw new LockTimeoutException(file.toString(), timeout, holder);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(channel);
            throw new LockTimeoutException(file.toString(), timeout, "");
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StateFileException(file, 0, "cannot lock the file: " + e, e);
        }
    }

    private static FileChannel open(Path stateDir, Path file) {
        try {
            Files.createDirectories(file.getParent());
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StateFileException(file, 0, "cannot create the lock file of the state folder: " + e
                    + "; check that the state folder can be created and written", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void writeHolder(FileChannel channel) throws IOException {
        String holder = "process " + pid() + " since " + Rfc3339.format(Instant.now()) + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
    }

    /**
     * @return this process's id: on Linux the name {@code /proc/self} links to, which a fresh JVM
     *     reads in well under a millisecond, where the first {@link ProcessHandle#current()} takes
     *     10 to 20 ms (it sets up the JDK's process handling); elsewhere from {@code ProcessHandle}
     */
    static long pid() {
        try {
            return Long.parseLong(Files.readSymbolicLink(Path.of("/proc/self")).toString());
        } catch (IOException | UnsupportedOperationException | NumberFormatException e) {
            return ProcessHandle.current().pid();
        }
    }

    private static String readHolder(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // closing the channel below releases it too
        } finally {
            closeQuietly(channel);
            if (inProcess.isHeldByCurrentThread()) {
                inProcess.unlock();
            }
        }
    }
}
