package com.gmall.rtdw.jobs.runtime;

import com.gmall.rtdw.jobs.dim.DimApp;
import com.gmall.rtdw.jobs.dwd.db.DwdInteractionComment;
import com.gmall.rtdw.jobs.dwd.db.DwdInteractionFavorAdd;
import com.gmall.rtdw.jobs.dwd.db.DwdToolCouponGet;
import com.gmall.rtdw.jobs.dwd.db.DwdToolCouponOrder;
import com.gmall.rtdw.jobs.dwd.db.DwdToolCouponPay;
import com.gmall.rtdw.jobs.dwd.db.DwdTradeCartAdd;
import com.gmall.rtdw.jobs.dwd.db.DwdUserRegister;
import com.gmall.rtdw.jobs.dwd.log.BaseLogApp;
import com.gmall.rtdw.jobs.dwd.order.DwdTradeCancelDetail;
import com.gmall.rtdw.jobs.dwd.order.DwdTradeOrderDetail;
import com.gmall.rtdw.jobs.dwd.order.DwdTradeOrderRefund;
import com.gmall.rtdw.jobs.dwd.order.DwdTradePayDetail;
import com.gmall.rtdw.jobs.dwd.order.DwdTradeRefundDetail;
import com.gmall.rtdw.jobs.dwd.traffic.DwdTrafficUniqueVisitorDetail;
import com.gmall.rtdw.jobs.dwd.traffic.DwdTrafficUserJumpDetail;
import com.gmall.rtdw.jobs.dws.DwsTradeCartAddUuWindow;
import com.gmall.rtdw.jobs.dws.DwsTradeOrderWindow;
import com.gmall.rtdw.jobs.dws.DwsTradePaymentSucWindow;
import com.gmall.rtdw.jobs.dws.DwsTradeProvinceOrderWindow;
import com.gmall.rtdw.jobs.dws.DwsTradeUserSpuOrderWindow;
import com.gmall.rtdw.jobs.dws.DwsTrafficPageViewWindow;
import com.gmall.rtdw.jobs.dws.DwsTrafficSourceKeywordPageViewWindow;
import com.gmall.rtdw.jobs.dws.DwsTrafficVcChArIsNewPageViewWindow;
import com.gmall.rtdw.jobs.dws.DwsUserUserLoginWindow;
import com.gmall.rtdw.jobs.dws.DwsUserUserRegisterWindow;
import com.gmall.rtdw.jobs.ods.OdsDbApp;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Every job by name, for {@code bin/gmall run JOB}. */
public final class JobCatalog {
    private static final List<Supplier<GmallJob>> JOBS =
            List.of(
                    OdsDbApp::new,
                    DimApp::new,
                    BaseLogApp::new,
                    DwdTrafficUniqueVisitorDetail::new,
                    DwdTrafficUserJumpDetail::new,
                    DwdToolCouponGet::new,
                    DwdToolCouponOrder::new,
                    DwdToolCouponPay::new,
                    DwdInteractionFavorAdd::new,
                    DwdUserRegister::new,
                    DwdTradeCartAdd::new,
                    DwdInteractionComment::new,
                    DwdTradeOrderDetail::new,
                    DwdTradeCancelDetail::new,
                    DwdTradePayDetail::new,
                    DwdTradeOrderRefund::new,
                    DwdTradeRefundDetail::new,
                    DwsTrafficSourceKeywordPageViewWindow::new,
                    DwsTrafficVcChArIsNewPageViewWindow::new,
                    DwsTrafficPageViewWindow::new,
                    DwsUserUserLoginWindow::new,
                    DwsUserUserRegisterWindow::new,
                    DwsTradeCartAddUuWindow::new,
                    DwsTradePaymentSucWindow::new,
                    DwsTradeOrderWindow::new,
                    DwsTradeUserSpuOrderWindow::new,
                    DwsTradeProvinceOrderWindow::new);

    private JobCatalog() {}

    /** Every job, sources of data before their readers (ODS, DIM, DWD, DWS). */
    public static List<Supplier<GmallJob>> inStartOrder() {
        return JOBS;
    }

    public static Map<String, Supplier<GmallJob>> byName() {
        Map<String, Supplier<GmallJob>> byName = new TreeMap<>();
        for (Supplier<GmallJob> job : JOBS) {
            byName.put(job.get().name(), job);
        }
        return byName;
    }
}
