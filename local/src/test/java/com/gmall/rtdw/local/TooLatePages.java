package com.gmall.rtdw.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Page logs a phone uploads long after the fact, for the end-to-end test: copies of a day's early
 * page lines as seen by new devices ({@link #DEVICE}0, 1...) without a user, so that each would
 * count as a visitor, a page view and a session if the warehouse took it.
 */
final class TooLatePages {
    static final String DEVICE = "mid_too_late_";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MENTION = Pattern.compile(DEVICE + "\\d+");

    private TooLatePages() {}

    /**
     * The first {@code count} page lines of {@code lines} before {@code beforeMillis}, each as a
     * new device's.
     */
    static List<String> of(List<String> lines, long beforeMillis, int count) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            JsonNode log;
            try {
                log = JSON.readTree(line);
            } catch (Exception malformed) {
                continue;
            }
            if (out.size() == count
                    || !log.hasNonNull("page")
                    || log.path("ts").asLong() >= beforeMillis) {
                continue;
            }
            ObjectNode copy = log.deepCopy();
            ObjectNode common = (ObjectNode) copy.get("common");
            common.put("mid", DEVICE + out.size());
            common.remove("uid");
            copy.remove("displays");
            copy.remove("actions");
            out.add(JSON.writeValueAsString(copy));
        }
        if (out.size() < count) {
            throw new IllegalStateException(
                    "only " + out.size() + " page lines before " + beforeMillis);
        }
        return out;
    }

    /** The too-late devices the records mention. */
    static Set<String> mentioned(List<ConsumerRecord<byte[], byte[]>> records) {
        Set<String> devices = new TreeSet<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            Matcher m = MENTION.matcher(new String(r.value(), StandardCharsets.UTF_8));
            while (m.find()) {
                devices.add(m.group());
            }
        }
        return devices;
    }
}
