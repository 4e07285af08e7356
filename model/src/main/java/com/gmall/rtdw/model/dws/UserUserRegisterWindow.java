package com.gmall.rtdw.model.dws;

import com.gmall.rtdw.model.annotation.DwsTable;
import com.gmall.rtdw.model.annotation.Measure;
import com.gmall.rtdw.model.annotation.Version;
import com.gmall.rtdw.model.annotation.WindowEnd;
import com.gmall.rtdw.model.annotation.WindowStart;

/** Registrations per window (DwsUserUserRegisterWindow, docs/jobs.md). */
@DwsTable(name = "dws_user_user_register_window")
public class UserUserRegisterWindow {
    /** Window start, epoch milliseconds. */
    @WindowStart public long stt;

    /** Window end (exclusive), epoch milliseconds. */
    @WindowEnd public long edt;

    /** New users registered in the window. */
    @Measure public long registerCt;

    /** When the row was emitted, epoch milliseconds; a replayed window wins. */
    @Version public long ts;
}
