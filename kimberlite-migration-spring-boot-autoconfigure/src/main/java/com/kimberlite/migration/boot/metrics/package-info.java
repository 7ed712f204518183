/**
 * Micrometer metrics of Kimberlite migrations.
 */
package com.kimberlite.migration.boot.metrics;
