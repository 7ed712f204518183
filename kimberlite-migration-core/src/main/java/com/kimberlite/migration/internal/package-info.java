/**
 * Implementation detail of kimberlite-migration: parsing, state-file codecs, validation, SQL
 * splitting and JDBC execution.
 *
 * <p>Nothing in this package or its subpackages is API. Types here may change or disappear in any
 * release without notice and come with no compatibility guarantees; use the types of
 * {@code com.kimberlite.migration} instead.
 */
package com.kimberlite.migration.internal;
