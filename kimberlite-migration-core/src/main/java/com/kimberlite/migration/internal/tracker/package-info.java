/**
 * The trackers that keep the records of applied migrations.
 *
 * <p>Implementation detail: no compatibility guarantees.
 */
package com.kimberlite.migration.internal.tracker;
