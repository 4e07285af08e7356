package com.gmall.rtdw.jobs.dws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/** New users are new in the shop's history, not merely to the job's state (O1, S3). */
class NewUsersTest {
    private static final Instant FIRST_OF_U1 = Instant.parse("2024-06-01T02:00:00Z");

    /**
     * The shop's history: user 1 ordered first at FIRST_OF_U1; user 2 long before the job started.
     */
    static final class History implements UserHistory {
        private static final Map<Long, Instant> FIRST =
                Map.of(1L, FIRST_OF_U1, 2L, Instant.parse("2020-01-01T00:00:00Z"));

        @Override
        public Optional<Instant> firstOrder(long userId) {
            return Optional.ofNullable(FIRST.get(userId));
        }

        @Override
        public Optional<Instant> firstPayment(long userId) {
            return Optional.empty();
        }

        @Override
        public void close() {}
    }

    private static List<String> run(long userId, Instant at) throws Exception {
        return run(userId, at, 1);
    }

    private static List<String> run(long userId, Instant at, int sign) throws Exception {
        NewUsers<UserActivity> newUsers =
                new NewUsers<>(
                        History::new,
                        UserHistory::firstOrder,
                        UserActivity.ACCESS,
                        "test",
                        TypeInformation.of(UserActivity.class));
        try (OneInputStreamOperatorTestHarness<UserActivity, UserActivity> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(newUsers)) {
            harness.processElement(
                    UserActivity.firstOfDay(new UserActivity(userId), sign), at.toEpochMilli());
            List<String> out =
                    new java.util.ArrayList<>(
                            harness.extractOutputValues().stream()
                                    .map(
                                            a ->
                                                    "user "
                                                            + a.userId
                                                            + (a.newUser ? " new" : " returning"))
                                    .toList());
            harness.getSideOutput(NewUsers.FAILED); // none expected unless asserted
            if (harness.getSideOutput(NewUsers.FAILED) != null) {
                out.add("dead letters " + harness.getSideOutput(NewUsers.FAILED).size());
            }
            return out;
        }
    }

    @Test
    void aUsersFirstOrderInTheShopsHistoryMakesThemNewO1S3() throws Exception {
        assertThat(run(1, FIRST_OF_U1)).containsExactly("user 1 new");
    }

    @Test
    void aUserWhoOrderedBeforeTheJobStartedIsNotNewEvenToAFreshJobS3() throws Exception {
        assertThat(run(2, Instant.parse("2024-06-01T02:00:00Z")))
                .containsExactly("user 2 returning");
        assertThat(run(1, Instant.parse("2024-06-02T02:00:00Z")))
                .containsExactly("user 1 returning");
    }

    @Test
    void aUserUnknownToTheShopIsCountedAndReportedNotCalledNew() throws Exception {
        assertThat(run(3, FIRST_OF_U1)).containsExactly("user 3 returning", "dead letters 1");
    }

    @Test
    void aFirstTakenBackIsMarkedAsItWasWhenAddedAndReportedOnlyThen() throws Exception {
        assertThat(run(1, FIRST_OF_U1, -1)).containsExactly("user 1 new");
        assertThat(run(1, Instant.parse("2024-06-02T02:00:00Z"), -1))
                .containsExactly("user 1 returning");
        assertThat(run(3, FIRST_OF_U1, -1))
                .as("reported when it was added")
                .containsExactly("user 3 returning");
    }
}
