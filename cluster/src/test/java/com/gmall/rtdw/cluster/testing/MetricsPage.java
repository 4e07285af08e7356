package com.gmall.rtdw.cluster.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading a Prometheus text page, as the tests look at the exporter's. */
public final class MetricsPage {
    private MetricsPage() {}

    /**
     * A sample's value on the page ({@code series} with its labels, as printed), NaN when absent.
     */
    public static double value(String page, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(page);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
}
