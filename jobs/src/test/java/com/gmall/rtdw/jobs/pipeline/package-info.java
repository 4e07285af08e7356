/**
 * Pipeline tests: every job run end to end in a MiniCluster without servers. {@link
 * com.gmall.rtdw.jobs.pipeline.PipelineRun} wires the job exactly as in production ({@code
 * JobWiring}) but on {@link com.gmall.rtdw.jobs.pipeline.BoundedConnectors}: bounded inputs (a
 * topic's messages, a binlog's events) that end, and with them event time, so that every window
 * fires; collecting sinks; dimension rows, {@code base_dic} and the shop's history from {@link
 * com.gmall.rtdw.jobs.pipeline.InMemoryServers}. A test asserts the job's outputs record by record.
 * What needs the real servers (exactly once, restarts, the servers' own behaviour) stays in the
 * ITCases.
 */
package com.gmall.rtdw.jobs.pipeline;
