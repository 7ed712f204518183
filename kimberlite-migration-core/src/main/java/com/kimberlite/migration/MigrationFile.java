package com.kimberlite.migration;

import com.kimberlite.migration.internal.files.MigrationBody;
import com.kimberlite.migration.internal.files.MigrationDiscovery;
import com.kimberlite.migration.internal.files.MigrationParser;
import com.kimberlite.migration.internal.files.CreatedAt;
import com.kimberlite.migration.internal.files.ParsedMigration;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A migration file on disk: its path, the parsed {@link Migration} and the checksum of its body.
 *
 * <p>The file is read and hashed once, in one streaming pass, when the instance is created by
 * {@link #load(Path)} or {@link #discover(Path)}; the instance does not follow later changes to the
 * file. A body of up to 4,096 chars, as most hand-written ones are, is kept in memory and never read
 * again. A longer body (a long script, or generated data such as a file of millions of
 * {@code INSERT}s) is not kept, so that the heap of a folder's files grows with their number, not
 * their size, and validating them holds no body it does not need: {@link #migration()},
 * {@link #upSql()}, {@link #downSql()} and {@link #openSection(MigrationScript.Direction)} then
 * parse the file again, and fail with {@link ChecksumMismatchException} if its body no longer has
 * the checksum it had when it was loaded. Instances made by the public constructors hold their body
 * in memory.
 *
 * <p>Immutable and thread-safe; each {@link #openSection} reader is for one thread.
 */
public final class MigrationFile {

    private final ParsedMigration parsed;

    /**
     * A file whose body is held in memory.
     *
     * @param path the file's path, as given to {@link #load(Path)} or resolved against the folder
     *     given to {@link #discover(Path)}
     * @param migration the parsed migration
     * @param checksum lowercase hex SHA-256 of the UTF-8 bytes of {@link Migration#sql()}
     * @param transactional {@code false} when the header holds {@code -- Transaction: none}: the
     *     migration's statements then run one by one outside a transaction
     * @param firstSqlLine the 1-based line of the file on which the body ({@link Migration#sql()})
     *     begins, for the line numbers of statements
     * @throws NullPointerException if a reference is {@code null}
     * @throws IllegalArgumentException if {@code firstSqlLine} is less than 1
     */
    public MigrationFile(Path path, Migration migration, String checksum, boolean transactional, int firstSqlLine) {
        this(new ParsedMigration(path, Objects.requireNonNull(migration, "migration").id(), migration.name(),
                CreatedAt.of(migration.createdAt()), migration.author(), checksum, transactional,
                checkLine(firstSqlLine), MigrationBody.of(migration.sql())));
    }

    /**
     * A file whose body is held in memory and begins on its first line.
     *
     * @param path the file's path
     * @param migration the parsed migration
     * @param checksum lowercase hex SHA-256 of the body
     * @param transactional whether the statements run in one transaction
     */
    public MigrationFile(Path path, Migration migration, String checksum, boolean transactional) {
        this(path, migration, checksum, transactional, 1);
    }

    private MigrationFile(ParsedMigration parsed) {
        this.parsed = parsed;
    }

    private static int checkLine(int firstSqlLine) {
        if (firstSqlLine < 1) {
            throw new IllegalArgumentException("firstSqlLine must be at least 1: " + firstSqlLine);
        }
        return firstSqlLine;
    }

    /**
     * Reads and parses one migration file.
     *
     * <p>Parsing follows Kimberlite's own tool exactly (see the README's "File format"): the id
     * from the file name, the header comments, the body and its SHA-256 checksum. The file is read
     * once, in chunks; the heap it needs does not grow with the file beyond the 4 Ki chars of body
     * kept in memory.
     *
     * @param path the file; its name must have the form {@code NNNN_name.sql}
     * @return the parsed file
     * @throws InvalidMigrationNameException if the file name has no valid id
     * @throws MigrationParseException if the file cannot be read or is not UTF-8 (with the line of
     *     the first invalid byte)
     */
    public static MigrationFile load(Path path) {
        return new MigrationFile(MigrationParser.load(path));
    }

    /**
     * Reads every migration file of a folder: the regular files directly in it whose names end in
     * lowercase {@code .sql}, sorted by id, each as by {@link #load(Path)}.
     *
     * @param folder the migrations folder; a folder that does not exist holds no migrations
     * @return the files sorted by id; empty when there are none
     * @throws DuplicateMigrationIdException if two files have the same id
     * @throws InvalidMigrationNameException if a file name has no valid id
     * @throws MigrationParseException if a file cannot be read, or {@code folder} is not a folder
     */
    public static List<MigrationFile> discover(Path folder) {
        List<ParsedMigration> parsed = MigrationDiscovery.discover(folder);
        List<MigrationFile> files = new ArrayList<>(parsed.size());
        for (ParsedMigration file : parsed) {
            files.add(new MigrationFile(file));
        }
        return files;
    }

    /**
     * @return the file's path, as given to {@link #load(Path)} or resolved against the folder given
     *     to {@link #discover(Path)}
     */
    public Path path() {
        return parsed.path();
    }

    /**
     * The parsed migration, with its whole body. For a body not kept in memory (longer than
     * 4,096 chars) each call parses the file again and builds the body as a {@code String}: it
     * needs heap for about twice the body's length in chars. To run or inspect such a body, prefer
     * {@link #openSection(MigrationScript.Direction)}.
     *
     * @return the migration
     * @throws ChecksumMismatchException if the body was not kept in memory and the file's body has
     *     changed since it was loaded
     * @throws MigrationParseException if the body was not kept in memory and the file can no longer
     *     be read
     */
    public Migration migration() {
        return new Migration(parsed.id(), parsed.name(), parsed.body().text(), parsed.createdAt().instant(),
                parsed.author());
    }

    /** @return lowercase hex SHA-256 of the UTF-8 bytes of {@link Migration#sql()} */
    public String checksum() {
        return parsed.checksum();
    }

    /**
     * @return {@code false} when the header holds {@code -- Transaction: none}: the migration's
     *     statements then run one by one outside a transaction
     */
    public boolean transactional() {
        return parsed.transactional();
    }

    /**
     * @return the 1-based line of the file on which the body ({@link Migration#sql()}) begins, for the
     *     line numbers of statements
     */
    public int firstSqlLine() {
        return parsed.firstSqlLine();
    }

    /** @return the migration's id, as {@code migration().id()}, without reading the body */
    public long id() {
        return parsed.id();
    }

    /** @return the migration's name, as {@code migration().name()}, without reading the body */
    public String name() {
        return parsed.name();
    }

    /**
     * The SQL to apply: the body before a line of its own starting with {@code -- Down Migration},
     * trailing whitespace removed; without such a line, the whole body trimmed at both ends. Read
     * from the file, as by {@link #migration()}, when the body is not kept in memory.
     *
     * @return the up-SQL, possibly empty
     * @throws ChecksumMismatchException if the body was read from the file and has changed
     * @throws MigrationParseException if the body was to be read from the file and cannot be
     */
    public String upSql() {
        return parsed.body().section(MigrationScript.Direction.UP);
    }

    /**
     * The SQL to roll back: the text after the {@code -- Down Migration} line, trimmed. Read from
     * the file, as by {@link #migration()}, when the body is not kept in memory.
     *
     * @return the down-SQL, or empty when there is no marker or nothing after it
     * @throws ChecksumMismatchException if the body was read from the file and has changed
     * @throws MigrationParseException if the body was to be read from the file and cannot be
     */
    public Optional<String> downSql() {
        String down = parsed.body().section(MigrationScript.Direction.DOWN);
        return down.isEmpty() ? Optional.empty() : Optional.of(down);
    }

    /**
     * Streams one section: exactly the characters of {@link #upSql()} or of {@link #downSql()} (none
     * when there is no down-SQL), lines ending in {@code \n} whatever the file uses.
     *
     * <p>For a body kept in memory the reader reads that memory. Otherwise it parses the file again
     * as it is read, in constant memory (a few hundred KB whatever the file's size), and also reads the
     * rest of the body to check its checksum: when the file ends, before {@code read} returns -1, it
     * throws {@link ChecksumMismatchException} (unchecked) if the body has changed since it was
     * loaded, and {@link MigrationParseException} if the file can no longer be read or decoded.
     * Whoever executes statements from it before the end must therefore not commit before the
     * reader has returned -1. An empty section is read without opening the file. The caller closes
     * the reader.
     *
     * @param direction {@link MigrationScript.Direction#UP} for the up-SQL, else the down-SQL
     * @return a reader of the section; its first character stands on line
     *     {@link #sectionLine(MigrationScript.Direction)} of the file
     * @throws MigrationParseException if the file cannot be opened
     */
    public Reader openSection(MigrationScript.Direction direction) {
        return parsed.body().open(Objects.requireNonNull(direction, "direction"));
    }

    /**
     * @param direction which section
     * @return the 1-based line of the file on which the section's first character stands;
     *     {@link #firstSqlLine()} when the section is empty
     */
    public int sectionLine(MigrationScript.Direction direction) {
        return parsed.firstSqlLine() + parsed.body().line(Objects.requireNonNull(direction, "direction")) - 1;
    }

    /**
     * Files are equal when their paths, header values, checksums, {@link #transactional()} and
     * {@link #firstSqlLine()} are equal and their bodies are known to be equal without reading a
     * file: both held in memory with the same text, or both left in the file.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof MigrationFile that && parsed.equals(that.parsed);
    }

    @Override
    public int hashCode() {
        return parsed.hashCode();
    }

    /** @return whether the body is held in memory; otherwise each read parses the file again */
    boolean bodyInMemory() {
        return parsed.body().inMemory();
    }

    /** @return the number of characters of the body */
    long bodyLength() {
        return parsed.body().length();
    }

    /** @return the path, id, name, checksum and where the body is; never the body itself */
    @Override
    public String toString() {
        MigrationBody body = parsed.body();
        return "MigrationFile[path=" + parsed.path() + ", id=" + parsed.id() + ", name=" + parsed.name()
                + ", checksum=" + parsed.checksum() + ", transactional=" + parsed.transactional()
                + ", firstSqlLine=" + parsed.firstSqlLine() + ", body=" + body.length() + " chars "
                + (body.inMemory() ? "in memory" : "in the file") + "]";
    }
}
