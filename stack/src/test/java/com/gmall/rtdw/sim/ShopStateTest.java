package com.gmall.rtdw.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShopStateTest {
    private final ShopState state = new ShopState(Map.of(), List.of());

    private ShopState.Order order(long id, String status) {
        ShopState.Order order = new ShopState.Order(id, 1);
        order.status = status;
        state.add(order);
        return order;
    }

    private List<Long> ids(List<ShopState.Order> orders) {
        return orders.stream().map(o -> o.id).toList();
    }

    @Test
    void ordersOfAStatusAreInIdOrderWhenEverTheyReachedIt() {
        ShopState.Order third = order(3, "1001");
        order(1, "1001");
        ShopState.Order second = order(2, "1002");
        state.setStatus(third, "1002");
        state.setStatus(second, "1001");

        assertThat(ids(state.ordersIn("1001"))).containsExactly(1L, 2L);
        assertThat(ids(state.ordersIn("1002"))).containsExactly(3L);
        assertThat(state.ordersIn("1004")).isEmpty();
    }

    @Test
    void aFinishedOrderAwaitsACommentUntilItHasOneOrIsRefunded() {
        ShopState.Order commented = order(1, "1002");
        ShopState.Order refunded = order(2, "1002");
        ShopState.Order waiting = order(3, "1002");
        List.of(commented, refunded, waiting).forEach(o -> state.setStatus(o, "1004"));

        state.markCommented(commented);
        state.setStatus(refunded, "1005");

        assertThat(ids(state.finishedWithoutComment())).containsExactly(3L);
        assertThat(ids(state.ordersIn("1004"))).containsExactly(1L, 3L);
    }

    @Test
    void aFinalStatusForgetsTheOrder() {
        ShopState.Order cancelled = order(1, "1001");
        state.setStatus(cancelled, "1003");

        assertThat(state.orders).isEmpty();
        assertThat(state.ordersIn("1003")).isEmpty();
    }
}
