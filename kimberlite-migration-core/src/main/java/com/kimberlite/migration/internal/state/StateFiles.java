package com.kimberlite.migration.internal.state;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reading and writing state files. Every failure is reported through the file's
 * {@link StateSource}; after a failed write the file on disk is as it was.
 */
public final class StateFiles {

    private StateFiles() {
    }

    /**
     * Reads a state file.
     *
     * @param file the file
     * @param source the file, for messages
     * @return its bytes, or empty when it does not exist (or cannot exist, because a file stands
     *     where one of its folders should be)
     */
    public static Optional<byte[]> read(Path file, StateSource source) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            if (blockingFile(file.toAbsolutePath().getParent()).isPresent()) {
                return Optional.empty();
            }
            throw source.error(0, "cannot read the file (" + e + "); check that it is a readable file", e);
        }
    }

    /**
     * Replaces a file atomically: the content is written to a temporary file in the same folder,
     * forced to disk, and renamed over the file ({@code ATOMIC_MOVE} where the file system allows,
     * else a plain replacing move); then the folder is forced to disk where the platform allows.
     * A crash leaves either the old or the new file, never a mix. Missing folders are created;
     * the file's POSIX permissions are kept.
     *
     * @param file the file
     * @param content the new content
     * @param source the file, for messages
     */
    public static void writeAtomically(Path file, byte[] content, StateSource source) {
        Path target = file.toAbsolutePath();
        Path folder = createFolder(target.getParent(), source);
        Path temp = folder.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, CREATE_NEW, WRITE)) {
                writeFully(channel, ByteBuffer.wrap(content), 0);
                channel.force(true);
            }
            keepPermissions(target, temp);
            move(temp, target);
        } catch (IOException e) {
            deleteQuietly(temp, e);
            throw source.error(0, "cannot write the file (" + e + "); it was not changed. Check that " + folder
                    + " is writable and the disk is not full", e);
        }
        forceFolder(folder);
    }

    /**
     * Deletes a file if it exists, then forces its folder to disk.
     *
     * @param file the file
     * @param source the file, for messages
     */
    public static void delete(Path file, StateSource source) {
        try {
            if (Files.deleteIfExists(file)) {
                forceFolder(file.toAbsolutePath().getParent());
            }
        } catch (IOException e) {
            throw source.error(0, "cannot delete the file (" + e + "); check that its folder is writable", e);
        }
    }

    /**
     * Deletes a file if it exists, <em>without</em> forcing its folder to disk: a crash of the
     * machine soon after may bring the file back. For files that mean nothing when they come back,
     * such as started marks that records have superseded; {@link #forceFolderOf} makes such a
     * deletion durable later.
     *
     * @param file the file
     * @param source the file, for messages
     */
    public static void deleteUnforced(Path file, StateSource source) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw source.error(0, "cannot delete the file (" + e + "); check that its folder is writable", e);
        }
    }

    /**
     * Forces the folder of a file to disk, so that earlier creations, renames and deletions of
     * files in it are durable; where the platform cannot, does nothing.
     *
     * @param file a file in the folder; it need not exist
     */
    public static void forceFolderOf(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isDirectory(folder)) {
            forceFolder(folder);
        }
    }

    /**
     * Appends lines to a file with one write, then forces the file to disk. When the file does not
     * end with a line break, one is written first. When the write fails, the file is truncated
     * back to its old length.
     *
     * @param file the file, which must exist
     * @param lines the lines to append
     * @param source the file, for messages
     */
    public static void append(Path file, byte[] lines, StateSource source) {
        try (FileChannel channel = FileChannel.open(file, READ, WRITE)) {
            long size = channel.size();
            ByteBuffer block = ByteBuffer.allocate(lines.length + 1);
            if (size > 0 && lastByte(channel, size) != '\n') {
                block.put((byte) '\n');
            }
            block.put(lines).flip();
            try {
                writeFully(channel, block, size);
                channel.force(true);
            } catch (IOException e) {
                restoreLength(channel, size, e);
                throw e;
            }
        } catch (IOException e) {
            throw source.error(0, "cannot append to the file (" + e + "); it was not changed. Check that it is"
                    + " writable and the disk is not full", e);
        }
    }

    private static Path createFolder(Path folder, StateSource source) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            String why = blockingFile(folder).map(file -> file + " is a file, not a folder").orElse(e.toString());
            throw source.error(0, "cannot create the folder " + folder + ": " + why + ". Move that out of the way"
                    + " or choose another state folder; nothing was written", e);
        }
    }

    /** The nearest existing path at or above {@code folder}, if it is not a folder. */
    private static Optional<Path> blockingFile(Path folder) {
        for (Path path = folder; path != null; path = path.getParent()) {
            if (Files.exists(path)) {
                return Files.isDirectory(path) ? Optional.empty() : Optional.of(path);
            }
        }
        return Optional.empty();
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
    }

    private static byte lastByte(FileChannel channel, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        while (last.hasRemaining() && channel.read(last, size - 1) >= 0) {
            // a read may return 0 bytes; repeat until the byte arrives
        }
        return last.get(0);
    }

    private static void restoreLength(FileChannel channel, long size, IOException failure) {
        try {
            channel.truncate(size);
            channel.force(true);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null && Files.exists(from)) {
            Files.setPosixFilePermissions(to, view.readAttributes().permissions());
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Folders cannot be opened for syncing on every platform (Windows); the rename is done.
        }
    }

    private static void deleteQuietly(Path temp, IOException failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
