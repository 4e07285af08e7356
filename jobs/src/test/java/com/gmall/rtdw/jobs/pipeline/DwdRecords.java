package com.gmall.rtdw.jobs.pipeline;

import com.gmall.rtdw.model.common.Common;
import com.gmall.rtdw.model.common.Page;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.dwd.TradePayDetail;
import com.gmall.rtdw.model.dwd.UserRegister;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * DWD records as the DWD jobs write them, for the DWS pipeline tests. Times are instants; the
 * shop's days are those of Asia/Shanghai ({@code warehouse.time-zone} in conf/local.properties), so
 * 2024-06-01T04:00Z is noon of June 1st and a day ends at 16:00Z.
 */
final class DwdRecords {
    static final ZoneId SHOP = ZoneId.of("Asia/Shanghai");

    private DwdRecords() {}

    /** {@code hms} of 2024-06-01 (UTC), the day most scenarios play on. */
    static Instant at(String hms) {
        return Instant.parse("2024-06-01T" + hms + "Z");
    }

    /**
     * A window as a test states it: its start, when it is the 10-second window starting there
     * (dws.window-seconds), else both bounds, which then match no expectation.
     */
    static String window(long stt, long edt) {
        return edt - stt == 10_000
                ? Instant.ofEpochMilli(stt).toString()
                : Instant.ofEpochMilli(stt) + ".." + Instant.ofEpochMilli(edt);
    }

    static BigDecimal amount(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /**
     * A device's app: version, channel, area, the new-visitor flag and the user logged in (null:
     * nobody).
     */
    static Common device(String mid, String uid, String vc, String ch, String ar, String isNew) {
        return Common.newBuilder()
                .setMid(mid)
                .setUid(uid)
                .setVc(vc)
                .setCh(ch)
                .setAr(ar)
                .setIsNew(isNew)
                .setOs("Android 11.0")
                .setBa("Xiaomi")
                .setMd("Xiaomi 10 Pro")
                .build();
    }

    /**
     * A device of a logged-in user {@code uid} (null: nobody) on the same app version, channel and
     * area.
     */
    static Common device(String mid, String uid) {
        return device(mid, uid, "v2.1.134", "xiaomi", "110000", "0");
    }

    /** A page view at {@code at}; a page without {@code lastPageId} opens a session. */
    static PageLog page(
            Common device, Instant at, String pageId, String lastPageId, Long duringMs) {
        Page page =
                Page.newBuilder()
                        .setPageId(pageId)
                        .setLastPageId(lastPageId)
                        .setDuringTime(duringMs)
                        .build();
        return new PageLog(Common.newBuilder(device).build(), page, at);
    }

    /**
     * A page of search results for {@code text} (item type {@code keyword}), reached from {@code
     * lastPageId}.
     */
    static PageLog search(Common device, Instant at, String lastPageId, String text) {
        Page page =
                Page.newBuilder()
                        .setPageId("good_list")
                        .setLastPageId(lastPageId)
                        .setItemType("keyword")
                        .setItem(text)
                        .setDuringTime(3_000L)
                        .build();
        return new PageLog(Common.newBuilder(device).build(), page, at);
    }

    /** The registration of {@code user} at {@code at}. */
    static UserRegister registration(long user, Instant at) {
        return new UserRegister(user, LocalDate.ofInstant(at, SHOP), at);
    }

    /**
     * One line of an order as DwdTradeOrderDetail emits it: {@code total} is its amount after
     * discounts; the unit price is {@code total} for one piece, without discounts, unless the
     * builder is told otherwise.
     */
    static TradeOrderDetail.Builder orderLine(
            long id, long order, long user, long sku, Instant created, String total) {
        return TradeOrderDetail.newBuilder()
                .setId(id)
                .setOrderId(order)
                .setUserId(user)
                .setSkuId(sku)
                .setSkuName("sku " + sku)
                .setSkuNum(1L)
                .setOrderPrice(amount(total))
                .setProvinceId(1L)
                .setSourceTypeCode("2401")
                .setSourceTypeName("用户查询")
                .setSplitTotalAmount(amount(total))
                .setCreateTime(created);
    }

    /** One line of an order paid at {@code callback} (DwdTradePayDetail), 10.00 by Alipay. */
    static TradePayDetail payLine(long id, long order, long user, Instant callback) {
        return TradePayDetail.newBuilder()
                .setOrderDetailId(id)
                .setOrderId(order)
                .setUserId(user)
                .setSkuId(10L + id)
                .setSkuName("sku " + (10 + id))
                .setSkuNum(1L)
                .setOrderPrice(amount("10.00"))
                .setProvinceId(1L)
                .setSourceTypeCode("2401")
                .setSourceTypeName("用户查询")
                .setPaymentTypeCode("1101")
                .setPaymentTypeName("支付宝")
                .setSplitPaymentAmount(amount("10.00"))
                .setCallbackTime(callback)
                .build();
    }
}
