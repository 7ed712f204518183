package com.kimberlite.migration;

/**
 * What a tracker's record says of a migration that checking the files against it needs: the
 * migration's id, its name and the checksum of the SQL that was applied. {@link AppliedMigration}
 * is the whole record; {@link MigrationTracker.Checksums} lists records as this alone.
 */
public interface RecordedMigration {

    /** @return the migration's id */
    long id();

    /** @return the migration's name when it was applied */
    String name();

    /** @return the checksum of the SQL that was applied */
    String checksum();
}
