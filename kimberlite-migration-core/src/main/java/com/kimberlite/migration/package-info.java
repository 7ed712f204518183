/**
 * The API of kimberlite-migration: SQL migration files with SHA-256 checksums, a lock file and
 * records of applied migrations, in the formats of Kimberlite's own migration tool.
 *
 * <p>Start with {@link com.kimberlite.migration.MigrationManager}, configured by
 * {@link com.kimberlite.migration.MigrationConfig}. Values are records
 * ({@link com.kimberlite.migration.Migration}, {@link com.kimberlite.migration.LockEntry},
 * {@link com.kimberlite.migration.AppliedMigration}), states are enums
 * ({@link com.kimberlite.migration.MigrationState}), and every failure is a subclass of the
 * unchecked {@link com.kimberlite.migration.MigrationException}. The SPIs
 * {@link com.kimberlite.migration.MigrationTracker} and
 * {@link com.kimberlite.migration.MigrationExecutor} let other stores and databases plug in.
 *
 * <p>This package is the whole API: no public or protected signature here mentions a type of
 * {@code com.kimberlite.migration.internal}, which holds the implementations these types delegate
 * to and carries no compatibility guarantee.
 */
package com.kimberlite.migration;
