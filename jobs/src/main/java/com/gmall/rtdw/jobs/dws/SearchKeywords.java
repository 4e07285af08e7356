package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.model.common.Page;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.dws.TrafficSourceKeywordPageViewWindow;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;
import org.wltea.analyzer.core.IKSegmenter;
import org.wltea.analyzer.core.Lexeme;

/**
 * The words of each search (DwsTrafficSourceKeywordPageViewWindow, docs/jobs.md): every page whose
 * {@code item_type} is {@code keyword} with a non-empty item is a search results page, whatever
 * page came before (defect K1: the reference required {@code last_page_id = search}, missing
 * searches from the home page's search box). The text is split with the IK analyzer's smart mode
 * (coarse, longest words: 小米手机 → 小米, 手机); a word twice in one search counts twice.
 */
final class SearchKeywords implements FlatMapFunction<PageLog, TrafficSourceKeywordPageViewWindow> {
    private static final long serialVersionUID = 1L;
    static final String SOURCE = "search";

    @Override
    public void flatMap(PageLog log, Collector<TrafficSourceKeywordPageViewWindow> out) {
        Page page = log.getPage();
        if (page == null
                || !"keyword".equals(page.getItemType())
                || page.getItem() == null
                || page.getItem().isBlank()) {
            return;
        }
        for (String word : split(page.getItem())) {
            TrafficSourceKeywordPageViewWindow row = new TrafficSourceKeywordPageViewWindow();
            row.source = SOURCE;
            row.keyword = word;
            row.keywordCount = 1;
            row.ts =
                    log.getTs()
                            .toEpochMilli(); // the event time until the window stamps its version
            out.collect(row);
        }
    }

    /** The words of {@code text}, in order, duplicates kept. */
    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        IKSegmenter segmenter = new IKSegmenter(new StringReader(text), true);
        try {
            for (Lexeme word = segmenter.next(); word != null; word = segmenter.next()) {
                words.add(word.getLexemeText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return words;
    }
}
