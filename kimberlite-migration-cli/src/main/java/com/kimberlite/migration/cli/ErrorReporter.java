package com.kimberlite.migration.cli;

import com.kimberlite.migration.MigrationException;
import com.kimberlite.migration.cli.output.Json;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into exit codes and messages: one paragraph per problem on standard error
 * ({@code Error: ...}, then {@code Also: ...} for further problems), never a stack trace unless
 * {@code --verbose}; for a command run with {@code --json}, also the JSON error document on
 * standard output:
 *
 * <pre>
 * {"ok": false, "exit_code": 1, "errors": [{"kind": "checksum_mismatch", "message": "..."}]}
 * </pre>
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final CliContext context;

    ErrorReporter(CliContext context) {
        this.context = context;
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine command = failure.getCommandLine();
        writeJson(command, failure, ExitCode.USAGE);
        PrintWriter err = context.err();
        err.println("Error: " + failure.getMessage());
        UnmatchedArgumentException.printSuggestions(failure, err);
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
        int exitCode = ExitCode.of(failure);
        writeJson(command, failure, exitCode);
        PrintWriter err = context.err();
        List<Throwable> problems = problems(failure);
        for (int i = 0; i < problems.size(); i++) {
            err.println((i == 0 ? "Error: " : "Also: ") + message(problems.get(i)));
        }
        if (verbose(parseResult)) {
            failure.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }

    private void writeJson(CommandLine command, Exception failure, int exitCode) {
        boolean json = command.getCommandSpec().mixins().values().stream()
                .anyMatch(mixin -> mixin.userObject() instanceof JsonOption option && option.enabled());
        if (!json) {
            return;
        }
        List<Map<String, Object>> errors = new ArrayList<>();
        for (Throwable problem : problems(failure)) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("kind", kind(problem, exitCode));
            error.put("message", message(problem));
            errors.add(error);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("ok", false);
        document.put("exit_code", exitCode);
        document.put("errors", errors);
        context.out().println(Json.write(document));
        context.out().flush();
    }

    private static List<Throwable> problems(Throwable failure) {
        List<Throwable> problems = new ArrayList<>();
        problems.add(failure);
        if (failure instanceof MigrationException) {
            problems.addAll(List.of(failure.getSuppressed()));
        }
        return problems;
    }

    /**
     * @param failure a failure
     * @return its message for the user: the library's and this tool's messages as they are,
     *     anything else marked as unexpected
     */
    static String message(Throwable failure) {
        if (failure instanceof MigrationException || failure instanceof CliException
                || failure instanceof ParameterException || failure instanceof IllegalArgumentException) {
            return failure.getMessage();
        }
        if (failure instanceof SQLException) {
            return "Database error: " + failure.getMessage();
        }
        return "Unexpected error: " + failure + ". Run again with --verbose to see where it happened.";
    }

    /**
     * @param failure a failure
     * @param exitCode the exit code it leads to
     * @return a stable name for scripts: the library exception's name in snake case without
     *     {@code _exception} ({@code checksum_mismatch}), else {@code usage},
     *     {@code database_unavailable}, {@code failure} or {@code internal_error}
     */
    static String kind(Throwable failure, int exitCode) {
        if (failure instanceof MigrationException) {
            String name = failure.getClass().getSimpleName().replaceFirst("Exception$", "");
            return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        }
        if (failure instanceof CliException || failure instanceof ParameterException
                || failure instanceof IllegalArgumentException || failure instanceof SQLException) {
            return switch (exitCode) {
                case ExitCode.USAGE -> "usage";
                case ExitCode.UNAVAILABLE -> "database_unavailable";
                default -> "failure";
            };
        }
        return "internal_error";
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
