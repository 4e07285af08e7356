package com.gmall.rtdw.jobs.dwd.log;

import com.gmall.rtdw.model.common.Action;
import com.gmall.rtdw.model.common.Display;
import com.gmall.rtdw.model.dwd.ActionLog;
import com.gmall.rtdw.model.dwd.DisplayLog;
import com.gmall.rtdw.model.dwd.ErrorLog;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.dwd.StartLog;
import com.gmall.rtdw.model.ods.AppLog;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Splits an app log into the five log topics' records (BaseLogApp, docs/jobs.md), each a typed
 * record that keeps the log's {@code common} as a record (defect B2: the reference made it an
 * escaped JSON string):
 *
 * <ul>
 *   <li>a log with {@code err}: the whole log to the error output (B3), and it is still split as
 *       below;
 *   <li>a start log: {@code common}, {@code start}, {@code ts} to the start output (B3: the
 *       reference kept only {@code start});
 *   <li>a page log: {@code common}, {@code page}, {@code ts} to the main output, and every display
 *       (with the page's id and time) and every action (with the page's id, its own time) to
 *       theirs, one element arrays included (B1).
 * </ul>
 */
final class LogSplitter extends ProcessFunction<AppLog, PageLog> {
    private static final long serialVersionUID = 1L;

    static final OutputTag<StartLog> STARTS =
            new OutputTag<>("start", TypeInformation.of(StartLog.class));
    static final OutputTag<DisplayLog> DISPLAYS =
            new OutputTag<>("display", TypeInformation.of(DisplayLog.class));
    static final OutputTag<ActionLog> ACTIONS =
            new OutputTag<>("action", TypeInformation.of(ActionLog.class));
    static final OutputTag<ErrorLog> ERRORS =
            new OutputTag<>("error", TypeInformation.of(ErrorLog.class));

    @Override
    public void processElement(AppLog log, Context ctx, Collector<PageLog> out) {
        if (log.getErr() != null) {
            ctx.output(
                    ERRORS,
                    new ErrorLog(
                            log.getCommon(),
                            log.getPage(),
                            log.getStart(),
                            log.getDisplays(),
                            log.getActions(),
                            log.getErr(),
                            log.getTs()));
        }
        if (log.getStart() != null) {
            ctx.output(STARTS, new StartLog(log.getCommon(), log.getStart(), log.getTs()));
            return;
        }
        if (log.getPage() == null) {
            return; // an error report only (AppLogCheck let nothing else through)
        }
        String pageId = log.getPage().getPageId();
        if (log.getDisplays() != null) {
            for (Display d : log.getDisplays()) {
                ctx.output(
                        DISPLAYS,
                        new DisplayLog(
                                log.getCommon(),
                                pageId,
                                d.getDisplayType(),
                                d.getItem(),
                                d.getItemType(),
                                d.getOrder(),
                                d.getPosId(),
                                log.getTs()));
            }
        }
        if (log.getActions() != null) {
            for (Action a : log.getActions()) {
                ctx.output(
                        ACTIONS,
                        new ActionLog(
                                log.getCommon(),
                                pageId,
                                a.getActionId(),
                                a.getItem(),
                                a.getItemType(),
                                a.getTs()));
            }
        }
        out.collect(new PageLog(log.getCommon(), log.getPage(), log.getTs()));
    }
}
