package com.kimberlite.migration.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The packaged core jar carries its TOML parser and that parser's ANTLR runtime relocated, so it
 * works next to an application's own ANTLR runtime of another version (Hibernate 7 uses 4.13)
 * without ANTLR's version-mismatch warning, and passes neither on as a dependency.
 *
 * <p>Runs after {@code package} ({@code mvn verify}); the pom passes the paths of the jar, of the
 * other ANTLR runtime and of the dependency-reduced pom as system properties.
 */
class ShadedJarAntlrIT {

    private static final String SHADED = "com/kimberlite/migration/internal/shaded/";

    @TempDir
    Path dir;

    private static Path property(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property %s (set by the pom's failsafe configuration)", name).isNotBlank();
        return Path.of(value);
    }

    @Test
    void jarHoldsTomlParserAndAntlrRuntimeOnlyRelocated() throws IOException {
        try (ZipFile jar = new ZipFile(property("kimberlite.it.coreJar").toFile())) {
            List<String> names = jar.stream().map(ZipEntry::getName).toList();

            assertThat(names).contains(SHADED + "tomlj/Toml.class", SHADED + "antlr/RuntimeMetaData.class",
                    "com/kimberlite/migration/LockFile.class");
            assertThat(names).noneMatch(name -> name.startsWith("org/"));
        }
    }

    @Test
    void dependencyReducedPomPassesOnNeitherTomlParserNorAntlr() throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(property("kimberlite.it.reducedPom").toFile()).getDocumentElement();
        List<String> dependencies = new ArrayList<>();
        NodeList children = project.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && element.getTagName().equals("dependencies")) {
                NodeList ids = element.getElementsByTagName("artifactId");
                for (int j = 0; j < ids.getLength(); j++) {
                    dependencies.add(ids.item(j).getTextContent().trim());
                }
            }
        }

        assertThat(dependencies).isNotEmpty().noneMatch(id -> id.contains("tomlj") || id.contains("antlr"));
    }

    @Test
    void readsStateFilesNextToAnotherAntlrRuntimeWithoutAntlrWarnings() throws Exception {
        Path lock = Files.writeString(dir.resolve(".lock"), "version = 1\n\n[[migration]]\nid = 1\n"
                + "name = \"\"\"it's\"\"\"\nchecksum = \"a1\"\n");
        Path applied = Files.writeString(dir.resolve("applied.toml"), "[[migrations]]\nid = 1\nname = \"it's\"\n"
                + "checksum = \"a1\"\napplied_at = 2026-02-01T10:30:00Z # a bare date-time, for the TOML parser\n");
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        String classPath = String.join(File.pathSeparator, property("kimberlite.it.coreJar").toString(),
                property("kimberlite.it.antlrJar").toString(), property("kimberlite.it.testClasses").toString());
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-ea", "-cp", classPath, ShadedJarProbe.class.getName(), lock.toString(), applied.toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("probe finished").isTrue();
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as("exit code; stderr:%n%s", err).isZero();
        assertThat(err.lines()).noneMatch(line -> line.contains("ANTLR"));
        assertThat(Files.readString(stdout, StandardCharsets.UTF_8).lines()).containsExactly(
                "lock LockEntry[id=1, name=it's, checksum=a1]",
                "applied AppliedMigration[id=1, name=it's, checksum=a1, appliedAt=2026-02-01T10:30:00Z,"
                        + " appliedBy=Optional.empty, executionMs=OptionalLong.empty]",
                "application antlr " + System.getProperty("kimberlite.it.antlrVersion"),
                "shaded antlr 4.11.1");
    }
}
