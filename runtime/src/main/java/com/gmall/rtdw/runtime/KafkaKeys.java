package com.gmall.rtdw.runtime;

import java.nio.charset.StandardCharsets;

/** Key encoding shared by every serde: keys are the UTF-8 text of the key value. */
public final class KafkaKeys {
    private KafkaKeys() {}

    public static byte[] utf8(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
