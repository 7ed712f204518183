package com.kimberlite.migration.boot.autoconfigure;

import com.kimberlite.migration.MigrationConfig;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * Turns the locations of {@link KimberliteMigrationProperties} into paths: a plain path (or a
 * {@code file:} location) is used as it is; a {@code classpath:} location is copied to a temporary
 * folder, so that migrations and a committed lock file can ship inside the application's jar.
 *
 * <p>A copied lock file is a copy: nothing the application writes reaches the original, which
 * makes a {@code classpath:} lock file read-only. The temporary folders are deleted by
 * {@link #close()}, when the application context closes. {@link #describe(Path, PropertyResolver)}
 * names a copy by the location it was made from, for messages.
 */
final class MigrationLocations implements AutoCloseable {

    private static final String CLASSPATH = "classpath:";

    private static final String FILE = "file:";

    private static final String MIGRATIONS_COPY = "kimberlite-migrations-";

    private static final String LOCK_COPY = "kimberlite-lock-";

    /** A path in a copy: the temporary folder, a name prefix above, digits, optionally a file name. */
    private static final Pattern COPY_PATH = Pattern.compile(
            Pattern.quote(temporaryRoot().toString() + File.separator) + "(" + MIGRATIONS_COPY + "|" + LOCK_COPY
                    + ")\\d+(" + Pattern.quote(File.separator) + "[^\\s,;:()\"']+)?");

    private final ResourcePatternResolver resources;

    private final Path projectFile;

    private final List<Path> temporaryFolders = new ArrayList<>();

    MigrationLocations(ResourceLoader resourceLoader) {
        this(resourceLoader, KimberliteToml.FILE);
    }

    MigrationLocations(ResourceLoader resourceLoader, Path projectFile) {
        this.resources = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
        this.projectFile = projectFile;
    }

    /**
     * The migrations folder: the property if set, else the {@code [migrations] directory} of a
     * {@code kimberlite.toml} in the working folder, else {@code migrations}.
     *
     * @param location the {@code directory} property, or {@code null}
     * @return the folder to read migrations from
     */
    Path migrationsDirectory(String location) {
        String effective = directoryLocation(location, this.projectFile);
        if (!effective.startsWith(CLASSPATH)) {
            return plainPath(effective);
        }
        String folder = trimSlashes(effective.substring(CLASSPATH.length()));
        Path copy = temporaryFolder(MIGRATIONS_COPY);
        for (Resource resource : sqlFiles(folder)) {
            copy(resource, copy.resolve(resource.getFilename()));
        }
        return copy;
    }

    /**
     * @param location the {@code lock-file} property
     * @return the lock file to read; for a {@code classpath:} location, a private copy (a missing
     *     resource gives a path where no file exists, which reads as an empty lock)
     */
    Path lockFile(String location) {
        if (!location.startsWith(CLASSPATH)) {
            return plainPath(location);
        }
        Resource resource = this.resources.getResource(location);
        Path copy = temporaryFolder(LOCK_COPY).resolve(".lock");
        if (resource.exists()) {
            copy(resource, copy);
        }
        return copy;
    }

    /**
     * Names a path for people: a copy made for a {@code classpath:} location (the migrations
     * folder, a file in it, or the lock file) by that location, as configured; any other path as it
     * is. Works from the properties alone, so also after the copies were deleted.
     *
     * @param path a path, such as one in a migration exception
     * @param properties the application's properties ({@code kimberlite.migrations.*})
     * @return the location, such as {@code classpath:migrations/0002_add_posts.sql}
     */
    static String describe(Path path, PropertyResolver properties) {
        if (isCopy(path, MIGRATIONS_COPY)) {
            return directoryLocation(properties);
        }
        Path folder = path.getParent();
        if (folder != null && isCopy(folder, MIGRATIONS_COPY)) {
            return directoryLocation(properties) + "/" + path.getFileName();
        }
        if (folder != null && isCopy(folder, LOCK_COPY)) {
            return properties.getProperty("kimberlite.migrations.lock-file", path.toString());
        }
        return path.toString();
    }

    /**
     * Names every path of a copy in a text, such as an exception's message, as
     * {@link #describe(Path, PropertyResolver)} does.
     *
     * @param text a text that may hold paths of copies
     * @param properties the application's properties ({@code kimberlite.migrations.*})
     * @return the text with each such path replaced by its location
     */
    static String describeAll(String text, PropertyResolver properties) {
        Matcher copy = COPY_PATH.matcher(text);
        StringBuilder described = new StringBuilder();
        while (copy.find()) {
            String path = copy.group();
            String sentenceEnd = path.endsWith(".") && !path.endsWith("/.") ? "." : "";
            path = path.substring(0, path.length() - sentenceEnd.length());
            copy.appendReplacement(described, Matcher.quoteReplacement(describe(Path.of(path), properties) + sentenceEnd));
        }
        copy.appendTail(described);
        return described.toString();
    }

    private static String directoryLocation(PropertyResolver properties) {
        String location = directoryLocation(properties.getProperty("kimberlite.migrations.directory"),
                KimberliteToml.FILE);
        return location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
    }

    private static String directoryLocation(String property, Path projectFile) {
        return Optional.ofNullable(property)
            .or(() -> KimberliteToml.migrationsDirectory(projectFile))
            .orElse(MigrationConfig.DEFAULT_MIGRATIONS_DIR.toString());
    }

    private static boolean isCopy(Path folder, String prefix) {
        Path name = folder.getFileName();
        Path parent = folder.toAbsolutePath().getParent();
        return name != null && name.toString().startsWith(prefix) && parent != null
                && parent.equals(temporaryRoot());
    }

    private static Path temporaryRoot() {
        return Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    }

    /** Deletes the temporary copies. */
    @Override
    public void close() {
        for (Path folder : this.temporaryFolders) {
            deleteRecursively(folder);
        }
        this.temporaryFolders.clear();
    }

    private static Path plainPath(String location) {
        return Path.of(location.startsWith(FILE) ? location.substring(FILE.length()) : location);
    }

    private Resource[] sqlFiles(String folder) {
        try {
            return this.resources.getResources(CLASSPATH + folder + "/*.sql");
        }
        catch (FileNotFoundException ex) {
            return new Resource[0];
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list the migrations in classpath:" + folder, ex);
        }
    }

    private Path temporaryFolder(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            this.temporaryFolders.add(folder);
            return folder;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot create a temporary folder for classpath migrations", ex);
        }
    }

    private static void copy(Resource resource, Path target) {
        try (InputStream in = resource.getInputStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot copy " + resource.getDescription() + " to " + target, ex);
        }
    }

    private static String trimSlashes(String folder) {
        String trimmed = folder;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static void deleteRecursively(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        catch (IOException ex) {
            // A temporary folder left behind is harmless; the operating system cleans it up.
        }
    }
}
