package com.gmall.rtdw.cluster.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Answers of the ResourceManager's /ws/v1/cluster/apps, shaped as Hadoop 3.3 documents them. */
class YarnRestApplicationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyRunningFlinkApplicationThroughItsProxy() throws Exception {
        String answer =
                """
                {"apps":{"app":[
                  {"id":"application_1700000000000_0007","name":"gmall BaseLogApp","applicationType":"Apache Flink",
                   "state":"RUNNING","trackingUrl":"http://rm:8088/proxy/application_1700000000000_0007/"},
                  {"id":"application_1700000000000_0008","name":"gmall DimApp","applicationType":"Apache Flink",
                   "state":"ACCEPTED","trackingUrl":""}]}}""";
        assertThat(YarnRestApplications.parse(JSON.readTree(answer)))
                .containsExactly(
                        new FlinkCluster(
                                "application_1700000000000_0007",
                                URI.create(
                                        "http://rm:8088/proxy/application_1700000000000_0007/")));
    }

    @Test
    void noApplications() throws Exception {
        assertThat(YarnRestApplications.parse(JSON.readTree("{\"apps\":null}"))).isEmpty();
    }
}
