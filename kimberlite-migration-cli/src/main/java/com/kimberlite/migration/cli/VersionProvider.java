package com.kimberlite.migration.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}: the Maven project version, filtered into a resource. */
public final class VersionProvider implements IVersionProvider {

    private static final String RESOURCE = "/kimberlite-migration-version.properties";

    /**
     * @return the version of this build, such as {@code 0.1.0}
     */
    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"kimberlite-migration " + version()};
    }
}
