/**
 * The state files of Kimberlite's migration tool: the lock file ({@code .lock}) and the record
 * of applied migrations ({@code applied.toml}), and the project file {@code kimberlite.toml},
 * which is only read. Reading (TOML, with errors that name the file and line), writing
 * (byte-identical to Kimberlite's own tool) and atomic file replacement.
 *
 * <p>Implementation detail: no compatibility guarantees.
 */
package com.kimberlite.migration.internal.state;
