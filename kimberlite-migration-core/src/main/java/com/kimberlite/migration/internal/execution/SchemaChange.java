package com.kimberlite.migration.internal.execution;

import java.util.Locale;
import java.util.Set;

/**
 * Recognizes statements that change the schema by their first word, for databases that commit
 * such statements at once.
 */
final class SchemaChange {

    private static final Set<String> SCHEMA_WORDS = Set.of("CREATE", "ALTER", "DROP", "TRUNCATE", "RENAME",
            "COMMENT", "GRANT", "REVOKE");

    private SchemaChange() {
    }

    /**
     * @param sql a statement as the splitter yields it (starting with its first token)
     * @return whether its first word is one that changes the schema
     */
    static boolean isSchemaChange(String sql) {
        int end = 0;
        while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        return SCHEMA_WORDS.contains(sql.substring(0, end).toUpperCase(Locale.ROOT));
    }
}
