package com.kimberlite.migration.benchmarks.scenario;

import com.kimberlite.migration.benchmarks.db.DatabaseKind;
import com.kimberlite.migration.benchmarks.db.Databases;
import com.kimberlite.migration.benchmarks.db.JdbcTarget;
import com.kimberlite.migration.benchmarks.harness.ChildJvm;
import com.kimberlite.migration.benchmarks.harness.Harness;
import com.kimberlite.migration.benchmarks.harness.Report;
import com.kimberlite.migration.benchmarks.harness.Report.Format;
import com.kimberlite.migration.benchmarks.harness.Samples;
import com.kimberlite.migration.benchmarks.service.ServiceApp;
import com.kimberlite.migration.benchmarks.workload.Layout;
import com.kimberlite.migration.benchmarks.workload.WorkloadSql;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringBootVersion;

/**
 * Scenario 3: a Spring Boot service whose migrations are all applied, started as a new process:
 * the time from starting the process to the end of its {@code ApplicationReadyEvent}, with our
 * starter, with Flyway's, and with neither. What a tool adds is its time minus that of the
 * service without one.
 */
public final class ServiceStartScenario implements Scenario {

    private final AppliedDatabases databases;

    /** @param databases the migration folders of the workload */
    ServiceStartScenario(AppliedDatabases databases) {
        this.databases = databases;
    }

    @Override
    public String name() {
        return "service";
    }

    @Override
    public void run(Harness harness) throws SQLException {
        Report report = harness.report();
        int count = harness.settings().serviceMigrations();
        report.section("3. Service start with " + Format.count(count) + " applied migrations");
        report.note("Spring Boot " + SpringBootVersion.getVersion() + " application with a"
                + " HikariCP DataSource and nothing else; the time from starting its JVM to the moment"
                + " SpringApplication.run() returns, that is, after the ApplicationReadyEvent and all its listeners."
                + " The three services differ only in their class path. Median (min–max) of "
                + harness.settings().runs() + " runs, variants alternating; the first start of each, which applies"
                + " the migrations, is not counted.");
        boolean starter = ServiceVariant.starterPresent(harness.classpath());
        List<ServiceVariant> variants = starter ? List.of(ServiceVariant.values())
                : List.of(ServiceVariant.NEITHER, ServiceVariant.FLYWAY);
        if (!starter) {
            report.note("**Our starter was not measured:** the module kimberlite-migration-spring-boot-starter is not"
                    + " part of this build. Once it is, benchmarks/pom.xml puts it on the class path and this"
                    + " scenario measures it too.");
        }
        for (DatabaseKind kind : DatabaseKind.values()) {
            Map<ServiceVariant, Samples> times = measure(harness, kind, count, variants);
            table(report, kind, times);
            if (starter) {
                report.target("service start, " + kind.label() + ": time our starter adds ÷ time Flyway's adds",
                        added(times, ServiceVariant.OURS) / added(times, ServiceVariant.FLYWAY), 0.5);
            } else {
                report.targetNotMeasured("service start, " + kind.label() + ": time our starter adds ÷ time Flyway's"
                        + " adds", "≤ 0.50×", "our starter is not in the build yet");
            }
        }
    }

    private Map<ServiceVariant, Samples> measure(Harness harness, DatabaseKind kind, int count,
            List<ServiceVariant> variants) throws SQLException {
        Map<ServiceVariant, JdbcTarget> targets = new EnumMap<>(ServiceVariant.class);
        Map<ServiceVariant, Samples> times = new EnumMap<>(ServiceVariant.class);
        Path state = harness.scratch("service-state-" + kind);
        try {
            for (ServiceVariant variant : variants) {
                targets.put(variant, harness.databases().create(kind, "service_" + variant));
                times.put(variant, new Samples());
            }
            for (ServiceVariant variant : variants) {
                if (variant != ServiceVariant.NEITHER) {
                    ChildJvm.Outcome first = start(harness, variant, targets.get(variant), state, count, "setup");
                    if (first.readyNanos() < 0) {
                        throw new IllegalStateException("the service with " + variant.label()
                                + " did not become ready; see " + first.log());
                    }
                    checkApplied(targets.get(variant), count);
                }
            }
            for (int run = 1; run <= harness.settings().runs(); run++) {
                for (ServiceVariant variant : variants) {
                    ChildJvm.Outcome outcome = start(harness, variant, targets.get(variant), state, count, "run" + run);
                    if (outcome.readyNanos() < 0) {
                        throw new IllegalStateException("the service with " + variant.label()
                                + " did not become ready; see " + outcome.log());
                    }
                    times.get(variant).add(outcome.readyNanos() / 1e6);
                }
            }
        } finally {
            targets.values().forEach(harness.databases()::drop);
            Databases.deleteTree(state);
        }
        times.forEach((variant, samples) -> harness.report().samples("service", variant.name(), kind.name(),
                Integer.toString(count), "ms", samples));
        return times;
    }

    private ChildJvm.Outcome start(Harness harness, ServiceVariant variant, JdbcTarget target, Path state, int count,
            String run) {
        List<String> args = List.of(
                "--spring.datasource.url=" + target.url(),
                "--spring.datasource.username=" + target.user(),
                "--spring.datasource.password=" + target.password(),
                "--spring.flyway.locations=filesystem:" + databases.folder(Layout.FLYWAY, count).toAbsolutePath(),
                "--kimberlite.migrations.directory=" + databases.folder(Layout.OURS, count).toAbsolutePath(),
                "--kimberlite.migrations.state-dir=" + state.resolve(target.name()).toAbsolutePath());
        ChildJvm.Spec spec = new ChildJvm.Spec("service-" + target.kind() + "-" + variant + "-" + run,
                variant.classpath(harness.classpath()), List.of(), ServiceApp.class.getName(), args, Map.of());
        return harness.jvm().run(spec, Harness.TIMEOUT);
    }

    private static void checkApplied(JdbcTarget target, int count) throws SQLException {
        try (Connection connection = DriverManager.getConnection(target.url(), target.user(), target.password())) {
            WorkloadSql.checkApplied(connection, count);
        }
    }

    private static double added(Map<ServiceVariant, Samples> times, ServiceVariant variant) {
        return times.get(variant).median() - times.get(ServiceVariant.NEITHER).median();
    }

    private static void table(Report report, DatabaseKind kind, Map<ServiceVariant, Samples> times) {
        List<List<String>> rows = new ArrayList<>();
        times.forEach((variant, samples) -> rows.add(List.of(variant.label(), Format.millis(samples),
                variant == ServiceVariant.NEITHER ? "-" : String.format(Locale.ROOT, "%,.0f ms",
                        added(times, variant)))));
        report.table(List.of(kind.label(), "process start to ready", "added over the baseline (medians)"), rows);
    }
}
