package com.kimberlite.migration.internal.files;

import com.kimberlite.migration.MigrationParseException;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a migration file chunk by chunk through a strict UTF-8 decoder and applies the
 * {@link MigrationText line rules} to it, telling a {@link BodyListener} what it finds.
 *
 * <p>Each call of {@link #step()} reads one chunk, so a caller can pull the body at its own pace (a
 * {@link java.io.Reader} over a section does). Memory: one byte buffer and one char buffer of
 * {@link #CHUNK_SIZE}, whatever the size of the file. Not thread-safe.
 */
final class MigrationScanner implements AutoCloseable {

    /** Bytes read per step: large enough that the cost of a step is in the decoding, not the call. */
    static final int CHUNK_SIZE = 64 * 1024;

    private final Path path;
    private final InputStream in;
    private final MigrationText text;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes;
    private final CharBuffer chars;
    private long bytesBefore;
    private boolean finished;

    /**
     * Opens a file.
     *
     * @param path the migration file
     * @param listener told of the header comments and the body
     * @param chunkSize bytes read per step: {@link #CHUNK_SIZE}, or less in tests of chunk boundaries
     * @throws MigrationParseException if the file does not exist, is a folder or cannot be opened
     */
    MigrationScanner(Path path, BodyListener listener, int chunkSize) {
        this.path = path;
        this.text = new MigrationText(listener);
        try {
            // A small file gets buffers of its own size: it is read in one step.
            int capacity = (int) Math.max(4, Math.min(chunkSize, fileSize(path) + 1));
            this.bytes = ByteBuffer.allocate(capacity);
            this.chars = CharBuffer.allocate(capacity);
            this.in = Files.newInputStream(path);
        } catch (IOException e) {
            throw cannotRead(path, e);
        }
    }

    /**
     * Reads a whole file in one piece, if it is small enough: one open, one size query and the
     * reads, through a {@link FileInputStream}, whose reads go straight into the array (a channel
     * copies through a native buffer, and a fresh JVM runs several times more code for it).
     *
     * @param path the migration file
     * @param maxBytes the size up to which it is read
     * @return its bytes, or {@code null} when it is longer than {@code maxBytes} (or grew while it
     *     was read), or is not on the default file system: the caller streams it then
     * @throws MigrationParseException if the file does not exist, is a folder or cannot be read
     */
    static byte[] readAtMost(Path path, int maxBytes) {
        if (path.getFileSystem() != FileSystems.getDefault()) {
            return null;
        }
        try (FileInputStream in = new FileInputStream(path.toString())) {
            byte[] whole = in.readNBytes(maxBytes + 1);
            return whole.length > maxBytes || in.read() >= 0 ? null : whole;
        } catch (IOException e) {
            if (Files.isDirectory(path)) {
                throw isFolder(path);
            }
            if (Files.notExists(path)) {
                throw cannotRead(path, new NoSuchFileException(path.toString()));
            }
            throw cannotRead(path, e);
        }
    }

    /** @return the size of a migration file, which must be a file, not a folder */
    private static long fileSize(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw isFolder(path);
        }
        return attributes.size();
    }

    private static MigrationParseException isFolder(Path path) {
        return new MigrationParseException(path, 0,
                "it is a folder, not a file; move it out of the migrations folder or rename it", null);
    }

    /**
     * Reads the whole file.
     *
     * @throws MigrationParseException if the file cannot be read or is not UTF-8
     */
    void scan() {
        while (step()) {
            // each step hands its chunk to the listener
        }
    }

    /**
     * Reads and decodes the next chunk and applies the line rules to it; at the end of the file,
     * finishes the text.
     *
     * @return {@code false} once the end of the file was handled (nothing was read then)
     * @throws MigrationParseException if the file cannot be read or is not UTF-8
     */
    boolean step() {
        if (finished) {
            return false;
        }
        boolean end = fill();
        CoderResult result = decoder.decode(bytes.flip(), chars, end);
        deliver();
        if (result.isError()) {
            throw notUtf8(result);
        }
        bytesBefore += bytes.position();
        bytes.compact();
        if (end) {
            decoder.flush(chars);
            deliver();
            text.finish();
            finished = true;
        }
        return true;
    }

    /** Closes the file. */
    @Override
    public void close() {
        finished = true;
        try {
            in.close();
        } catch (IOException e) {
            throw cannotRead(path, e);
        }
    }

    /** @return whether the end of the file was reached */
    private boolean fill() {
        try {
            while (bytes.hasRemaining()) {
                int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
                if (read < 0) {
                    return true;
                }
                bytes.position(bytes.position() + read);
                if (read > 0) {
                    return false;
                }
            }
            return false;
        } catch (IOException e) {
            throw cannotRead(path, e);
        }
    }

    private void deliver() {
        chars.flip();
        text.accept(chars.array(), chars.arrayOffset() + chars.position(), chars.arrayOffset() + chars.limit());
        chars.clear();
    }

    private MigrationParseException notUtf8(CoderResult result) {
        long offset = bytesBefore + bytes.position();
        int bad = bytes.get(bytes.position()) & 0xff;
        int line = (int) Math.min(text.newlines() + 1, Integer.MAX_VALUE);
        return new MigrationParseException(path, line, "stream did not contain valid UTF-8 (invalid byte 0x"
                + String.format("%02x", bad) + " at byte offset " + offset + "); save the file as UTF-8", null);
    }

    private static MigrationParseException cannotRead(Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new MigrationParseException(path, 0, "the file does not exist", e);
        }
        return new MigrationParseException(path, 0, "cannot read it: " + e, e);
    }
}
