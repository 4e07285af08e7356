package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.model.dwd.InteractionFavorAdd;
import com.gmall.rtdw.registry.Topics;
import java.time.Instant;

/**
 * Favourites added (docs/jobs.md): each new {@code favor_info} row to {@code
 * dwd_interaction_favor_add}.
 */
public final class DwdInteractionFavorAdd extends TableFactJob<InteractionFavorAdd> {
    public DwdInteractionFavorAdd() {
        super("DwdInteractionFavorAdd", Topics.DWD_INTERACTION_FAVOR_ADD, new Rule(), false);
    }

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwdInteractionFavorAdd(), args);
    }

    static final class Rule extends NewRowFacts<InteractionFavorAdd> {
        private static final long serialVersionUID = 1L;

        Rule() {
            super("favor_info", "create_time");
        }

        @Override
        public InteractionFavorAdd fact(Row row) {
            Instant created = row.requiredTime("create_time");
            return new InteractionFavorAdd(
                    row.requiredLong("id"),
                    row.requiredLong("user_id"),
                    row.requiredLong("sku_id"),
                    row.day(created),
                    created);
        }
    }
}
