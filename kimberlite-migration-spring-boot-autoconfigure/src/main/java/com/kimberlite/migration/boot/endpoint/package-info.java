/**
 * Actuator endpoint {@code kimberlite-migrations}: the application's migrations and their states.
 */
package com.kimberlite.migration.boot.endpoint;
