package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.DwdRecords.at;
import static com.gmall.rtdw.jobs.pipeline.DwdRecords.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.gmall.rtdw.jobs.dws.DwsUserUserRegisterWindow;
import com.gmall.rtdw.model.dws.UserUserRegisterWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import java.time.Duration;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Rows as (window, registrations). */
class DwsUserUserRegisterWindowPipelineTest {
    /** A user_info insert as topic_db carries it (Maxwell JSON), no Avro registration. */
    private static final String MAXWELL =
            "{\"database\":\"gmall\",\"table\":\"user_info\",\"type\":\"insert\","
                    + "\"ts\":1717214401,\"data\":{\"id\":106,\"create_time\":\"2024-06-01 12:00:01\"}}";

    @Test
    void registrationsAreCountedPerWindow() throws Exception {
        PipelineRun.Outputs out =
                PipelineRun.of(new DwsUserUserRegisterWindow())
                        .input(
                                Topics.DWD_USER_REGISTER,
                                registration(101, at("04:00:01")),
                                registration(102, at("04:00:09")),
                                registration(103, at("04:00:11")),
                                registration(104, at("04:00:13")),
                                registration(105, at("04:00:19.999")))
                        .inputText(Topics.DWD_USER_REGISTER.name(), MAXWELL)
                        .run();

        assertThat(rows(out))
                .containsExactlyInAnyOrder(
                        tuple("2024-06-01T04:00:00Z", 2L), tuple("2024-06-01T04:00:10Z", 3L));
        assertThat(out.deadLetters())
                .extracting(DeadLetter::job, DeadLetter::source, DeadLetter::original)
                .containsExactly(
                        tuple(
                                "DwsUserUserRegisterWindow",
                                Topics.DWD_USER_REGISTER.name(),
                                MAXWELL));
    }

    @Test
    void aRegistrationCountsInTheWindowOfItsCreateTimeNotOfWhenItReachedKafka() throws Exception {
        PipelineRun.Outputs out =
                PipelineRun.of(new DwsUserUserRegisterWindow())
                        .inputAt(
                                at("04:00:03"),
                                Topics.DWD_USER_REGISTER,
                                registration(201, at("04:00:12")))
                        .inputAt(
                                at("04:00:15"),
                                Topics.DWD_USER_REGISTER,
                                registration(202, at("04:00:08")),
                                registration(203, at("04:00:09")))
                        .run();

        assertThat(rows(out))
                .containsExactlyInAnyOrder(
                        tuple("2024-06-01T04:00:00Z", 2L), tuple("2024-06-01T04:00:10Z", 1L));
        assertThat(out.deadLetters()).isEmpty();
    }

    @Test
    void aRegistrationWhoseWindowClosedForGoodIsADeadLetterAndChangesNoWindow() throws Exception {
        PipelineRun.Outputs out =
                PipelineRun.of(new DwsUserUserRegisterWindow())
                        .input(
                                Topics.DWD_USER_REGISTER,
                                registration(301, at("04:00:01")),
                                // event time passes 04:02:10: the window of 04:00:00 and its 120 s
                                // of lateness are over
                                registration(302, at("04:02:30")))
                        .pause(Topics.DWD_USER_REGISTER, Duration.ofSeconds(2))
                        .input(Topics.DWD_USER_REGISTER, registration(303, at("04:00:05")))
                        .run();

        assertThat(rows(out))
                .containsExactlyInAnyOrder(
                        tuple("2024-06-01T04:00:00Z", 1L), tuple("2024-06-01T04:02:30Z", 1L));
        assertThat(out.deadLetters())
                .singleElement()
                .satisfies(
                        letter -> {
                            assertThat(letter.source()).isEqualTo("window");
                            assertThat(letter.reason())
                                    .startsWith(
                                            "late: its window closed more than 120 s of event time ago");
                            // what the window was given: the count, not the registration (it names
                            // no user)
                            assertThat(letter.original()).contains("\"registerCt\":1");
                        });
    }

    private static List<Tuple> rows(PipelineRun.Outputs out) {
        List<UserUserRegisterWindow> rows =
                FinalRows.of(
                        out.table(Tables.DWS_USER_USER_REGISTER_WINDOW),
                        r -> List.of(r.stt, r.edt),
                        r -> r.ts);
        return rows.stream()
                .map(r -> tuple(DwdRecords.window(r.stt, r.edt), r.registerCt))
                .toList();
    }
}
