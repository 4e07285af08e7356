package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.dwd.InteractionFavorAdd;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.TopicSpec;
import java.time.Instant;

/** Favourites added (spec 7.11): each new {@code favor_info} row to {@code dwd_interaction_favor_add}. */
public final class DwdInteractionFavorAdd extends TableFactJob<InteractionFavorAdd> {
    public static void main(String[] args) throws Exception {
        JobMain.run(new DwdInteractionFavorAdd(), args);
    }

    @Override
    public String name() {
        return "DwdInteractionFavorAdd";
    }

    @Override
    TopicSpec<InteractionFavorAdd> output() {
        return Topics.DWD_INTERACTION_FAVOR_ADD;
    }

    @Override
    FactRule<InteractionFavorAdd> rule() {
        return new Rule();
    }

    static final class Rule implements FactRule<InteractionFavorAdd> {
        private static final long serialVersionUID = 1L;

        @Override
        public String table() {
            return "favor_info";
        }

        @Override
        public boolean matches(ChangeType type, Row row) {
            return type == ChangeType.insert;
        }

        @Override
        public InteractionFavorAdd fact(Row row) {
            Instant created = row.requiredTime("create_time");
            return new InteractionFavorAdd(row.requiredLong("id"), row.requiredLong("user_id"),
                    row.requiredLong("sku_id"), row.day(created), created);
        }
    }
}
