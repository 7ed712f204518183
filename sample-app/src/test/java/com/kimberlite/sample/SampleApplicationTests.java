package com.kimberlite.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The clinic service as it runs: migrations applied on startup, the patients API, Actuator. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleApplicationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void freshDatabaseAndState(DynamicPropertyRegistry registry) throws IOException {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:clinic-" + UUID.randomUUID());
        Path state = Files.createTempDirectory("clinic-state");
        registry.add("kimberlite.migrations.state-dir", state::toString);
    }

    @Test
    void storesPatientsAndTheirAppointments() {
        HttpResponse<String> created = send("POST", "/patients", "{\"name\":\"Ada Lovelace\",\"birthDate\":\"1815-12-10\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode patient = JSON.readTree(created.body());
        long id = patient.get("id").asLong();
        assertThat(created.headers().firstValue("Location")).contains("/patients/" + id);
        assertThat(patient.get("birthDate").asString()).isEqualTo("1815-12-10");

        assertThat(JSON.readTree(send("GET", "/patients", null).body()).findValuesAsString("name"))
            .contains("Ada Lovelace");
        assertThat(send("POST", "/patients/" + id + "/appointments",
                "{\"startsAt\":\"2026-03-10T09:30:00\",\"reason\":\"check-up\"}").statusCode()).isEqualTo(201);
        JsonNode appointments = JSON.readTree(send("GET", "/patients/" + id + "/appointments", null).body());
        assertThat(appointments).hasSize(1);
        assertThat(appointments.get(0).get("reason").asString()).isEqualTo("check-up");
        assertThat(send("GET", "/patients/999999/appointments", null).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/patients", "{\"birthDate\":\"1815-12-10\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void endpointShowsTheThreeMigrationsApplied() {
        HttpResponse<String> response = send("GET", "/actuator/kimberlite-migrations", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("directory").asString()).isEqualTo("classpath:migrations");
        assertThat(body.get("valid").asBoolean()).isTrue();
        assertThat(body.get("summary").get("applied").asInt()).isEqualTo(3);
        assertThat(body.get("migrations").findValuesAsString("name")).containsExactly("create_patients",
                "create_appointments", "index_appointments_by_patient");
        assertThat(JSON.readTree(send("GET", "/actuator/kimberlite-migrations/2", null).body()).get("state")
            .asString()).isEqualTo("APPLIED");
    }

    @Test
    void healthAndReadinessAreUp() {
        JsonNode health = JSON.readTree(send("GET", "/actuator/health", null).body());
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("kimberliteMigrations").get("details").get("applied").asInt())
            .isEqualTo(3);
        assertThat(send("GET", "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void shipsTheCommittedLockFileInsideTheJar() throws IOException {
        byte[] committed = Files.readAllBytes(Path.of(".kimberlite", "migrations", ".lock"));
        try (var shipped = new ClassPathResource("migrations/.lock").getInputStream()) {
            assertThat(shipped.readAllBytes()).isEqualTo(committed);
        }
        assertThat(new String(committed)).contains("name = \"create_patients\"")
            .contains("name = \"index_appointments_by_patient\"");
    }

    private HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json");
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

}
