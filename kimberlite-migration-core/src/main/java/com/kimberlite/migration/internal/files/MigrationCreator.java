package com.kimberlite.migration.internal.files;

import com.kimberlite.migration.InvalidMigrationNameException;
import com.kimberlite.migration.MigrationException;
import com.kimberlite.migration.MigrationFile;
import com.kimberlite.migration.MigrationParseException;
import com.kimberlite.migration.internal.state.Rfc3339;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Creates a new migration file from the template of Kimberlite's own tool, with the next free id.
 *
 * <p>Two processes creating at the same moment never end up with one id: the file is created
 * exclusively, then the folder is listed again; a process that finds another file with its id
 * deletes its own and tries the next id. (The one that saw no rival keeps the id: the rival's file
 * did not exist yet when it listed, so the rival sees it and gives way.)
 */
public final class MigrationCreator {

    /** Longest name {@code create} accepts. */
    public static final int MAX_NAME_LENGTH = 100;

    private static final int ATTEMPTS = 50;

    private MigrationCreator() {
    }

    /**
     * @param folder the migrations folder, created if missing
     * @param name the name: letters, digits, {@code _} and {@code -}, 1 to 100 characters
     * @param autoTimestamp whether to write a {@code -- Created:} header
     * @param author the {@code -- Author:} value, if any
     * @return the new file, parsed
     */
    public static MigrationFile create(Path folder, String name, boolean autoTimestamp, Optional<String> author) {
        checkName(name);
        createFolder(folder);
        String fileSuffix = "_" + name.toLowerCase(Locale.ROOT) + ".sql";
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long id = nextId(folder);
            String fileName = String.format(Locale.ROOT, "%04d", id) + fileSuffix;
            Path path = folder.resolve(fileName);
            String content = template(name, autoTimestamp ? Optional.of(Instant.now()) : Optional.empty(), author);
            if (writeNew(path, content) && ownsId(folder, id, path)) {
                return MigrationFile.load(path);
            }
            pause(attempt);
        }
        throw new MigrationException("Could not create migration '" + name + "' in " + folder + ": other processes"
                + " kept taking the next id after " + ATTEMPTS + " attempts. Try again.");
    }

    /**
     * The header template of Kimberlite's own tool.
     *
     * @param name the name as given
     * @param createdAt the {@code -- Created:} value, if one is written
     * @param author the {@code -- Author:} value; empty writes the tool's blank author line
     * @return the file content
     */
    static String template(String name, Optional<Instant> createdAt, Optional<String> author) {
        StringBuilder content = new StringBuilder();
        content.append("-- Migration: ").append(name).append('\n');
        createdAt.ifPresent(at -> content.append("-- Created: ").append(rfc3339(at)).append('\n'));
        content.append("-- Author: ").append(author.orElse("")).append("\n\n");
        content.append("-- Up Migration\n-- TODO: Add your SQL here\n\n");
        content.append("-- Down Migration (optional)\n-- TODO: Add rollback SQL here\n");
        return content.toString();
    }

    private static String rfc3339(Instant instant) {
        String text = Rfc3339.format(instant);
        return text.substring(0, text.length() - 1) + "+00:00";
    }

    static void checkName(String name) {
        String form = "A migration name is 1 to " + MAX_NAME_LENGTH
                + " letters, digits, '_' or '-' (for example add_users_table).";
        if (name == null || name.isEmpty()) {
            throw new InvalidMigrationNameException("(empty)", form);
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            throw new InvalidMigrationNameException(name, "It is longer than " + MAX_NAME_LENGTH + " characters. "
                    + form);
        }
        boolean valid = name.codePoints().allMatch(c -> Character.isLetter(c) || isNumeric(c) || c == '_' || c == '-');
        if (!valid) {
            throw new InvalidMigrationNameException(name, form);
        }
    }

    private static boolean isNumeric(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new MigrationParseException(folder, 0, "cannot create the migrations folder: " + e
                    + "; check that no file stands in its place", e);
        }
    }

    private static long nextId(Path folder) {
        List<Path> existing = MigrationDiscovery.list(folder);
        long max = 0;
        for (Path path : existing) {
            max = Math.max(max, FileName.id(path.getFileName().toString()));
        }
        return max + 1;
    }

    private static boolean writeNew(Path path, String content) {
        try {
            Files.writeString(path, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new MigrationParseException(path, 0, "cannot write the new migration file: " + e, e);
        }
    }

    private static boolean ownsId(Path folder, long id, Path own) {
        for (Path path : MigrationDiscovery.list(folder)) {
            if (!path.equals(own) && FileName.id(path.getFileName().toString()) == id) {
                try {
                    Files.deleteIfExists(own);
                } catch (IOException e) {
                    throw new MigrationParseException(own, 0, "another process created " + path.getFileName()
                            + " with the same id, and this file could not be removed: " + e + "; delete it", e);
                }
                return false;
            }
        }
        return true;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 + attempt * 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("Interrupted while creating a migration", e);
        }
    }
}
