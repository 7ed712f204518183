/**
 * Spring Boot auto-configuration of Kimberlite migrations: properties, the startup run that
 * validates and applies migrations, and the auto-configurations of the Actuator endpoint, health
 * contributor and metrics. Wiring only: every migration step is done by
 * {@link com.kimberlite.migration.MigrationManager}.
 */
package com.kimberlite.migration.boot.autoconfigure;
