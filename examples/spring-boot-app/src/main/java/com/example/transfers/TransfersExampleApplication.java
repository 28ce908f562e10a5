package com.example.transfers;

import io.github.pctransfers.client.auth.AccessToken;
import io.github.pctransfers.client.auth.TokenCredential;
import java.time.Instant;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * A partner's application: the starter configures the {@code TransfersClient} from {@code partnercenter.transfers.*}
 * (application.yml), observes it with the actuator's Micrometer registry, and receives transfer webhooks.
 *
 * <p>Against the simulator: {@code java -jar transfers-conformance.jar serve --port 8080}, then run this with
 * {@code --spring.profiles.active=simulator}.
 */
@SpringBootApplication
public class TransfersExampleApplication {

    /** Starts the application. */
    public static void main(String[] args) {
        SpringApplication.run(TransfersExampleApplication.class, args);
    }

    /** The simulator accepts any bearer token: no Entra app needed. */
    @Bean
    @Profile("simulator")
    TokenCredential simulatorToken() {
        return forceRefresh -> new AccessToken("simulator", Instant.MAX);
    }
}
