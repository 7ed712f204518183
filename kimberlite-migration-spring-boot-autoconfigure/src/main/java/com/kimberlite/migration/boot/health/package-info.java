/**
 * Health contributor {@code kimberliteMigrations}.
 */
package com.kimberlite.migration.boot.health;
