package com.kimberlite.migration.boot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.kimberlite.migration.boot.it.jpa.JpaTestApplication;
import com.kimberlite.migration.boot.it.jpa.User;
import com.kimberlite.migration.boot.testsupport.TestProject;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Migrations and Hibernate 7 in one application. */
@ExtendWith(OutputCaptureExtension.class)
class JpaInitializationTests {

    @TempDir
    Path temp;

    @Test
    void migratesBeforeHibernateValidatesTheSchema(CapturedOutput output) {
        TestProject project = TestProject.create(this.temp, 3);
        try (StartedApplication application = StartedApplication.start(JpaTestApplication.class, project,
                StartedApplication.h2(this.temp.resolve("db")), "kimberlite.migrations.run-on=initialization",
                "spring.jpa.hibernate.ddl-auto=validate")) {
            assertThat(saveAndFind(application)).isEqualTo("ada");
        }
        assertThat(output).contains("Applied 3 Kimberlite migration(s)")
            .doesNotContain("ANTLR Tool version")
            .doesNotContain("ANTLR Runtime version");
    }

    /** Hibernate's default for an in-memory database, create-drop, would create users before the migrations. */
    @Test
    void hibernateLeavesTheSchemaToMigrationsOnAnEmbeddedDatabase() {
        TestProject project = TestProject.create(this.temp, 3);
        try (StartedApplication application = StartedApplication.start(JpaTestApplication.class, project,
                "jdbc:h2:mem:" + UUID.randomUUID())) {
            assertThat(saveAndFind(application)).isEqualTo("ada");
            assertThat(application.context().getEnvironment().getProperty("spring.jpa.hibernate.ddl-auto")).isNull();
        }
    }

    private static String saveAndFind(StartedApplication application) {
        EntityManagerFactory factory = application.context().getBean(EntityManagerFactory.class);
        try (var entityManager = factory.createEntityManager()) {
            entityManager.getTransaction().begin();
            entityManager.persist(new User(1L, "ada"));
            entityManager.getTransaction().commit();
            entityManager.clear();
            return entityManager.find(User.class, 1L).getName();
        }
    }

}
