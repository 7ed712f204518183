package com.kimberlite.migration.packaging;

import com.kimberlite.migration.LockFile;
import com.kimberlite.migration.internal.tracker.FileTracker;
import java.nio.file.Path;

/**
 * Run by {@link ShadedJarAntlrIT} in a JVM whose class path is the shaded core jar next to
 * another ANTLR runtime (as Hibernate 7 brings): reads a lock file and an {@code applied.toml}
 * and prints what it read and which ANTLR runtimes are loaded.
 */
public final class ShadedJarProbe {

    private ShadedJarProbe() {
    }

    /**
     * @param args the lock file and the {@code applied.toml} to read
     * @throws ReflectiveOperationException if an ANTLR runtime is missing
     */
    public static void main(String[] args) throws ReflectiveOperationException {
        LockFile.load(Path.of(args[0])).entries().forEach(entry -> System.out.println("lock " + entry));
        new FileTracker(Path.of(args[1])).listApplied().forEach(record -> System.out.println("applied " + record));
        System.out.println("application antlr " + antlrVersion("org.antlr.v4.runtime"));
        System.out.println("shaded antlr " + antlrVersion("com.kimberlite.migration.internal.shaded.antlr"));
    }

    /** Read by reflection: the constant would be inlined from the version compiled against. */
    private static Object antlrVersion(String runtimePackage) throws ReflectiveOperationException {
        return Class.forName(runtimePackage + ".RuntimeMetaData").getMethod("getRuntimeVersion").invoke(null);
    }
}
