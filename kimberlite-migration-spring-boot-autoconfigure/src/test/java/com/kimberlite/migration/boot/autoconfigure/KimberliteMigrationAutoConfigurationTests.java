package com.kimberlite.migration.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.kimberlite.migration.AppliedMigration;
import com.kimberlite.migration.InvalidSequenceException;
import com.kimberlite.migration.MigrationConfig;
import com.kimberlite.migration.MigrationManager;
import com.kimberlite.migration.MigrationState;
import com.kimberlite.migration.OutOfOrderMigrationException;
import com.kimberlite.migration.TrackerType;
import com.kimberlite.migration.boot.testsupport.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

@ExtendWith(OutputCaptureExtension.class)
class KimberliteMigrationAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(KimberliteMigrationAutoConfiguration.class));

    @TempDir
    Path temp;

    @Test
    void createsManagerRunnerAndReadyListenerFromDefaults() {
        this.contextRunner.run((context) -> {
            MigrationConfig config = context.getBean(MigrationManager.class).config();
            assertThat(config.migrationsDir()).isEqualTo(Path.of("migrations"));
            assertThat(config.stateDir()).isEqualTo(Path.of(".kimberlite", "migrations"));
            assertThat(config.lockFilePath()).isEqualTo(Path.of(".kimberlite", "migrations", ".lock"));
            assertThat(config.tracker()).isEqualTo(TrackerType.FILE);
            assertThat(config.table()).isEqualTo("kimberlite_migrations");
            assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(60));
            assertThat(config.autoTimestamp()).isTrue();
            assertThat(config.appliedBy()).contains(System.getProperty("user.name"));
            assertThat(context).hasSingleBean(KimberliteMigrationRunner.class)
                .hasSingleBean(KimberliteMigrationReadyListener.class)
                .doesNotHaveBean(KimberliteMigrationInitializer.class);
            KimberliteMigrationProperties properties = context.getBean(KimberliteMigrationProperties.class);
            assertThat(properties.isValidateOnStartup()).isTrue();
            assertThat(properties.isApplyOnStartup()).isTrue();
            assertThat(properties.getRunOn()).isEqualTo(KimberliteMigrationProperties.RunOn.READY);
            assertThat(properties.getTarget()).isNull();
            assertThat(properties.isOutOfOrder()).isFalse();
        });
    }

    @Test
    void bindsEveryProperty() {
        this.contextRunner
            .withPropertyValues("kimberlite.migrations.directory=db/changes", "kimberlite.migrations.state-dir=var/state",
                    "kimberlite.migrations.lock-file=db/changes.lock", "kimberlite.migrations.table=app.schema_log",
                    "kimberlite.migrations.lock-timeout=5s", "kimberlite.migrations.applied-by=deployer",
                    "kimberlite.migrations.auto-timestamp=false", "kimberlite.migrations.validate-on-startup=false",
                    "kimberlite.migrations.apply-on-startup=false", "kimberlite.migrations.target=7",
                    "kimberlite.migrations.out-of-order=true")
            .run((context) -> {
                MigrationConfig config = context.getBean(MigrationConfig.class);
                assertThat(config.migrationsDir()).isEqualTo(Path.of("db/changes"));
                assertThat(config.stateDir()).isEqualTo(Path.of("var/state"));
                assertThat(config.lockFilePath()).isEqualTo(Path.of("db/changes.lock"));
                assertThat(config.appliedFilePath()).isEqualTo(Path.of("var/state/applied.toml"));
                assertThat(config.table()).isEqualTo("app.schema_log");
                assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
                assertThat(config.appliedBy()).contains("deployer");
                assertThat(config.autoTimestamp()).isFalse();
                KimberliteMigrationProperties properties = context.getBean(KimberliteMigrationProperties.class);
                assertThat(properties.isValidateOnStartup()).isFalse();
                assertThat(properties.isApplyOnStartup()).isFalse();
                assertThat(properties.getTarget()).isEqualTo(7L);
                assertThat(properties.isOutOfOrder()).isTrue();
            });
    }

    @Test
    void bindsTrackerAndRunOnInAnyCase() {
        TestProject project = TestProject.create(this.temp, 3);
        this.contextRunner.withUserConfiguration(DataSourceConfiguration.class)
            .withPropertyValues(project.properties())
            .withPropertyValues("kimberlite.migrations.tracker=JDBC", "kimberlite.migrations.run-on=Initialization",
                    "kimberlite.migrations.apply-on-startup=false", "kimberlite.migrations.validate-on-startup=false")
            .run((context) -> {
                assertThat(context.getBean(MigrationConfig.class).tracker()).isEqualTo(TrackerType.JDBC);
                assertThat(context).hasSingleBean(KimberliteMigrationInitializer.class)
                    .doesNotHaveBean(KimberliteMigrationReadyListener.class);
            });
    }

    @Test
    void backsOffWhenDisabled() {
        this.contextRunner.withPropertyValues("kimberlite.migrations.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(MigrationManager.class)
                .doesNotHaveBean(KimberliteMigrationRunner.class)
                .doesNotHaveBean(KimberliteMigrationReadyListener.class));
    }

    @Test
    void backsOffFromUserManagerAndConfig() {
        TestProject project = TestProject.create(this.temp, 1);
        this.contextRunner.withBean(MigrationManager.class, () -> new MigrationManager(project.config()))
            .withBean(MigrationConfig.class, project::config)
            .run((context) -> {
                assertThat(context).hasSingleBean(MigrationManager.class).hasSingleBean(MigrationConfig.class);
                assertThat(context.getBean(MigrationManager.class).config().migrationsDir())
                    .isEqualTo(project.migrations());
                assertThat(context).hasSingleBean(KimberliteMigrationRunner.class);
            });
    }

    @Test
    void userConfigIsUsedByTheManager() {
        TestProject project = TestProject.create(this.temp, 1);
        this.contextRunner.withBean(MigrationConfig.class, project::config)
            .run((context) -> assertThat(context.getBean(MigrationManager.class).config())
                .isSameAs(context.getBean(MigrationConfig.class)));
    }

    @Test
    void validatesDuringRefreshWithoutDataSourceAndSaysOnceThatNothingIsApplied(CapturedOutput output) {
        TestProject project = TestProject.create(this.temp, 3);
        this.contextRunner.withPropertyValues(project.properties())
            .withPropertyValues("kimberlite.migrations.run-on=initialization")
            .run((context) -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(MigrationManager.class).status().count(MigrationState.PENDING))
                    .isEqualTo(3);
            });
        assertThat(output).containsOnlyOnce("No DataSource: Kimberlite migrations in").contains("Validated");
    }

    @Test
    void invalidMigrationsFailTheStart() {
        TestProject project = TestProject.create(this.temp, 1).add(TestProject.MIGRATIONS.get(2));
        this.contextRunner.withPropertyValues(project.properties())
            .withPropertyValues("kimberlite.migrations.run-on=initialization")
            .run((context) -> assertThat(context).getFailure()
                .rootCause()
                .isInstanceOf(InvalidSequenceException.class)
                .hasMessageStartingWith("Invalid migration sequence: expected 2, found 3"));
    }

    @Test
    void skipsValidationWhenNeitherValidateNorApplyOnStartup() {
        TestProject project = TestProject.create(this.temp, 1).add(TestProject.MIGRATIONS.get(2));
        this.contextRunner.withPropertyValues(project.properties())
            .withPropertyValues("kimberlite.migrations.run-on=initialization",
                    "kimberlite.migrations.validate-on-startup=false", "kimberlite.migrations.apply-on-startup=false")
            .run((context) -> assertThat(context).hasNotFailed());
    }

    @Test
    void readyListenerRunsOnceOnApplicationReadyEvent() {
        TestProject project = TestProject.create(this.temp, 1).add(TestProject.MIGRATIONS.get(2));
        this.contextRunner.withPropertyValues(project.properties()).run((context) -> {
            assertThat(context).hasNotFailed();
            ApplicationReadyEvent ready = new ApplicationReadyEvent(new SpringApplication(), new String[0],
                    (ConfigurableApplicationContext) context.getSourceApplicationContext(), Duration.ZERO);
            assertThatExceptionOfType(InvalidSequenceException.class).isThrownBy(() -> context.publishEvent(ready));
            context.publishEvent(ready);
        });
    }

    @Test
    void strategyReplacesTheStartupRun() {
        TestProject project = TestProject.create(this.temp, 1).add(TestProject.MIGRATIONS.get(2));
        AtomicReference<MigrationManager> ran = new AtomicReference<>();
        this.contextRunner.withPropertyValues(project.properties())
            .withPropertyValues("kimberlite.migrations.run-on=initialization")
            .withBean(KimberliteMigrationStrategy.class, () -> ran::set)
            .run((context) -> {
                assertThat(context).hasNotFailed();
                assertThat(ran.get()).isSameAs(context.getBean(MigrationManager.class));
            });
    }

    @Test
    void appliesUpToTheTarget() {
        TestProject project = TestProject.create(this.temp, 3);
        this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
            .withPropertyValues(project.properties())
            .withPropertyValues("spring.datasource.generate-unique-name=true", "kimberlite.migrations.tracker=jdbc",
                    "kimberlite.migrations.run-on=initialization", "kimberlite.migrations.target=2")
            .run((context) -> assertThat(context.getBean(MigrationManager.class).listApplied())
                .extracting(AppliedMigration::id)
                .containsExactly(1L, 2L));
    }

    @Test
    void appliesBelowTheHighestAppliedIdOnlyWhenOutOfOrderIsAllowed() {
        TestProject project = TestProject.create(this.temp, 3);
        ApplicationContextRunner runner = this.contextRunner
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
            .withPropertyValues(project.properties())
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "kimberlite.migrations.tracker=jdbc", "kimberlite.migrations.run-on=initialization");
        runner.withPropertyValues("kimberlite.migrations.target=1").run((context) -> {
            MigrationManager manager = context.getBean(MigrationManager.class);
            manager.recordApplied(manager.listFiles().get(2));
        });
        runner.run((context) -> assertThat(context).getFailure()
            .rootCause()
            .isInstanceOf(OutOfOrderMigrationException.class));
        runner.withPropertyValues("kimberlite.migrations.out-of-order=true")
            .run((context) -> assertThat(context.getBean(MigrationManager.class).listApplied())
                .extracting(AppliedMigration::id)
                .containsExactlyInAnyOrder(1L, 2L, 3L));
    }

    @Test
    void jdbcTrackerWithoutDataSourceFailsWithAnExplanation() {
        this.contextRunner.withPropertyValues("kimberlite.migrations.tracker=jdbc")
            .run((context) -> assertThat(context).getFailure()
                .rootCause()
                .hasMessageContaining("kimberlite.migrations.tracker=jdbc")
                .hasMessageContaining("@KimberliteMigrationDataSource"));
    }

    @Test
    void readsClasspathMigrationsFromACopyThatIsDeletedOnClose() {
        AtomicReference<Path> copy = new AtomicReference<>();
        this.contextRunner
            .withPropertyValues("kimberlite.migrations.directory=classpath:" + TestProject.CLASSPATH_MIGRATIONS,
                    "kimberlite.migrations.state-dir=" + this.temp)
            .run((context) -> {
                MigrationManager manager = context.getBean(MigrationManager.class);
                copy.set(manager.config().migrationsDir());
                assertThat(manager.listFiles()).extracting((file) -> file.path().getFileName().toString())
                    .containsExactlyElementsOf(TestProject.MIGRATIONS);
            });
        assertThat(copy.get()).doesNotExist();
    }

    @Test
    void managesTheSchemaOfTheMigratedDataSource() {
        TestProject project = TestProject.create(this.temp, 3);
        this.contextRunner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
            .withPropertyValues(project.properties())
            .withPropertyValues("spring.datasource.generate-unique-name=true")
            .run((context) -> {
                SchemaManagementProvider provider = context.getBean(SchemaManagementProvider.class);
                assertThat(provider.getSchemaManagement(context.getBean(DataSource.class)))
                    .isEqualTo(SchemaManagement.MANAGED);
                assertThat(provider.getSchemaManagement(otherDataSource())).isEqualTo(SchemaManagement.UNMANAGED);
            });
    }

    @Test
    void migratesTheDataSourceMarkedForMigrations() {
        TestProject project = TestProject.create(this.temp, 3);
        this.contextRunner.withUserConfiguration(TwoDataSourcesConfiguration.class)
            .withPropertyValues(project.properties())
            .run((context) -> {
                SchemaManagementProvider provider = context.getBean(SchemaManagementProvider.class);
                assertThat(provider.getSchemaManagement(context.getBean("migrationDataSource", DataSource.class)))
                    .isEqualTo(SchemaManagement.MANAGED);
                assertThat(provider.getSchemaManagement(context.getBean("applicationDataSource", DataSource.class)))
                    .isEqualTo(SchemaManagement.UNMANAGED);
            });
    }

    @Test
    void worksWithoutSpringBootJdbcAndSql() {
        this.contextRunner
            .withClassLoader(new FilteredClassLoader("org.springframework.boot.jdbc", "org.springframework.boot.sql"))
            .run((context) -> assertThat(context).hasSingleBean(MigrationManager.class)
                .doesNotHaveBean(KimberliteMigrationSchemaManagementProvider.class));
    }

    @Test
    void lockFileFromTheClasspathIsReadFromACopy() throws Exception {
        this.contextRunner
            .withPropertyValues("kimberlite.migrations.lock-file=classpath:kimberlite/test.lock",
                    "kimberlite.migrations.state-dir=" + this.temp)
            .run((context) -> {
                Path lock = context.getBean(MigrationConfig.class).lockFilePath();
                assertThat(lock).hasContent(new String(
                        getClass().getResourceAsStream("/kimberlite/test.lock").readAllBytes()));
                assertThat(lock.getParent()).isNotEqualTo(this.temp);
            });
        assertThat(Files.list(this.temp)).isEmpty();
    }

    private static DataSource otherDataSource() {
        return new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true).build();
    }

    @Configuration(proxyBeanMethods = false)
    static class DataSourceConfiguration {

        @Bean
        DataSource dataSource() {
            return otherDataSource();
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class TwoDataSourcesConfiguration {

        @Bean
        DataSource applicationDataSource() {
            return otherDataSource();
        }

        @Bean
        @KimberliteMigrationDataSource
        DataSource migrationDataSource() {
            return otherDataSource();
        }

    }

}
