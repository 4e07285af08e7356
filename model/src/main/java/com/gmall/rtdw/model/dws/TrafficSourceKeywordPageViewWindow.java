package com.gmall.rtdw.model.dws;

import com.gmall.rtdw.model.annotation.Dimension;
import com.gmall.rtdw.model.annotation.DwsTable;
import com.gmall.rtdw.model.annotation.Measure;
import com.gmall.rtdw.model.annotation.Version;
import com.gmall.rtdw.model.annotation.WindowEnd;
import com.gmall.rtdw.model.annotation.WindowStart;

/**
 * Search keyword counts per window (DwsTrafficSourceKeywordPageViewWindow, docs/jobs.md; K1): every
 * keyword results page counts, split into words with the IK analyzer's smart mode.
 */
@DwsTable(name = "dws_traffic_source_keyword_page_view_window")
public class TrafficSourceKeywordPageViewWindow {
    /** Window start, epoch milliseconds. */
    @WindowStart public long stt;

    /** Window end (exclusive), epoch milliseconds. */
    @WindowEnd public long edt;

    /** Where the keyword came from; {@code search} for the search box. */
    @Dimension public String source;

    /** One word of the searched text. */
    @Dimension public String keyword;

    /** Searches that contained the word in the window (a word twice in one search counts twice). */
    @Measure public long keywordCount;

    /** When the row was emitted, epoch milliseconds; a replayed window wins. */
    @Version public long ts;
}
