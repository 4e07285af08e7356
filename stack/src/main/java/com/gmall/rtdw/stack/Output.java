package com.gmall.rtdw.stack;

import java.io.PrintStream;
import java.util.Locale;

/** The launcher's progress lines: one per service and step, aligned, flushed at once. */
public final class Output {
    private final PrintStream out;

    public Output(PrintStream out) {
        this.out = out;
    }

    void line(String service, String text) {
        out.printf(Locale.ROOT, "  %-11s %s%n", service, text);
        out.flush();
    }

    void plain(String text) {
        out.println(text);
        out.flush();
    }
}
