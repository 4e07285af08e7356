package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.runtime.FirstOfDay;

/**
 * A user's payment or order on its way to a per-day unique-user window: marked when it is the
 * user's first of the day ({@link FirstOfDay}) and when the user is new in the shop's history
 * ({@link NewUsers}). A Flink POJO.
 */
public class UserActivity {
    public long userId;
    public boolean firstOfDay;
    public boolean newUser;

    /**
     * {@code -1} when this takes back a first of the day counted before ({@link FirstOfDay} moved
     * it).
     */
    public int sign = 1;

    public UserActivity() {}

    UserActivity(long userId) {
        this.userId = userId;
    }

    /**
     * Marks {@code a} as the user's first of the day, added or taken back (what {@link FirstOfDay}
     * sent).
     */
    static UserActivity firstOfDay(UserActivity a, int sign) {
        a.firstOfDay = true;
        a.sign = sign;
        return a;
    }

    /** How {@link NewUsers} reads and marks these. */
    static final NewUsers.Access<UserActivity> ACCESS =
            new NewUsers.Access<>() {
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

                @Override
                public boolean takenBack(UserActivity a) {
                    return a.sign < 0;
                }
            };

    @Override
    public String toString() {
        return "UserActivity[user "
                + userId
                + ", first of day "
                + firstOfDay
                + ", new "
                + newUser
                + (sign < 0 ? ", taken back" : "")
                + "]";
    }
}
