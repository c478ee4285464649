package vn.cadres.platform.consuming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Readers switch to a rebuild only once it is back where the live processor stood, or has read all there is. */
class CatchUpTest {

    private static final Map<String, Long> STOOD = Map.of("cadre.events-0", 7_000L, "cadre.events-1", 9_000L);
    private static final long SECOND = 1_000_000_000L;

    private final CatchUp catchUp = new CatchUp(STOOD, Duration.ofSeconds(5));

    @Test
    void a_rebuild_back_where_it_stood_in_every_partition_is_over_at_once() {
        assertThat(catchUp.isOver(Map.of("cadre.events-0", 7_000L, "cadre.events-1", 9_000L), false, 0)).isTrue();
    }

    @Test
    void a_rebuild_still_moving_is_not_over_though_its_fetch_buffer_runs_dry_between_polls() {
        for (int second = 0; second <= 30; second++) {
            Map<String, Long> moving = Map.of("cadre.events-0", 200L * second, "cadre.events-1", 250L * second);

            assertThat(catchUp.isOver(moving, true, second * SECOND)).as("second %d", second).isFalse();
        }
    }

    @Test
    void a_rebuild_that_stands_still_short_of_where_it_stood_with_nothing_left_to_read_is_over_after_the_quiet_period() {
        Map<String, Long> shortOfIt = Map.of("cadre.events-0", 6_990L, "cadre.events-1", 9_000L);

        assertThat(catchUp.isOver(shortOfIt, true, 0)).isFalse();
        assertThat(catchUp.isOver(shortOfIt, true, 4 * SECOND)).isFalse();
        assertThat(catchUp.isOver(shortOfIt, true, 5 * SECOND)).isTrue();
    }

    @Test
    void standing_still_is_not_enough_while_there_is_more_to_read() {
        Map<String, Long> stalled = Map.of("cadre.events-0", 3_000L, "cadre.events-1", 4_000L);

        assertThat(catchUp.isOver(stalled, false, 0)).isFalse();
        assertThat(catchUp.isOver(stalled, false, 60 * SECOND)).isFalse();
    }

    @Test
    void a_rebuild_that_has_read_nothing_yet_is_not_over_however_long_it_waits() {
        assertThat(catchUp.isOver(Map.of(), true, 0)).isFalse();
        assertThat(catchUp.isOver(Map.of(), true, 60 * SECOND)).isFalse();
    }

    @Test
    void a_rebuild_of_a_source_that_was_empty_is_over_at_once() {
        CatchUp ofNothing = new CatchUp(Map.of(), Duration.ofSeconds(5));

        assertThat(ofNothing.isOver(Map.of(), true, 0)).isTrue();
    }
}
