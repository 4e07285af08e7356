package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.model.dwd.UserRegister;
import com.gmall.rtdw.registry.Topics;
import java.time.Instant;

/** Registrations (docs/jobs.md): each new {@code user_info} row to {@code dwd_user_register}. */
public final class DwdUserRegister extends TableFactJob<UserRegister> {
    public DwdUserRegister() {
        super("DwdUserRegister", Topics.DWD_USER_REGISTER, new Rule(), false);
    }

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwdUserRegister(), args);
    }

    static final class Rule extends NewRowFacts<UserRegister> {
        private static final long serialVersionUID = 1L;

        Rule() {
            super("user_info", "create_time");
        }

        @Override
        public UserRegister fact(Row row) {
            Instant created = row.requiredTime("create_time");
            return new UserRegister(row.requiredLong("id"), row.day(created), created);
        }
    }
}
