package com.gmall.rtdw.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bin/gmall check} (run by the stack module). */
@Command(
        name = "check",
        header =
                "recalculate every DWS table from what the shop wrote and compare it with ClickHouse",
        description = {
            "Recalculates the ten DWS tables from what the shop wrote, the simulator's "
                    + "journal of committed transactions (GMALL_HOME/shop/journal.jsonl) and the app log files (GMALL_HOME/applog), "
                    + "with the shop database for dimensions and the users' history, without any of the warehouse's code, and "
                    + "compares them with ClickHouse (read with FINAL), row by row, for each day the calculation has rows for "
                    + "(or the days given). Prints each day's result, and the differing rows: - only calculated, + only in "
                    + "ClickHouse. Exit status 1 when a day differs. Run it when the warehouse has caught up (the demo's end, or "
                    + "a quiet minute after bin/gmall gen)."
        })
public final class CheckOptions {
    @Mixin HelpOption help;

    @Option(
            names = "--day",
            paramLabel = "yyyy-MM-dd",
            description = "a day to compare (repeatable)")
    public List<LocalDate> days = new ArrayList<>();
}
