package com.kimberlite.migration.internal.files;

import com.kimberlite.migration.InvalidMigrationNameException;
import com.kimberlite.migration.Migration;

/**
 * The id and fallback name that a migration's file name gives: {@code NNNN_name.sql}.
 *
 * <p>The id is the text before the first {@code _}: ASCII digits only (no sign), 0 to
 * 4,294,967,295. The fallback name, used when the file has no {@code -- Migration:} header, is
 * the file name with every trailing {@code .sql} removed, minus the id and the first {@code _}.
 */
public final class FileName {

    private static final String FORM = "A migration file is named NNNN_name.sql, where NNNN is its id"
            + " (digits only, 0 to 4294967295) and name describes it; rename the file to that form.";

    private FileName() {
    }

    /**
     * Whether a file name marks a migration file: it ends in lowercase {@code .sql} and has
     * something before it.
     *
     * @param fileName a file name without folder
     * @return whether the file is a migration file
     */
    public static boolean isMigrationFile(String fileName) {
        return fileName.length() > 4 && fileName.endsWith(".sql");
    }

    /**
     * @param fileName a file name without folder
     * @return the id
     * @throws InvalidMigrationNameException if the id part is not digits or out of range
     */
    public static long id(String fileName) {
        int underscore = fileName.indexOf('_');
        String idText = underscore < 0 ? fileName : fileName.substring(0, underscore);
        if (idText.isEmpty() || idText.length() > 20 || !isDigits(idText)) {
            throw new InvalidMigrationNameException(fileName, FORM);
        }
        long id = Long.parseLong(idText);
        if (id > Migration.MAX_ID) {
            throw new InvalidMigrationNameException(fileName, "Its id " + idText + " is larger than 4294967295. "
                    + FORM);
        }
        return id;
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * @param fileName a file name without folder
     * @return the name after the id, without the trailing {@code .sql} extensions
     */
    public static String fallbackName(String fileName) {
        String stem = fileName;
        while (stem.endsWith(".sql")) {
            stem = stem.substring(0, stem.length() - 4);
        }
        int underscore = stem.indexOf('_');
        return underscore < 0 ? "" : stem.substring(underscore + 1);
    }
}
