/**
 * Not API: the Feign and OkHttp adapter behind {@code TransfersClient} (the call executor and its per-attempt
 * value, the Feign client, error decoder, User-Agent and wire log). Not exported by the module; may change in any
 * release. See client/API.md.
 */
package io.github.pctransfers.client.internal.transport;
