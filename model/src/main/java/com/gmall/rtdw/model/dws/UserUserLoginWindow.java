package com.gmall.rtdw.model.dws;

import com.gmall.rtdw.model.annotation.DwsTable;
import com.gmall.rtdw.model.annotation.Measure;
import com.gmall.rtdw.model.annotation.Version;
import com.gmall.rtdw.model.annotation.WindowEnd;
import com.gmall.rtdw.model.annotation.WindowStart;

/**
 * Daily unique login users and users back after at least 8 days (DwsUserUserLoginWindow,
 * docs/jobs.md; U2-U4).
 */
@DwsTable(name = "dws_user_user_login_window")
public class UserUserLoginWindow {
    /** Window start, epoch milliseconds. */
    @WindowStart public long stt;

    /** Window end (exclusive), epoch milliseconds. */
    @WindowEnd public long edt;

    /** Users whose previous login was 8 or more days before. */
    @Measure public long backCt;

    /** Users logging in for the first time that day. */
    @Measure public long uuCt;

    /** When the row was emitted, epoch milliseconds; a replayed window wins. */
    @Version public long ts;
}
