package com.kimberlite.migration.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.kimberlite.migration.LockEntry;
import com.kimberlite.migration.LockFileException;
import com.kimberlite.migration.StateFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Any bytes given to the state file readers give records or a {@link StateFileException} (a
 * {@link LockFileException} for the lock file), never anything else; what is read is written and
 * read back equal; and the fast reader agrees with the TOML parser on everything it accepts.
 *
 * <p>Without {@code JAZZER_FUZZ=1} each method runs once per seed in
 * {@code StateFileFuzzTestInputs/<method>/}.
 */
class StateFileFuzzTest {

    private static final StateSource LOCK = StateSource.lockFile(Path.of(".lock"));
    private static final StateSource APPLIED = StateSource.appliedFile(Path.of("applied.toml"));

    @FuzzTest(maxDuration = "60s")
    void readersReturnRecordsOrReportAStateFileError(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            List<LockEntry> entries = LockFileCodec.read(bytes, LOCK);
            assertThat(LockFileCodec.read(LockFileCodec.write(entries), LOCK)).isEqualTo(entries);
        } catch (LockFileException expected) {
            assertThat(expected).hasMessageStartingWith("Lock file error: .lock: ");
        }
        try {
            AppliedFileCodec.Content content = AppliedFileCodec.read(bytes, APPLIED);
            assertThat(AppliedFileCodec.read(AppliedFileCodec.write(content.records()), APPLIED).records())
                    .isEqualTo(content.records());
        } catch (StateFileException expected) {
            assertThat(expected).isNotInstanceOf(LockFileException.class)
                    .hasMessageStartingWith("Failed to read or write state file applied.toml: ");
        }
    }

    @FuzzTest(maxDuration = "60s")
    void fastReaderAgreesWithTheTomlParser(FuzzedDataProvider data) {
        String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        Optional<TomlValue.Table> fast = CanonicalTomlReader.read(text);
        if (fast.isPresent()) {
            assertThat(fast).contains(TomlDocument.parseFully(text, APPLIED));
        }
    }
}
