package com.kimberlite.migration.internal.execution;

import com.kimberlite.migration.DatabaseException;
import com.kimberlite.migration.ExecutionContext;
import com.kimberlite.migration.MigrationExecutionException;
import com.kimberlite.migration.MigrationExecutor;
import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.MigrationScript;
import com.kimberlite.migration.SqlStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Runs migrations over a JDBC {@link DataSource}: one connection per migration, the statements
 * streamed from the splitter and run one by one with {@link Statement#execute(String)}, in one
 * transaction unless the migration says {@code -- Transaction: none}.
 *
 * <p>Whether the database keeps schema changes in transactions is asked of its driver once
 * ({@link DatabaseMetaData#supportsDataDefinitionAndDataManipulationTransactions()} and
 * {@link DatabaseMetaData#dataDefinitionCausesTransactionCommit()}). Where it does not (H2), a
 * failure after a statement that changes the schema is reported as partially applied.
 */
public final class JdbcExecutor implements MigrationExecutor {

    private final DataSource dataSource;
    private volatile Boolean transactionalDdl;

    /**
     * @param dataSource the database to migrate
     */
    public JdbcExecutor(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public boolean transactionalDdl() {
        Boolean known = transactionalDdl;
        if (known == null) {
            try (Connection connection = Jdbc.connect(dataSource)) {
                DatabaseMetaData metaData = connection.getMetaData();
                known = metaData.supportsDataDefinitionAndDataManipulationTransactions()
                        && !metaData.dataDefinitionCausesTransactionCommit();
            } catch (SQLException e) {
                throw new DatabaseException("Could not read the database's capabilities", e);
            }
            transactionalDdl = known;
        }
        return known;
    }

    @Override
    public void execute(MigrationScript script, TransactionCallback beforeCommit) {
        try (Connection connection = Jdbc.connect(dataSource)) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(!script.transactional());
            try {
                runStatements(connection, script, script.transactional() && transactionalDdl());
                beforeCommit.run(context(connection));
                if (script.transactional()) {
                    connection.commit();
                }
            } catch (RuntimeException | SQLException e) {
                if (script.transactional()) {
                    rollbackQuietly(connection, e);
                }
                throw e;
            } finally {
                restoreAutoCommit(connection, autoCommit);
            }
        } catch (SQLException e) {
            throw new DatabaseException("Could not run migration " + script.file().id() + " ("
                    + script.file().name() + ") from " + script.file().path()
                    + ": the database connection failed; nothing of it was recorded", e);
        }
    }

    private static void runStatements(Connection connection, MigrationScript script, boolean atomic)
            throws SQLException {
        boolean schemaChanged = false;
        try (Statement jdbc = connection.createStatement(); Stream<SqlStatement> statements = script.statements()) {
            Iterator<SqlStatement> iterator = statements.iterator();
            while (iterator.hasNext()) {
                SqlStatement statement = iterator.next();
                try {
                    jdbc.execute(statement.sql());
                } catch (SQLException e) {
                    throw failure(script, statement, atomic, schemaChanged, e);
                }
                schemaChanged |= SchemaChange.isSchemaChange(statement.sql());
            }
        }
    }

    private static MigrationExecutionException failure(MigrationScript script, SqlStatement statement,
            boolean atomic, boolean schemaChanged, SQLException e) {
        MigrationFile file = script.file();
        String outcome;
        boolean partial;
        if (!script.transactional()) {
            partial = true;
            outcome = "The migration runs outside a transaction (-- Transaction: none): the statements before this"
                    + " one stay applied and the migration is left INTERRUPTED. Check the database, then run repair.";
        } else if (!atomic && schemaChanged) {
            partial = true;
            outcome = "The database commits schema changes at once, so the schema changes before this statement"
                    + " stay applied (the rest was rolled back) and the migration is left INTERRUPTED. Check the"
                    + " database, undo them, then run repair.";
        } else {
            partial = false;
            outcome = "The migration's transaction was rolled back; nothing of it was applied or recorded.";
        }
        return new MigrationExecutionException(file.id(), file.name(), file.path(), statement.number(),
                statement.line(), statement.sql(), outcome, partial, e);
    }

    private static ExecutionContext context(Connection connection) {
        return new ExecutionContext() {
            @Override
            public <T> Optional<T> unwrap(Class<T> type) {
                return type.isInstance(connection) ? Optional.of(type.cast(connection)) : Optional.empty();
            }
        };
    }

    private static void rollbackQuietly(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void restoreAutoCommit(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException ignored) {
            // the connection is closed right after; a pool resets it anyway
        }
    }
}
