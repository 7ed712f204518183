package com.kimberlite.migration;

import java.nio.file.Path;

/**
 * A pending migration whose id is below the highest applied id: usually a migration merged from
 * a branch after later ones were applied. Refused unless
 * {@link ApplyOptions#allowOutOfOrder(boolean)} is set.
 */
public class OutOfOrderMigrationException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final long id;

    /**
     * @param id the pending migration's id
     * @param name its name
     * @param file its file
     * @param highestApplied the highest applied id
     */
    public OutOfOrderMigrationException(long id, String name, Path file, long highestApplied) {
        super("Migration " + id + " (" + name + ") is pending but migration " + highestApplied
                + " is already applied: applying it now would run it out of order (" + file + "). Renumber it"
                + " above " + highestApplied + " if it was never applied anywhere, or allow out-of-order"
                + " application (--allow-out-of-order, kimberlite.migrations.out-of-order=true) if its order"
                + " does not matter.");
        this.id = id;
    }

    /** @return the pending migration's id */
    public long id() {
        return id;
    }
}
