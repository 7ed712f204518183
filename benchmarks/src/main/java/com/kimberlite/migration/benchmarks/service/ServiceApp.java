package com.kimberlite.migration.benchmarks.service;

import com.kimberlite.migration.benchmarks.harness.TrialOutput;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service of the service-start scenario: a Spring Boot application with a DataSource and
 * nothing else of its own. Which migration tool it runs depends only on its class path (our
 * starter, Flyway's, or neither), through auto-configuration.
 *
 * <p>It prints {@link TrialOutput#READY} once {@link SpringApplication#run} has returned, which is
 * after the {@code ApplicationReadyEvent} was published and every listener of it (our starter
 * migrates in one by default) has returned; then it shuts down.
 */
@SpringBootApplication
public class ServiceApp {

    /**
     * @param args Spring Boot arguments, such as {@code --spring.datasource.url=...}
     */
    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(ServiceApp.class, args);
        System.out.println(TrialOutput.READY);
        System.out.flush();
        context.close();
    }
}
