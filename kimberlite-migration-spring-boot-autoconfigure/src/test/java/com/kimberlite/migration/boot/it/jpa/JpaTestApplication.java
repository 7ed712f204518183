package com.kimberlite.migration.boot.it.jpa;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** An application with one JPA entity, {@link User}, mapped to the {@code users} table of the migrations. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class JpaTestApplication {

}
