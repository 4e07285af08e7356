package com.gmall.rtdw.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the {@code ${GMALL_NAME}} placeholders of a configuration template; a placeholder left
 * unfilled fails. The result is readable by its owner only, as rendered configurations hold
 * credentials or their hashes (Redis' password, the broker's SASL users, ClickHouse's password
 * hash): created that way, never widened afterwards.
 */
final class Templates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(GMALL_[A-Z0-9_]+)}");

    private Templates() {}

    static void render(Path template, Path target, Map<String, String> values) throws IOException {
        String text = Files.readString(template, StandardCharsets.UTF_8);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException(
                        template + ": no value for ${" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        writeOwnerOnly(target, out.toString());
    }

    /**
     * Writes {@code text} to a new file of mode 0600 (an existing one is replaced, whatever its
     * mode was).
     */
    static void writeOwnerOnly(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        Files.deleteIfExists(target);
        Files.createFile(
                target,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(target, text, StandardCharsets.UTF_8);
    }
}
