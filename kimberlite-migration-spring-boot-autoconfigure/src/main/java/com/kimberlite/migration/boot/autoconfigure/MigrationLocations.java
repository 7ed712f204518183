package com.kimberlite.migration.boot.autoconfigure;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * {@link #close()}, when the application context closes.
 */
final class MigrationLocations implements AutoCloseable {

    private static final String CLASSPATH = "classpath:";

    private static final String FILE = "file:";

    private final ResourcePatternResolver resources;

    private final Path projectFile;

    private final List<Path> temporaryFolders = new ArrayList<>();

    private final Map<Path, String> descriptions = new LinkedHashMap<>();

    MigrationLocations(ResourceLoader resourceLoader) {
        this(resourceLoader, KimberliteToml.FILE);
    }

    MigrationLocations(ResourceLoader resourceLoader, Path projectFile) {
        this.resources = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
        this.projectFile = projectFile;
    }

    /**
     * The migrations folder: the property if set, else the {@code [migrations] directory} of a
     * {@code kimberlite.toml} in the working folder, else the default.
     *
     * @param location the {@code directory} property, or {@code null}
     * @param defaultFolder the folder used when neither the property nor kimberlite.toml names one
     * @return the folder to read migrations from
     */
    Path migrationsDirectory(String location, Path defaultFolder) {
        String effective = Optional.ofNullable(location)
                .or(() -> KimberliteToml.migrationsDirectory(this.projectFile))
                .orElse(defaultFolder.toString());
        if (!effective.startsWith(CLASSPATH)) {
            return remember(plainPath(effective), effective);
        }
        String folder = trimSlashes(effective.substring(CLASSPATH.length()));
        Path copy = temporaryFolder("kimberlite-migrations-");
        for (Resource resource : sqlFiles(folder)) {
            copy(resource, copy.resolve(resource.getFilename()));
        }
        return remember(copy, effective);
    }

    /**
     * @param location the {@code lock-file} property
     * @return the lock file to read; for a {@code classpath:} location, a private copy (a missing
     *     resource gives a path where no file exists, which reads as an empty lock)
     */
    Path lockFile(String location) {
        if (!location.startsWith(CLASSPATH)) {
            return remember(plainPath(location), location);
        }
        Resource resource = this.resources.getResource(location);
        Path copy = temporaryFolder("kimberlite-lock-").resolve(".lock");
        if (resource.exists()) {
            copy(resource, copy);
        }
        return remember(copy, location);
    }

    /**
     * @param path a path returned by this instance, or any other
     * @return the location the path was made from, as configured (never a temporary folder), or
     *     the path itself
     */
    String describe(Path path) {
        return this.descriptions.getOrDefault(path, path.toString());
    }

    /** Deletes the temporary copies. */
    @Override
    public void close() {
        for (Path folder : this.temporaryFolders) {
            deleteRecursively(folder);
        }
        this.temporaryFolders.clear();
    }

    private Path remember(Path path, String location) {
        this.descriptions.put(path, location);
        return path;
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
