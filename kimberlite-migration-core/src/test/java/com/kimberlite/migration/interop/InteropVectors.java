package com.kimberlite.migration.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The test vectors made with Kimberlite's own Rust crate, copied from shared/interop. */
public final class InteropVectors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InteropVectors() {
    }

    /** @return the interop folder on the test classpath */
    public static Path root() {
        URL url = InteropVectors.class.getResource("/interop/README.md");
        if (url == null) {
            throw new IllegalStateException("interop vectors missing from the test classpath");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the case folders, sorted */
    public static List<Path> cases() {
        return folders(root().resolve("cases"));
    }

    /** @return the project folders, sorted */
    public static List<Path> projects() {
        return folders(root().resolve("projects"));
    }

    /**
     * @param folder a case or project folder
     * @return its expected.json
     */
    public static JsonNode expected(Path folder) {
        try {
            return JSON.readTree(Files.readString(folder.resolve("expected.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> folders(Path parent) {
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
