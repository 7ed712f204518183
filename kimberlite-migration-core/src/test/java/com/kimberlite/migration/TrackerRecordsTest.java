package com.kimberlite.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every tracker's {@link MigrationTracker.Records} and {@link MigrationTracker.Checksums} hold,
 * whoever made them.
 */
class TrackerRecordsTest {

    private static AppliedMigration record(long id) {
        return new AppliedMigration(id, "migration_" + id, "%064x".formatted(id), Instant.EPOCH.plusSeconds(id),
                Optional.empty(), OptionalLong.empty());
    }

    @Test
    void aMarkOfARecordedMigrationIsSupersededAndLeftOutInTheMarksOrder() {
        MigrationTracker.Records records = new MigrationTracker.Records(List.of(record(2), record(1)),
                List.of(record(4), record(1), record(3), record(2)));

        assertThat(records.applied()).containsExactly(record(2), record(1));
        assertThat(records.started()).containsExactly(record(4), record(3));
    }

    @Test
    void theIdOfAMarkOfARecordedMigrationIsLeftOutOfTheInterruptedOnes() {
        MigrationTracker.Checksums checksums = new MigrationTracker.Checksums(List.of(record(2), record(1)),
                Set.of(4L, 1L, 3L, 2L));

        assertThat(checksums.applied()).containsExactly(record(2), record(1));
        assertThat(checksums.interrupted()).containsExactlyInAnyOrder(4L, 3L);
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> checksums.interrupted().clear());
    }

    @Test
    void bothListsAreCopiesThatCannotBeChanged() {
        List<AppliedMigration> applied = new ArrayList<>(List.of(record(1)));
        List<AppliedMigration> started = new ArrayList<>(List.of(record(2)));
        MigrationTracker.Records records = new MigrationTracker.Records(applied, started);
        applied.clear();
        started.clear();

        assertThat(records.applied()).containsExactly(record(1));
        assertThat(records.started()).containsExactly(record(2));
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> records.started().clear());
    }
}
