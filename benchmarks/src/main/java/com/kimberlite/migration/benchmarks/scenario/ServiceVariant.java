package com.kimberlite.migration.benchmarks.scenario;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The three services of the service-start scenario. They are one application
 * ({@link com.kimberlite.migration.benchmarks.service.ServiceApp}) on three class paths, cut from the
 * harness's own: without any migration tool, with Flyway's Spring Boot module, or with our starter.
 * Liquibase is on none of them.
 */
enum ServiceVariant {

    /** No migration tool: the baseline that the others' added time is measured from. */
    NEITHER("neither (baseline)"),

    /** {@code spring-boot-starter-flyway} with Flyway 13.12.0. */
    FLYWAY("Flyway's starter"),

    /** {@code kimberlite-migration-spring-boot-starter}. */
    OURS("our starter");

    private static final String OUR_AUTOCONFIGURE = "kimberlite-migration-spring-boot-autoconfigure";

    private final String label;

    ServiceVariant(String label) {
        this.label = label;
    }

    /** @return the name shown in the tables of results */
    String label() {
        return label;
    }

    /**
     * @param classpath the harness's class path
     * @return whether our starter is on it, so that {@link #OURS} can run
     */
    static boolean starterPresent(String classpath) {
        return Arrays.stream(classpath.split(File.pathSeparator)).map(ServiceVariant::artifactName)
                .anyMatch(name -> name.startsWith(OUR_AUTOCONFIGURE));
    }

    /**
     * @param classpath the harness's class path
     * @return the entries of it this variant's service runs on
     */
    String classpath(String classpath) {
        return Arrays.stream(classpath.split(File.pathSeparator)).filter(this::keeps)
                .collect(Collectors.joining(File.pathSeparator));
    }

    private boolean keeps(String entry) {
        String name = artifactName(entry);
        boolean flyway = name.startsWith("flyway-") || name.startsWith("spring-boot-flyway")
                || name.startsWith("spring-boot-starter-flyway");
        boolean ours = name.startsWith("kimberlite-migration-");
        boolean liquibase = name.startsWith("liquibase-");
        return switch (this) {
            case NEITHER -> !flyway && !ours && !liquibase;
            case FLYWAY -> !ours && !liquibase;
            case OURS -> !flyway && !liquibase;
        };
    }

    /** The jar's file name, or for a module's {@code target/classes} folder, the module's folder name. */
    private static String artifactName(String entry) {
        Path path = Path.of(entry);
        Path name = path.getFileName();
        if (name != null && name.toString().equals("classes") && path.getParent() != null
                && path.getParent().getParent() != null) {
            name = path.getParent().getParent().getFileName();
        }
        return name == null ? "" : name.toString();
    }
}
