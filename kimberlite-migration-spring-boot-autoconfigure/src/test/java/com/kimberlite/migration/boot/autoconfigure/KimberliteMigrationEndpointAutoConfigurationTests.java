package com.kimberlite.migration.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.boot.endpoint.KimberliteMigrationEndpoint;
import com.kimberlite.migration.boot.testsupport.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointAutoConfiguration;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class KimberliteMigrationEndpointAutoConfigurationTests {

    private static final EndpointId ID = EndpointId.of(KimberliteMigrationEndpoint.ID);

    private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(KimberliteMigrationAutoConfiguration.class,
                KimberliteMigrationEndpointAutoConfiguration.class, EndpointAutoConfiguration.class,
                WebEndpointAutoConfiguration.class));

    @TempDir
    Path temp;

    @Test
    void exposedWithItsDashedNameAtTheDashedPathWithoutWarning(CapturedOutput output) {
        this.contextRunner.withPropertyValues(TestProject.create(this.temp, 1).properties())
            .withPropertyValues("management.endpoints.web.exposure.include=kimberlite-migrations")
            .run((context) -> {
                assertThat(context).hasSingleBean(KimberliteMigrationEndpoint.class);
                assertThat(context.getBean(PathMappedEndpoints.class).getPath(ID))
                    .isEqualTo("/actuator/kimberlite-migrations");
            });
        assertThat(output).doesNotContain("Endpoint ID").doesNotContain("invalid characters");
    }

    @Test
    void pathMappingOfTheUserWins() {
        this.contextRunner.withPropertyValues(TestProject.create(this.temp, 1).properties())
            .withPropertyValues("management.endpoints.web.exposure.include=*",
                    "management.endpoints.web.path-mapping.kimberliteMigrations=db")
            .run((context) -> assertThat(context.getBean(PathMappedEndpoints.class).getPath(ID))
                .isEqualTo("/actuator/db"));
    }

    @Test
    void showsTheDirectoryAsConfigured() {
        this.contextRunner
            .withPropertyValues("kimberlite.migrations.directory=classpath:" + TestProject.CLASSPATH_MIGRATIONS,
                    "kimberlite.migrations.state-dir=" + this.temp,
                    "management.endpoints.web.exposure.include=kimberlite-migrations")
            .run((context) -> assertThat(context.getBean(KimberliteMigrationEndpoint.class).migrations().directory())
                .isEqualTo("classpath:" + TestProject.CLASSPATH_MIGRATIONS));
    }

    @Test
    void noEndpointWhenNotExposed() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(KimberliteMigrationEndpoint.class));
    }

    @Test
    void noEndpointWhenAccessIsNone() {
        this.contextRunner
            .withPropertyValues("management.endpoints.web.exposure.include=*",
                    "management.endpoint.kimberlite-migrations.access=NONE")
            .run((context) -> assertThat(context).doesNotHaveBean(KimberliteMigrationEndpoint.class));
    }

    @Test
    void noEndpointWhenMigrationsAreDisabled() {
        this.contextRunner
            .withPropertyValues("management.endpoints.web.exposure.include=*", "kimberlite.migrations.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(KimberliteMigrationEndpoint.class));
    }

    @Test
    void noEndpointWithoutActuator() {
        new WebApplicationContextRunner().withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
            .withUserConfiguration(ImportedAutoConfigurations.class)
            .withPropertyValues("management.endpoints.web.exposure.include=*")
            .run((context) -> assertThat(context).hasNotFailed()
                .doesNotHaveBean(KimberliteMigrationEndpoint.class));
    }

    @ImportAutoConfiguration({ KimberliteMigrationAutoConfiguration.class,
            KimberliteMigrationEndpointAutoConfiguration.class })
    static class ImportedAutoConfigurations {

    }

}
