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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code lock}: records the checksum of every migration file in the lock file. */
@Command(name = "lock", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Locks the checksum of every migration file.",
                "Adds the files not locked yet to .kimberlite/migrations/.lock, after checking the locked ones."
                        + " Commit that file."})
public final class LockCommand extends MigrationCommand {

    @Override
    protected int run(Project project, Output out) {
        Style style = out.style();
        MigrationConfig config = project.config().build();
        Set<Long> lockedBefore = LockFile.load(config.lockFilePath()).entries().stream()
                .map(LockEntry::id)
                .collect(Collectors.toSet());
        LockFile lock = new MigrationManager(config).lock();
        List<LockEntry> added = lock.entries().stream().filter(entry -> !lockedBefore.contains(entry.id())).toList();
        for (LockEntry entry : added) {
            out.line("  " + style.green("+") + " " + style.code(Long.toString(entry.id())) + " "
                    + style.bold(entry.name()) + " " + Formats.shortChecksum(entry.checksum()));
        }
        out.success("Locked " + lock.entries().size() + " migration(s) (" + added.size() + " new) in "
                + style.code(config.lockFilePath().toString()));
        return ExitCode.OK;
    }
}
