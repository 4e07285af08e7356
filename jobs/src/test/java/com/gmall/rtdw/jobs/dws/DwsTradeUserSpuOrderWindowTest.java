package com.gmall.rtdw.jobs.dws;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.dim.lookup.DimRow;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.jobs.wiring.ServerConnectors;
import com.gmall.rtdw.model.dws.TradeUserSpuOrderWindow;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.apache.flink.streaming.api.operators.SimpleOperatorFactory;
import org.apache.flink.streaming.runtime.operators.TimestampsAndWatermarksOperator;
import org.junit.jupiter.api.Test;

class DwsTradeUserSpuOrderWindowTest {
    /** The dim rows the lookups would find, by table and key. */
    private static final Map<String, Map<String, DimRow>> DIMS =
            Map.of(
                    "DIM_SPU_INFO", Map.of("3", new DimRow(Map.of("ID", "3", "SPU_NAME", "小米12"))),
                    "DIM_BASE_TRADEMARK",
                            Map.of("1", new DimRow(Map.of("ID", "1", "TM_NAME", "小米"))),
                    "DIM_BASE_CATEGORY3",
                            Map.of(
                                    "61",
                                    new DimRow(
                                            Map.of(
                                                    "ID",
                                                    "61",
                                                    "NAME",
                                                    "手机",
                                                    "CATEGORY2_ID",
                                                    "13"))),
                    "DIM_BASE_CATEGORY2",
                            Map.of(
                                    "13",
                                    new DimRow(
                                            Map.of(
                                                    "ID",
                                                    "13",
                                                    "NAME",
                                                    "手机通讯",
                                                    "CATEGORY1_ID",
                                                    "2"))),
                    "DIM_BASE_CATEGORY1",
                            Map.of("2", new DimRow(Map.of("ID", "2", "NAME", "手机数码"))));

    @Test
    void everyNameIsLookedUpInItsOwnTableUpToTheTopCategoryS1() {
        TradeUserSpuOrderWindow row = new TradeUserSpuOrderWindow();
        row.spuId = "3";
        row.trademarkId = "1";
        row.category3Id = "61";
        for (DwsTradeUserSpuOrderWindow.NameLookup lookup :
                DwsTradeUserSpuOrderWindow.NAME_LOOKUPS) {
            String key = lookup.join().key(row);
            assertThat(key).as("the key of " + lookup.name() + " is known by then").isNotNull();
            row = lookup.join().join(row, DIMS.get(lookup.table()).get(key));
        }
        assertThat(
                        List.of(
                                row.spuName,
                                row.trademarkName,
                                row.category3Name,
                                row.category2Id,
                                row.category2Name,
                                row.category1Id,
                                row.category1Name))
                .containsExactly("小米12", "小米", "手机", "13", "手机通讯", "2", "手机数码");
    }

    @Test
    void eventTimeComesFromTheSourceAndNothingAfterTheSkuLookupAssignsItAgainS2() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        GmallConfig config =
                GmallConfig.load(
                        Path.of(System.getProperty("gmall.root", ".."))
                                .resolve("conf/local.properties"));
        JobWiring.build(
                new DwsTradeUserSpuOrderWindow(), env, config, new ServerConnectors(config));

        // windows need watermarks: with no assigner anywhere in the graph, they come from the
        // source itself, before
        // the asynchronous lookups, which never let a record pass a later watermark
        List<String> operators = new ArrayList<>();
        for (StreamNode node : env.getStreamGraph().getStreamNodes()) {
            operators.add(node.getOperatorName());
            assertThat(
                            node.getOperatorFactory() instanceof SimpleOperatorFactory<?> simple
                                    && simple.getOperator()
                                            instanceof TimestampsAndWatermarksOperator<?>)
                    .as("%s assigns event time", node.getOperatorName())
                    .isFalse();
        }
        assertThat(operators)
                .contains(
                        "lookup window-sku",
                        "spu rows",
                        "lookup category1",
                        "Source: kafka dwd_trade_order_detail");
    }
}
