package io.github.pctransfers.conformance.internal.replay;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The exchange in progress on one in-process replay: the reply WireMock gives, and the requests it received.
 * Installed as a WireMock response transformer on the replay's own server, it turns the server's one catch-all
 * stub into the current reply, so nothing is registered or reset per case; {@link DirectCallTransport} reports
 * each request to {@link #received(ReceivedRequest)} as WireMock receives it, so no journal is kept.
 *
 * <p>Not thread-safe, like the replay that owns it: the client calls WireMock on the replaying thread.
 */
final class CurrentExchange implements ResponseDefinitionTransformerV2 {
    private StubReply reply;
    private final List<ReceivedRequest> received = new ArrayList<>();

    /** Answers {@code next} from now on, and forgets what was received before. */
    void start(StubReply next) {
        reply = next;
        received.clear();
    }

    void received(ReceivedRequest request) {
        received.add(request);
    }

    /** What was received since {@link #start}, in order. */
    List<ReceivedRequest> received() {
        return List.copyOf(received);
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        if (reply == null) {
            // A request outside a replay (nothing calls the server then): say so instead of answering anything.
            return ResponseDefinition.notConfigured();
        }
        return ClientReplay.response(reply).build();
    }

    @Override
    public String getName() {
        return "conformance-current-exchange";
    }
}
