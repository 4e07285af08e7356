package com.gmall.rtdw.jobs.dws;

import java.math.BigDecimal;

/**
 * A user's cart add, payment or order detail on its way to a per-day unique-user window: marked when it is the
 * user's first of the day ({@link FirstOfDay}) and when the user is new in the shop's history ({@link NewUsers}).
 * Amounts are those of an order detail (zero otherwise). A Flink POJO.
 */
public class UserActivity {
    public long userId;
    public boolean firstOfDay;
    public boolean newUser;
    public BigDecimal activityReduceAmount = BigDecimal.ZERO.setScale(2);
    public BigDecimal couponReduceAmount = BigDecimal.ZERO.setScale(2);
    public BigDecimal originalTotalAmount = BigDecimal.ZERO.setScale(2);

    public UserActivity() {}

    UserActivity(long userId) {
        this.userId = userId;
    }

    /** How {@link NewUsers} reads and marks these. */
    static final NewUsers.Access<UserActivity> ACCESS = new NewUsers.Access<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean firstOfDay(UserActivity a) {
            return a.firstOfDay;
        }

        @Override
        public long userId(UserActivity a) {
            return a.userId;
        }

        @Override
        public void markNew(UserActivity a) {
            a.newUser = true;
        }
    };

    @Override
    public String toString() {
        return "UserActivity[user " + userId + ", first of day " + firstOfDay + ", new " + newUser + "]";
    }
}
