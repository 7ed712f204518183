package com.kimberlite.migration.boot.it;

import com.kimberlite.migration.boot.autoconfigure.KimberliteMigrationsAppliedEvent;
import com.kimberlite.migration.boot.testsupport.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Starts an application as {@code java -jar} would ({@link SpringApplication#run}, a real web
 * server on a random port) against a {@link TestProject} and a database, and
 * records what happened on the way: availability changes, applies (with the HTTP status of the
 * readiness probe at that moment) and the context's closing.
 */
public final class StartedApplication implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    private volatile int port;

    private ConfigurableApplicationContext context;

    private StartedApplication() {
    }

    /**
     * @param application the application class
     * @param project the migrations project
     * @param database the JDBC URL of the database, such as {@link #h2(Path)}
     * @param properties further {@code name=value} properties
     * @return the started application
     * @throws RuntimeException whatever {@link SpringApplication#run} throws
     */
    public static StartedApplication start(Class<?> application, TestProject project, String database,
            String... properties) {
        StartedApplication started = new StartedApplication();
        started.run(application, project, database, properties);
        return started;
    }

    /**
     * Like {@link #start}, but returns the application also when its start failed.
     *
     * @param application the application class
     * @param project the migrations project
     * @param database the JDBC URL of the database, such as {@link #h2(Path)}
     * @param failure receives the failure, if any
     * @param properties further {@code name=value} properties
     * @return the application, started or not
     */
    public static StartedApplication tryStart(Class<?> application, TestProject project, String database,
            List<Throwable> failure, String... properties) {
        StartedApplication started = new StartedApplication();
        try {
            started.run(application, project, database, properties);
        }
        catch (RuntimeException ex) {
            failure.add(ex);
        }
        return started;
    }

    private void run(Class<?> application, TestProject project, String database, String... properties) {
        SpringApplication spring = new SpringApplication(application);
        ApplicationListener<ApplicationEvent> recorder = this::record;
        spring.addListeners(recorder);
        String[] args = Stream
            .of(Stream.of("server.port=0", "spring.datasource.url=" + database,
                    "management.endpoints.web.exposure.include=health,kimberlite-migrations",
                    "management.endpoint.health.show-details=always", "management.endpoint.health.probes.enabled=true"),
                    Stream.of(project.properties()), Stream.of(properties))
            .flatMap((s) -> s)
            .map((property) -> "--" + property)
            .toArray(String[]::new);
        this.context = spring.run(args);
    }

    private void record(ApplicationEvent event) {
        if (event instanceof WebServerInitializedEvent initialized) {
            this.port = initialized.getWebServer().getPort();
        }
        else if (event instanceof AvailabilityChangeEvent<?> change) {
            this.events.add(change.getState().getClass().getSimpleName() + "." + change.getState());
        }
        else if (event instanceof KimberliteMigrationsAppliedEvent applied) {
            this.events.add("applied " + applied.getResult().appliedCount() + ", readiness probe "
                    + (this.port > 0 ? get("/actuator/health/readiness").statusCode() : "not started"));
        }
        else if (event instanceof ContextClosedEvent) {
            this.events.add("closed");
        }
    }

    /**
     * @param file an H2 database file, without extension
     * @return its JDBC URL
     */
    public static String h2(Path file) {
        return "jdbc:h2:file:" + file;
    }

    /** @return what happened, in order */
    public List<String> events() {
        return List.copyOf(this.events);
    }

    /** @return the started context */
    public ConfigurableApplicationContext context() {
        return this.context;
    }

    /**
     * @param path a path on the application's web server
     * @return the response
     */
    public HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** Closes the context, if it started. */
    @Override
    public void close() {
        if (this.context != null) {
            this.context.close();
        }
    }
}
