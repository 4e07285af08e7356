package com.gmall.rtdw.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retries while a server does not answer, with growing waits, and never when it answers "no". */
class BackoffTest {
    private final List<Long> waits = new ArrayList<>();

    @Test
    void aServerThatAnswersAfterTwoRefusedConnectionsIsWaitedFor() throws IOException {
        int[] calls = {0};
        String answer =
                Backoff.giveUpAfter(Duration.ofSeconds(10))
                        .call(
                                () -> {
                                    if (++calls[0] <= 2) {
                                        throw new ConnectException("Connection refused");
                                    }
                                    return "ok";
                                },
                                ClickHouseHttp::isOutage,
                                (failure, waitMs) -> waits.add(waitMs));

        assertThat(answer).isEqualTo("ok");
        assertThat(waits).containsExactly(500L, 1000L);
    }

    @Test
    void aRefusalIsThrownAtOnce() {
        assertThatThrownBy(
                        () ->
                                Backoff.giveUpAfter(Duration.ofSeconds(10))
                                        .call(
                                                () -> {
                                                    throw new ClickHouseRefusedException(
                                                            "Table gmall_rtdw.x doesn't exist");
                                                },
                                                ClickHouseHttp::isOutage,
                                                (failure, waitMs) -> waits.add(waitMs)))
                .isInstanceOf(ClickHouseRefusedException.class);
        assertThat(waits).isEmpty();
    }

    @Test
    void itGivesUpWhenTheTimeIsSpentAndThrowsTheLastFailure() {
        assertThatThrownBy(
                        () ->
                                Backoff.giveUpAfter(Duration.ofMillis(1200))
                                        .call(
                                                () -> {
                                                    throw new ConnectException(
                                                            "Connection refused");
                                                },
                                                ClickHouseHttp::isOutage,
                                                (failure, waitMs) -> waits.add(waitMs)))
                .isInstanceOf(ConnectException.class);
        // 500 ms, then what is left of the 1.2 s (at most 700 ms), then no time left
        assertThat(waits).hasSize(2).startsWith(500L);
        assertThat(waits.get(1)).isBetween(1L, 700L);
    }
}
