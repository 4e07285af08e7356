package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.ods.DbChange;
import java.util.Map;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * {@code base_dic} for the jobs whose facts name its codes (defect G9: complete and current): what
 * a task read at open, overlaid by the broadcast state that the {@code base_dic} changes of
 * topic_db keep. State bound: one entry per code.
 */
public final class Dictionary {
    public static final String TABLE = "base_dic";
    public static final MapStateDescriptor<String, String> STATE =
            new MapStateDescriptor<>("base-dic", Types.STRING, Types.STRING);

    private Dictionary() {}

    /** Whether a topic_db change is a change of the dictionary. */
    public static boolean isChange(DbChange change) {
        return TableFacts.isOfTable(change, TABLE);
    }

    /**
     * Applies a dictionary change to the broadcast state (and forgets a deleted code's loaded
     * name).
     */
    public static void apply(
            DbChange change, BroadcastState<String, String> state, Map<String, String> loaded)
            throws Exception {
        String code = change.getData().get("dic_code");
        if (code == null || !isChange(change)) {
            return;
        }
        if (change.getType() == ChangeType.delete) {
            state.remove(code);
            loaded.remove(code);
        } else if (change.getType() != ChangeType.bootstrap_start
                && change.getType() != ChangeType.bootstrap_complete
                && change.getData().get("dic_name") != null) {
            state.put(code, change.getData().get("dic_name"));
        }
    }

    /** A code's name: the broadcast state's, else the loaded one's, else null. */
    public static String name(
            String code, ReadOnlyBroadcastState<String, String> state, Map<String, String> loaded)
            throws Exception {
        if (code == null) {
            return null;
        }
        String name = state.get(code);
        return name != null ? name : loaded.get(code);
    }
}
