package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.ShopRows.GARBLED;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.delete;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.inDatabase;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.insert;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.shopTime;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.snapshot;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.undecodable;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.unusable;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.update;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.was;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.dwd.db.DwdInteractionFavorAdd;
import com.gmall.rtdw.model.dwd.InteractionFavorAdd;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** DwdInteractionFavorAdd (docs/jobs.md): each new favor_info row is a favourite added. */
class DwdInteractionFavorAddPipelineTest {
    private static final String JOB = "DwdInteractionFavorAdd";

    @Test
    void eachNewFavouriteIsAFactItsCancellationAndOtherRowsAreNot() throws Exception {
        DbChange noUser =
                insert(
                        "favor_info",
                        "id",
                        "403",
                        "user_id",
                        "eleven",
                        "sku_id",
                        "5",
                        "create_time",
                        "2024-06-01 12:00:00");
        PipelineRun.Outputs out =
                PipelineRun.of(new DwdInteractionFavorAdd())
                        .input(
                                Topics.TOPIC_DB,
                                // late in the shop's evening: 2024-06-01 in the shop (15:30 UTC)
                                insert(
                                        "favor_info",
                                        "id",
                                        "401",
                                        "user_id",
                                        "11",
                                        "sku_id",
                                        "5",
                                        "spu_id",
                                        "2",
                                        "is_cancel",
                                        "0",
                                        "create_time",
                                        "2024-06-01 23:30:00"),
                                insert(
                                        "favor_info",
                                        "id",
                                        "402",
                                        "user_id",
                                        "12",
                                        "sku_id",
                                        "6",
                                        "spu_id",
                                        "3",
                                        "is_cancel",
                                        "0",
                                        "create_time",
                                        "2024-06-02 08:00:00"),
                                // cancelled, then removed: neither is a favourite added
                                was(
                                        update(
                                                "favor_info",
                                                "id",
                                                "401",
                                                "user_id",
                                                "11",
                                                "sku_id",
                                                "5",
                                                "is_cancel",
                                                "1",
                                                "create_time",
                                                "2024-06-01 23:30:00",
                                                "cancel_time",
                                                "2024-06-02 09:00:00"),
                                        "is_cancel",
                                        "0",
                                        "cancel_time",
                                        null),
                                delete(
                                        "favor_info",
                                        "id",
                                        "402",
                                        "user_id",
                                        "12",
                                        "sku_id",
                                        "6",
                                        "create_time",
                                        "2024-06-02 08:00:00"),
                                insert(
                                        "cart_info",
                                        "id",
                                        "601",
                                        "user_id",
                                        "11",
                                        "sku_id",
                                        "5",
                                        "sku_num",
                                        "1",
                                        "create_time",
                                        "2024-06-01 10:00:00"),
                                inDatabase(
                                        "gmall_archive",
                                        insert(
                                                "favor_info",
                                                "id",
                                                "404",
                                                "user_id",
                                                "14",
                                                "sku_id",
                                                "5",
                                                "create_time",
                                                "2024-06-01 12:00:00")),
                                // read by the snapshot on 2024-06-01 at 08:00: of that day, and of
                                // the day before
                                snapshot(
                                        "favor_info",
                                        "id",
                                        "405",
                                        "user_id",
                                        "15",
                                        "sku_id",
                                        "7",
                                        "create_time",
                                        "2024-06-01 06:00:00"),
                                snapshot(
                                        "favor_info",
                                        "id",
                                        "406",
                                        "user_id",
                                        "16",
                                        "sku_id",
                                        "7",
                                        "create_time",
                                        "2024-05-31 21:00:00"),
                                noUser)
                        .inputText(Topics.TOPIC_DB.name(), GARBLED)
                        .run();

        assertThat(out.topic(Topics.DWD_INTERACTION_FAVOR_ADD))
                .containsExactlyInAnyOrder(
                        new InteractionFavorAdd(
                                401L,
                                11L,
                                5L,
                                LocalDate.of(2024, 6, 1),
                                shopTime("2024-06-01 23:30:00")),
                        new InteractionFavorAdd(
                                402L,
                                12L,
                                6L,
                                LocalDate.of(2024, 6, 2),
                                shopTime("2024-06-02 08:00:00")),
                        new InteractionFavorAdd(
                                405L,
                                15L,
                                7L,
                                LocalDate.of(2024, 6, 1),
                                shopTime("2024-06-01 06:00:00")));
        assertThat(out.deadLetters())
                .satisfiesExactlyInAnyOrder(
                        undecodable(JOB, Topics.TOPIC_DB.name()),
                        unusable(
                                JOB, noUser, "favor_info.user_id is not a whole number: 'eleven'"));
    }
}
