package com.gmall.rtdw.jobs.pipeline;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.model.common.Action;
import com.gmall.rtdw.model.common.Common;
import com.gmall.rtdw.model.common.Display;
import com.gmall.rtdw.model.common.ErrorInfo;
import com.gmall.rtdw.model.common.Page;
import com.gmall.rtdw.model.common.StartInfo;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.ods.AppLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;

/**
 * App logs and page logs for the log pipelines' tests, shaped as the simulator writes them; dead
 * letters' bytes.
 */
final class LogRecords {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LogRecords() {}

    static Common common(String mid, String isNew) {
        return Common.newBuilder()
                .setMid(mid)
                .setIsNew(isNew)
                .setAr("110000")
                .setCh("xiaomi")
                .setVc("v2.1.134")
                .build();
    }

    static AppLog page(String mid, String isNew, String at, String pageId, String lastPageId) {
        return AppLog.newBuilder()
                .setCommon(common(mid, isNew))
                .setPage(
                        Page.newBuilder()
                                .setPageId(pageId)
                                .setLastPageId(lastPageId)
                                .setDuringTime(3000L)
                                .build())
                .setTs(Instant.parse(at))
                .build();
    }

    static AppLog start(String mid, String isNew, String at) {
        return AppLog.newBuilder()
                .setCommon(common(mid, isNew))
                .setStart(StartInfo.newBuilder().setEntry("icon").setLoadingTime(1200L).build())
                .setTs(Instant.parse(at))
                .build();
    }

    /** A log of the device with neither start, page nor error. */
    static AppLog nothing(String mid, String at) {
        return AppLog.newBuilder().setCommon(common(mid, "0")).setTs(Instant.parse(at)).build();
    }

    /** {@code count} displays of SKUs sku-0, sku-1, ..., in that order (order 1, 2, ...). */
    static AppLog withDisplays(AppLog log, int count) {
        log.setDisplays(
                IntStream.range(0, count)
                        .mapToObj(
                                i ->
                                        Display.newBuilder()
                                                .setDisplayType("query")
                                                .setItem("sku-" + i)
                                                .setItemType("sku_id")
                                                .setOrder(i + 1)
                                                .setPosId(1)
                                                .build())
                        .toList());
        return log;
    }

    /** One {@code cart_add} of sku-0, 100 ms after the page. */
    static AppLog withOneAction(AppLog log) {
        log.setActions(
                List.of(
                        Action.newBuilder()
                                .setActionId("cart_add")
                                .setItem("sku-0")
                                .setItemType("sku_id")
                                .setTs(log.getTs().plusMillis(100))
                                .build()));
        return log;
    }

    static AppLog withError(AppLog log, int code) {
        log.setErr(
                ErrorInfo.newBuilder()
                        .setErrorCode(code)
                        .setMsg("Exception in thread main")
                        .build());
        return log;
    }

    static PageLog pageLog(String mid, String at, String pageId, String lastPageId) {
        return new PageLog(
                Common.newBuilder().setMid(mid).setIsNew("0").build(),
                Page.newBuilder().setPageId(pageId).setLastPageId(lastPageId).build(),
                Instant.parse(at));
    }

    /** {@code mid@ts page_id}: a page log as the tests compare it. */
    static String at(PageLog page) {
        return page.getCommon().getMid() + "@" + page.getTs() + " " + page.getPage().getPageId();
    }

    /**
     * The bytes a dead letter keeps: its text original, or its base64 one (binary Avro is no
     * UTF-8).
     */
    static byte[] originalBytes(KafkaRecord deadLetter) {
        try {
            JsonNode letter = JSON.readTree(deadLetter.value);
            return letter.has("original")
                    ? letter.get("original").asText().getBytes(StandardCharsets.UTF_8)
                    : Base64.getDecoder().decode(letter.path("original_base64").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The job's dead letters as records, to read their bytes. */
    static List<KafkaRecord> deadLetterRecords(PipelineRun.Outputs out) {
        return out.records(DeadLetters.topic(out.job()));
    }
}
