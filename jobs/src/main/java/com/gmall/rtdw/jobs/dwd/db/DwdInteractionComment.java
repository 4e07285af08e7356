package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.model.dwd.InteractionComment;
import com.gmall.rtdw.registry.Topics;
import java.time.Instant;

/**
 * Comments (docs/jobs.md): each new {@code comment_info} row, with its appraisal's name, to {@code
 * dwd_interaction_comment}.
 */
public final class DwdInteractionComment extends TableFactJob<InteractionComment> {
    public DwdInteractionComment() {
        super("DwdInteractionComment", Topics.DWD_INTERACTION_COMMENT, new Rule(), true);
    }

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwdInteractionComment(), args);
    }

    static final class Rule extends NewRowFacts<InteractionComment> {
        private static final long serialVersionUID = 1L;

        Rule() {
            super("comment_info", "create_time");
        }

        @Override
        public InteractionComment fact(Row row) {
            Instant created = row.requiredTime("create_time");
            String appraise = row.text("appraise");
            return new InteractionComment(
                    row.requiredLong("id"),
                    row.requiredLong("user_id"),
                    row.requiredLong("sku_id"),
                    row.optionalLong("order_id"),
                    row.day(created),
                    created,
                    appraise,
                    row.dictionaryName(appraise));
        }
    }
}
