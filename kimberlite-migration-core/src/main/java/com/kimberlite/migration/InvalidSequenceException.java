package com.kimberlite.migration;

import java.nio.file.Path;

/**
 * Migration ids that do not run 1, 2, 3, ... without a gap.
 *
 * <p>Message: {@code Invalid migration sequence: expected <n>, found <m>}, then the file holding
 * id {@code m} and the fix: add the missing migration, or renumber a migration that was never
 * applied.
 */
public class InvalidSequenceException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final long expected;
    private final long found;
    private final transient Path file;

    /**
     * @param expected the id that should come next
     * @param found the id found instead
     * @param file the file holding {@code found}
     */
    public InvalidSequenceException(long expected, long found, Path file) {
        super("Invalid migration sequence: expected " + expected + ", found " + found
                + ". File " + file + " follows a gap: restore the missing migration " + expected
                + " from version control, or, if " + file.getFileName()
                + " was never applied anywhere, renumber it to " + expected + ".");
        this.expected = expected;
        this.found = found;
        this.file = file;
    }

    /** @return the id that should come next */
    public long expected() {
        return expected;
    }

    /** @return the id found instead */
    public long found() {
        return found;
    }

    /** @return the file holding the unexpected id */
    public Path file() {
        return file;
    }
}
