package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.ShopRows.GARBLED;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.inDatabase;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.insert;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.shopTime;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.snapshot;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.undecodable;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.unusable;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.update;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.was;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.withBaseDic;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.dwd.db.DwdInteractionComment;
import com.gmall.rtdw.model.dwd.InteractionComment;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * DwdInteractionComment (docs/jobs.md): each new comment_info row, with its appraisal's code and
 * base_dic name.
 */
class DwdInteractionCommentPipelineTest {
    private static final String JOB = "DwdInteractionComment";

    @Test
    void eachNewCommentComesWithItsAppraisalsNameAnUnknownCodeKeepsTheCommentG9() throws Exception {
        DbChange noSku =
                insert(
                        "comment_info",
                        "id",
                        "704",
                        "user_id",
                        "14",
                        "order_id",
                        "7004",
                        "appraise",
                        "1201",
                        "create_time",
                        "2024-06-02 09:30:00");
        PipelineRun.Outputs out =
                withBaseDic(PipelineRun.of(new DwdInteractionComment()))
                        .input(
                                Topics.TOPIC_DB,
                                insert(
                                        "comment_info",
                                        "id",
                                        "701",
                                        "user_id",
                                        "11",
                                        "sku_id",
                                        "5",
                                        "spu_id",
                                        "2",
                                        "order_id",
                                        "7001",
                                        "appraise",
                                        "1201",
                                        "comment_txt",
                                        "很好",
                                        "create_time",
                                        "2024-06-02 09:00:00"),
                                insert(
                                        "comment_info",
                                        "id",
                                        "702",
                                        "user_id",
                                        "12",
                                        "sku_id",
                                        "6",
                                        "order_id",
                                        "7002",
                                        "appraise",
                                        "1202",
                                        "create_time",
                                        "2024-06-01 23:59:59"),
                                // not in base_dic: the comment stays, its name is null
                                insert(
                                        "comment_info",
                                        "id",
                                        "703",
                                        "user_id",
                                        "13",
                                        "sku_id",
                                        "7",
                                        "appraise",
                                        "1204",
                                        "create_time",
                                        "2024-06-02 00:00:00"),
                                was(
                                        update(
                                                "comment_info",
                                                "id",
                                                "701",
                                                "user_id",
                                                "11",
                                                "sku_id",
                                                "5",
                                                "order_id",
                                                "7001",
                                                "appraise",
                                                "1203",
                                                "create_time",
                                                "2024-06-02 09:00:00",
                                                "operate_time",
                                                "2024-06-03 10:00:00"),
                                        "appraise",
                                        "1201",
                                        "operate_time",
                                        null),
                                inDatabase(
                                        "gmall_archive",
                                        insert(
                                                "comment_info",
                                                "id",
                                                "705",
                                                "user_id",
                                                "15",
                                                "sku_id",
                                                "5",
                                                "appraise",
                                                "1201",
                                                "create_time",
                                                "2024-06-02 09:00:00")),
                                insert(
                                        "order_info",
                                        "id",
                                        "7001",
                                        "user_id",
                                        "11",
                                        "order_status",
                                        "1001"),
                                // read on 2024-06-01 at 08:00: a comment of that day, and one of
                                // the day before
                                snapshot(
                                        "comment_info",
                                        "id",
                                        "706",
                                        "user_id",
                                        "16",
                                        "sku_id",
                                        "8",
                                        "appraise",
                                        "1201",
                                        "create_time",
                                        "2024-06-01 07:00:00"),
                                snapshot(
                                        "comment_info",
                                        "id",
                                        "707",
                                        "user_id",
                                        "17",
                                        "sku_id",
                                        "8",
                                        "appraise",
                                        "1201",
                                        "create_time",
                                        "2024-05-31 07:00:00"),
                                noSku)
                        .inputText(Topics.TOPIC_DB.name(), GARBLED)
                        .run();

        assertThat(out.topic(Topics.DWD_INTERACTION_COMMENT))
                .containsExactlyInAnyOrder(
                        new InteractionComment(
                                701L,
                                11L,
                                5L,
                                7001L,
                                LocalDate.of(2024, 6, 2),
                                shopTime("2024-06-02 09:00:00"),
                                "1201",
                                "好评"),
                        new InteractionComment(
                                702L,
                                12L,
                                6L,
                                7002L,
                                LocalDate.of(2024, 6, 1),
                                shopTime("2024-06-01 23:59:59"),
                                "1202",
                                "中评"),
                        new InteractionComment(
                                703L,
                                13L,
                                7L,
                                null,
                                LocalDate.of(2024, 6, 2),
                                shopTime("2024-06-02 00:00:00"),
                                "1204",
                                null),
                        new InteractionComment(
                                706L,
                                16L,
                                8L,
                                null,
                                LocalDate.of(2024, 6, 1),
                                shopTime("2024-06-01 07:00:00"),
                                "1201",
                                "好评"));
        assertThat(out.deadLetters())
                .satisfiesExactlyInAnyOrder(
                        undecodable(JOB, Topics.TOPIC_DB.name()),
                        unusable(JOB, noSku, "comment_info.sku_id is missing"));
    }
}
