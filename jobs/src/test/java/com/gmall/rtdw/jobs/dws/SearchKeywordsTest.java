package com.gmall.rtdw.jobs.dws;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.model.common.Common;
import com.gmall.rtdw.model.common.Page;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.dws.TrafficSourceKeywordPageViewWindow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.util.ListCollector;
import org.junit.jupiter.api.Test;

class SearchKeywordsTest {
    private static List<String> words(String lastPageId, String itemType, String item) {
        Page page = new Page();
        page.setPageId("good_list");
        page.setLastPageId(lastPageId);
        page.setItemType(itemType);
        page.setItem(item);
        List<TrafficSourceKeywordPageViewWindow> out = new ArrayList<>();
        new SearchKeywords()
                .flatMap(
                        new PageLog(
                                Common.newBuilder().setMid("m1").build(),
                                page,
                                Instant.parse("2024-06-01T02:00:00Z")),
                        new ListCollector<>(out));
        return out.stream().map(w -> w.source + ":" + w.keyword + ":" + w.keywordCount).toList();
    }

    @Test
    void theSmartModeSplitsIntoLongestWords() {
        assertThat(SearchKeywords.split("小米手机")).containsExactly("小米", "手机");
    }

    @Test
    void aSearchFromTheHomePagesBoxCountsK1() {
        assertThat(words("home", "keyword", "小米手机")).containsExactly("search:小米:1", "search:手机:1");
        assertThat(words("search", "keyword", "口红")).containsExactly("search:口红:1");
    }

    @Test
    void aWordTwiceInOneSearchCountsTwice() {
        assertThat(words(null, "keyword", "手机 手机")).containsExactly("search:手机:1", "search:手机:1");
    }

    @Test
    void pagesThatAreNotKeywordResultsGiveNothing() {
        assertThat(words("home", "sku_id", "12")).isEmpty();
        assertThat(words("home", "keyword", " ")).isEmpty();
        assertThat(words("home", "keyword", null)).isEmpty();
    }
}
