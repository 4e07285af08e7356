package com.gmall.rtdw.jobs.dim.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.async.ResultFuture;
import org.apache.flink.streaming.util.MockStreamingRuntimeContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lookup function's contract with its futures: null keys, misses, timeouts racing late answers,
 * failures. The service is a test double whose answers the test releases; DimLookupITCase runs the
 * real client.
 */
class DimAsyncLookupTest {
    private static final Map<String, CompletableFuture<LookupResult>> PENDING =
            new ConcurrentHashMap<>();
    private static final List<String> ASKED = new CopyOnWriteArrayList<>();

    private DimAsyncLookup<Order> lookup;

    /** A record to enrich: an order line with a SKU id and the SPU id the lookup fills in. */
    static final class Order {
        String skuId;
        String spuId;

        Order(String skuId) {
            this.skuId = skuId;
        }
    }

    static final class SkuJoin implements DimJoin<Order> {
        @Override
        public String key(Order o) {
            return o.skuId;
        }

        @Override
        public Order join(Order o, DimRow row) {
            if (row.get("SPU_ID") == null) {
                throw new IllegalStateException("no SPU_ID in " + row);
            }
            o.spuId = row.get("SPU_ID");
            return o;
        }
    }

    @BeforeEach
    void open() throws Exception {
        PENDING.clear();
        ASKED.clear();
        lookup =
                new DimAsyncLookup<>(
                        "DIM_SKU_INFO",
                        "ID",
                        new SkuJoin(),
                        () ->
                                new DimLookupService() {
                                    @Override
                                    public CompletableFuture<LookupResult> lookup(
                                            String table, String keyColumn, String key) {
                                        ASKED.add(table + "." + keyColumn + "=" + key);
                                        return PENDING.computeIfAbsent(
                                                key, k -> new CompletableFuture<>());
                                    }

                                    @Override
                                    public void close() {}
                                },
                        org.apache.flink.api.common.typeinfo.TypeInformation.of(Order.class));
        lookup.setRuntimeContext(new MockStreamingRuntimeContext(false, 1, 0));
        lookup.open(new Configuration());
    }

    @AfterEach
    void close() {
        lookup.close();
    }

    @Test
    void nullKeysAreNotLookedUpL5() {
        Captured result = new Captured();
        Order order = new Order(null);
        lookup.asyncInvoke(order, result);

        assertThat(ASKED).isEmpty();
        assertThat(result.completed).containsExactly(Tuple2.of(order, false));
        assertThat(lookup.nullKeys.getCount()).isEqualTo(1);
    }

    @Test
    void foundRowIsJoinedAndCountedAsHitOrMiss() {
        Captured fromCache = new Captured();
        Captured fromPhoenix = new Captured();
        lookup.asyncInvoke(new Order("12"), fromCache);
        lookup.asyncInvoke(new Order("13"), fromPhoenix);
        PENDING.get("12")
                .complete(
                        new LookupResult(
                                Optional.of(new DimRow(Map.of("ID", "12", "SPU_ID", "3"))), true));
        PENDING.get("13")
                .complete(
                        new LookupResult(
                                Optional.of(new DimRow(Map.of("ID", "13", "SPU_ID", "4"))), false));

        assertThat(ASKED).containsExactly("DIM_SKU_INFO.ID=12", "DIM_SKU_INFO.ID=13");
        assertThat(fromCache.completed.get(0).f0.spuId).isEqualTo("3");
        assertThat(fromPhoenix.completed.get(0).f0.spuId).isEqualTo("4");
        assertThat(lookup.hits.getCount()).isEqualTo(1);
        assertThat(lookup.misses.getCount()).isEqualTo(1);
        assertThat(lookup.inFlight()).isZero();
    }

    @Test
    void keyWithoutRowPassesTheRecordOnUnenrichedAndCountsIt() {
        Captured result = new Captured();
        lookup.asyncInvoke(new Order("404"), result);
        PENDING.get("404").complete(new LookupResult(Optional.empty(), false));

        assertThat(result.completed)
                .singleElement()
                .satisfies(
                        t -> {
                            assertThat(t.f0.spuId).isNull();
                            assertThat(t.f1).isFalse();
                        });
        assertThat(lookup.notFound.getCount()).isEqualTo(1);
    }

    @Test
    void timeoutCompletesTheRecordUnenrichedAndALateAnswerDoesNotTouchItL4() {
        Captured result = new Captured();
        Order order = new Order("12");
        lookup.asyncInvoke(order, result);

        lookup.timeout(order, result);
        PENDING.get("12")
                .complete(new LookupResult(Optional.of(new DimRow(Map.of("SPU_ID", "3"))), false));

        assertThat(result.completed).containsExactly(Tuple2.of(order, true));
        assertThat(order.spuId).as("not changed after it went on").isNull();
        assertThat(lookup.timeouts.getCount()).isEqualTo(1);
        assertThat(lookup.inFlight()).as("nothing left behind").isZero();
    }

    @Test
    void aFailedLookupFailsTheRecordInsteadOfDroppingItsDim() {
        Captured result = new Captured();
        lookup.asyncInvoke(new Order("12"), result);
        PENDING.get("12").completeExceptionally(new java.sql.SQLException("Phoenix is down"));

        assertThat(result.completed).isEmpty();
        assertThat(result.failure).hasMessageContaining("Phoenix is down");
        assertThat(lookup.inFlight()).isZero();
    }

    @Test
    void theJoinWorksOnACopySoTheOperatorsRecordIsNeverChangedByALookupThread() {
        Captured result = new Captured();
        Order order = new Order("12");
        lookup.asyncInvoke(order, result);
        PENDING.get("12")
                .complete(new LookupResult(Optional.of(new DimRow(Map.of("SPU_ID", "3"))), true));

        assertThat(result.completed.get(0).f0.spuId).isEqualTo("3");
        assertThat(result.completed.get(0).f0).isNotSameAs(order);
        assertThat(order.spuId).isNull();
    }

    @Test
    void aFailingJoinFailsTheRecordInsteadOfVanishingOnTheLookupThread() {
        Captured result = new Captured();
        lookup.asyncInvoke(new Order("boom"), result);
        PENDING.get("boom")
                .complete(new LookupResult(Optional.of(new DimRow(Map.of("ID", "boom"))), true));

        assertThat(result.failure).hasMessageContaining("no SPU_ID");
        assertThat(lookup.inFlight()).isZero();
    }

    @Test
    void aTimeoutAfterTheLookupCompletedDoesNothing() {
        Captured result = new Captured();
        Order order = new Order("12");
        lookup.asyncInvoke(order, result);
        PENDING.get("12").complete(new LookupResult(Optional.empty(), false));
        lookup.timeout(order, result);

        assertThat(result.completed).containsExactly(Tuple2.of(order, false));
        assertThat(lookup.timeouts.getCount()).isZero();
    }

    @Test
    void timeoutPolicyReadsTheConfiguredSpelling() {
        assertThat(TimeoutPolicy.parse("emit")).isEqualTo(TimeoutPolicy.EMIT);
        assertThat(TimeoutPolicy.parse(" Side-Output")).isEqualTo(TimeoutPolicy.SIDE_OUTPUT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimeoutPolicy.parse("drop"))
                .hasMessageContaining("emit or side-output");
    }

    /** A ResultFuture that remembers how it was completed. */
    static final class Captured implements ResultFuture<Tuple2<Order, Boolean>> {
        final List<Tuple2<Order, Boolean>> completed = new ArrayList<>();
        Throwable failure;

        @Override
        public void complete(Collection<Tuple2<Order, Boolean>> result) {
            completed.addAll(result);
        }

        @Override
        public void completeExceptionally(Throwable error) {
            failure = error;
        }
    }
}
