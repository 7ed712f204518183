package com.kimberlite.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.boot.autoconfigure.KimberliteMigrationsAppliedEvent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two replicas of the clinic service start at the same moment against one PostgreSQL database,
 * with the {@code jdbc} tracker: both start, and each migration is applied exactly once.
 */
class TwoInstancesOnPostgresTests {

    @TempDir
    Path temp;

    @Test
    void bothStartAndEachMigrationIsAppliedOnce() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            AtomicInteger applied = new AtomicInteger();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            List<ConfigurableApplicationContext> contexts = new ArrayList<>();
            try {
                List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
                for (int instance = 1; instance <= 2; instance++) {
                    String[] args = { "--server.port=0", "--spring.datasource.url=" + url,
                            "--spring.datasource.username=postgres", "--kimberlite.migrations.tracker=jdbc",
                            "--kimberlite.migrations.state-dir=" + this.temp.resolve("instance" + instance),
                            "--kimberlite.migrations.applied-by=instance" + instance };
                    starts.add(threads.submit(() -> {
                        SpringApplication application = new SpringApplication(SampleApplication.class);
                        ApplicationListener<KimberliteMigrationsAppliedEvent> counter = (event) -> applied
                            .addAndGet(event.getResult().appliedCount());
                        application.addListeners(counter);
                        go.await();
                        return application.run(args);
                    }));
                }
                go.countDown();
                for (Future<ConfigurableApplicationContext> start : starts) {
                    contexts.add(start.get(3, TimeUnit.MINUTES));
                }
                assertThat(applied).hasValue(3);
                List<Map<String, Object>> records = JdbcClient.create(postgres.getPostgresDatabase())
                    .sql("SELECT id, COUNT(*) AS times FROM kimberlite_migrations GROUP BY id ORDER BY id")
                    .query()
                    .listOfRows();
                assertThat(records).extracting((row) -> ((Number) row.get("id")).longValue()).containsExactly(1L, 2L, 3L);
                assertThat(records).allSatisfy((row) -> assertThat(((Number) row.get("times")).intValue()).isOne());
            }
            finally {
                contexts.forEach(ConfigurableApplicationContext::close);
                threads.shutdownNow();
            }
        }
    }

}
