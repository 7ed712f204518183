package com.kimberlite.migration;

/**
 * A migration name or file name that does not have the required form: a name given to
 * {@link MigrationManager#create(String)} with characters other than letters, digits, {@code _}
 * and {@code -}, or a file name whose id is not a number from 0 to 4,294,967,295.
 *
 * <p>Message: {@code Invalid migration name: <name>}, then the expected form.
 */
public class InvalidMigrationNameException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final String name;

    /**
     * @param name the rejected name, as given
     * @param expected what a valid name looks like and what to do
     */
    public InvalidMigrationNameException(String name, String expected) {
        super("Invalid migration name: " + name + ". " + expected);
        this.name = name;
    }

    /** @return the rejected name, as given */
    public String name() {
        return name;
    }
}
