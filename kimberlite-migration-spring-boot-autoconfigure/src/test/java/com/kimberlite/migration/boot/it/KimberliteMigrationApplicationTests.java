package com.kimberlite.migration.boot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.boot.it.web.WebTestApplication;
import com.kimberlite.migration.boot.testsupport.TestProject;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A full start of a web application: migrations applied on ready, endpoint, health, readiness. */
@ExtendWith(OutputCaptureExtension.class)
class KimberliteMigrationApplicationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    @Test
    void appliesMigrationsBeforeTheServiceAcceptsTraffic(CapturedOutput output) {
        TestProject project = TestProject.create(this.temp, 3);
        try (StartedApplication application = StartedApplication.start(WebTestApplication.class, project,
                StartedApplication.h2(this.temp.resolve("db")), "kimberlite.migrations.applied-by=alice")) {
            List<String> events = application.events();
            assertThat(events).containsSubsequence("LivenessState.CORRECT", "applied 3, readiness probe 503",
                    "ReadinessState.ACCEPTING_TRAFFIC");
            assertThat(events).doesNotContain("closed").filteredOn((event) -> event.startsWith("applied")).hasSize(1);
            assertThat(application.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
            assertThat(JdbcClient.create(application.context().getBean(javax.sql.DataSource.class))
                .sql("SELECT COUNT(*) FROM posts")
                .query(Integer.class)
                .single()).isZero();
        }
        assertThat(output).contains("Applied 3 Kimberlite migration(s)").doesNotContain("Endpoint ID");
    }

    @Test
    void endpointShowsEveryMigrationAndEachOne() {
        TestProject project = TestProject.create(this.temp, 3);
        try (StartedApplication application = StartedApplication.start(WebTestApplication.class, project,
                StartedApplication.h2(this.temp.resolve("db")), "kimberlite.migrations.applied-by=alice")) {
            HttpResponse<String> response = application.get("/actuator/kimberlite-migrations");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("directory").asString()).isEqualTo(project.migrations().toString());
            assertThat(body.get("tracker").asString()).isEqualTo("file");
            assertThat(body.get("valid").asBoolean()).isTrue();
            assertThat(body.get("summary").toString())
                .isEqualTo("{\"total\":3,\"applied\":3,\"pending\":0,\"modified\":0,\"missing\":0,\"interrupted\":0}");
            JsonNode first = body.get("migrations").get(0);
            assertThat(first.get("id").asLong()).isEqualTo(1);
            assertThat(first.get("name").asString()).isEqualTo("create_users");
            assertThat(first.get("state").asString()).isEqualTo("APPLIED");
            assertThat(first.get("checksum").asString()).matches("[0-9a-f]{64}");
            assertThat(first.get("appliedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(first.get("appliedBy").asString()).isEqualTo("alice");
            assertThat(response.body()).doesNotContain("CREATE TABLE").doesNotContain("applied.toml");
            JsonNode second = JSON.readTree(application.get("/actuator/kimberlite-migrations/2").body());
            assertThat(second.get("name").asString()).isEqualTo("create_posts");
            assertThat(application.get("/actuator/kimberlite-migrations/9").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void healthAndMetricsCountTheMigrations() {
        TestProject project = TestProject.create(this.temp, 3);
        try (StartedApplication application = StartedApplication.start(WebTestApplication.class, project,
                StartedApplication.h2(this.temp.resolve("db")))) {
            JsonNode health = JSON.readTree(application.get("/actuator/health").body());
            JsonNode migrations = health.get("components").get("kimberliteMigrations");
            assertThat(migrations.get("status").asString()).isEqualTo("UP");
            assertThat(migrations.get("details").get("applied").asInt()).isEqualTo(3);
            assertThat(migrations.get("details").get("pending").asInt()).isZero();
            MeterRegistry registry = application.context().getBean(MeterRegistry.class);
            assertThat(registry.get("kimberlite.migrations").tag("state", "applied").gauge().value()).isEqualTo(3);
            assertThat(registry.get("kimberlite.migrations.apply").timer().count()).isEqualTo(1);
        }
    }

}
