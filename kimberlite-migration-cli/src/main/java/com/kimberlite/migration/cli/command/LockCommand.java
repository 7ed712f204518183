package com.kimberlite.migration.cli.command;

import com.kimberlite.migration.LockEntry;
import com.kimberlite.migration.LockFile;
import com.kimberlite.migration.MigrationConfig;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.cli.ExitCode;
import com.kimberlite.migration.cli.VersionProvider;
import com.kimberlite.migration.cli.output.Formats;
import com.kimberlite.migration.cli.output.Output;
import com.kimberlite.migration.cli.output.Style;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lock}: records the checksum of every migration file in the lock file. */
@Command(name = "lock", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Locks the checksum of every migration file.",
                "Adds the files not locked yet to .kimberlite/migrations/.lock, after checking the locked ones."
                        + " Commit that file."})
public final class LockCommand extends MigrationCommand {

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--relock",
            description = "Also replace the lock entries of changed files: for a reviewed change of a migration"
                    + " that was never applied (a changed file recorded as applied is refused).")
    private boolean relock;

    @Override
    protected int run(Project project, Output out) {
        Style style = out.style();
        MigrationManager manager = database.manager("lock", project, project.config(), context(), false);
        MigrationConfig config = manager.config();
        Map<Long, String> before = LockFile.load(config.lockFilePath()).entries().stream()
                .collect(Collectors.toMap(LockEntry::id, LockEntry::checksum, (a, b) -> b));
        LockFile lock = relock ? manager.relock() : manager.lock();
        int added = 0;
        int changed = 0;
        for (LockEntry entry : lock.entries()) {
            String old = before.get(entry.id());
            String item = style.code(Long.toString(entry.id())) + " " + style.bold(entry.name()) + " ";
            if (old == null) {
                out.line("  " + style.green("+") + " " + item + Formats.shortChecksum(entry.checksum()));
                added++;
            } else if (!old.equals(entry.checksum())) {
                out.line("  " + style.yellow("~") + " " + item + Formats.shortChecksum(old) + " -> "
                        + Formats.shortChecksum(entry.checksum()));
                changed++;
            }
        }
        out.success("Locked " + lock.entries().size() + " migration(s) (" + added + " new"
                + (relock ? ", " + changed + " relocked" : "") + ") in " + style.code(config.lockFilePath().toString()));
        return ExitCode.OK;
    }
}
