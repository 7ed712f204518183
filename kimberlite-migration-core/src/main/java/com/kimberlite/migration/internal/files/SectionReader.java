package com.kimberlite.migration.internal.files;

import com.kimberlite.migration.ChecksumMismatchException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Reads one section of a migration body from its file, parsing the file again as it goes, and
 * checks on the way that the body is still the one that was loaded.
 *
 * <p>The whole body streams through a SHA-256 digest, also the part after the section; only the
 * section's characters are returned. When the file ends, before {@code read} returns -1, the
 * digest is compared with the checksum taken when the file was loaded: a difference throws
 * {@link ChecksumMismatchException}, so a consumer that reads to the end (as the statement splitter
 * does before the last statement is confirmed) never completes on a changed file. Memory: the
 * scanner's buffers and one chunk of section text.
 */
final class SectionReader extends Reader implements BodyListener {

    private final MigrationBody body;
    private final BodySections.Section section;
    private final BodyDigest digest = new BodyDigest();
    private final MigrationScanner scanner;
    private long position;
    private char[] ready = new char[1024];
    private int readyStart;
    private int readyEnd;
    private boolean done;

    /**
     * Opens the body's file.
     *
     * @param body the body, left on disk
     * @param section which part of it to read
     * @param chunkSize bytes read from the file at a time
     * @throws com.kimberlite.migration.MigrationParseException if the file cannot be opened
     */
    SectionReader(MigrationBody body, BodySections.Section section, int chunkSize) {
        this.body = body;
        this.section = section;
        this.scanner = new MigrationScanner(body.file(), this, chunkSize);
    }

    /**
     * Reads section characters, reading the file as far as needed.
     *
     * @throws com.kimberlite.migration.MigrationParseException if the file can no longer be read
     *     or is no longer UTF-8
     * @throws ChecksumMismatchException at the end of the file, if its body is not the one loaded
     */
    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        while (readyStart == readyEnd) {
            if (done) {
                return -1;
            }
            if (!scanner.step()) {
                done = true;
                verify();
                return -1;
            }
        }
        int count = Math.min(length, readyEnd - readyStart);
        System.arraycopy(ready, readyStart, buffer, offset, count);
        readyStart += count;
        return count;
    }

    @Override
    public void body(char[] chars, int from, int to) {
        digest.body(chars, from, to);
        long pieceStart = position;
        position += to - from;
        long start = Math.max(pieceStart, section.start());
        long end = Math.min(position, section.end());
        if (start < end) {
            keep(chars, from + (int) (start - pieceStart), (int) (end - start));
        }
    }

    /** Closes the file. */
    @Override
    public void close() {
        done = true;
        scanner.close();
    }

    private void keep(char[] chars, int from, int count) {
        if (readyStart == readyEnd) {
            readyStart = 0;
            readyEnd = 0;
        }
        if (readyEnd + count > ready.length) {
            ready = Arrays.copyOf(ready, Math.max(ready.length * 2, readyEnd + count));
        }
        System.arraycopy(chars, from, ready, readyEnd, count);
        readyEnd += count;
    }

    private void verify() {
        String found = digest.finish();
        if (!found.equals(body.checksum())) {
            throw body.changed(found);
        }
    }
}
