/**
 * Recording the client's own traffic: {@link io.github.pctransfers.client.recording.TrafficRecorder}, what it is
 * handed ({@link io.github.pctransfers.client.recording.RecordedExchange}, already redacted), and
 * {@link io.github.pctransfers.client.recording.HarRecorder}, which writes an HTTP Archive the conformance gate
 * checks. See client/README.md, "Recording traffic".
 */
package io.github.pctransfers.client.recording;
