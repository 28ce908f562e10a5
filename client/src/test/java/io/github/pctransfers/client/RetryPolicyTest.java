package io.github.pctransfers.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pctransfers.client.http.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The policy on its own: what is retryable, the backoff curve, and that every setting is bounded. */
class RetryPolicyTest {

    @Test
    void defaultsAreBoundedAndDocumented() {
        RetryPolicy p = RetryPolicy.defaults();
        assertThat(p.maxAttempts()).isEqualTo(4);
        assertThat(p.totalBudget()).isEqualTo(Duration.ofMinutes(2));
        assertThat(p.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(p.retryOnlyIdempotentMethods()).isFalse();
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    }

    @Test
    void exactlyTheDocumentedStatusesAreRetryable() {
        RetryPolicy p = RetryPolicy.defaults();
        for (int status = 100; status < 600; status++) {
            boolean expected = status == 408 || status == 429 || status == 500 || status == 502 || status == 503
                    || status == 504;
            assertThat(p.isRetryableStatus(status)).as("status %d", status).isEqualTo(expected);
        }
    }

    @Test
    void methodRestrictionKeepsGetAndDeleteOnly() {
        RetryPolicy all = RetryPolicy.defaults();
        RetryPolicy idempotent = RetryPolicy.builder().retryOnlyIdempotentMethods(true).build();
        for (String m : new String[] {"GET", "DELETE", "POST", "PATCH"}) {
            assertThat(all.allowsMethod(m)).isTrue();
        }
        assertThat(idempotent.allowsMethod("GET")).isTrue();
        assertThat(idempotent.allowsMethod("delete")).isTrue();
        assertThat(idempotent.allowsMethod("POST")).isFalse();
        assertThat(idempotent.allowsMethod("PATCH")).isFalse();
    }

    @Test
    void backoffDoublesUpToTheMaximumAndJitterOnlyShortensIt() {
        RetryPolicy exact = RetryPolicy.builder().initialBackoff(Duration.ofMillis(500))
                .maxBackoff(Duration.ofSeconds(8)).jitter(0).build();
        assertThat(exact.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(exact.backoff(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(exact.backoff(5)).isEqualTo(Duration.ofSeconds(8));
        assertThat(exact.backoff(9)).isEqualTo(Duration.ofSeconds(8));
        assertThat(exact.backoff(64)).isEqualTo(Duration.ofSeconds(8));

        RetryPolicy jittered = RetryPolicy.builder().initialBackoff(Duration.ofMillis(1000)).jitter(0.25).build();
        for (int i = 0; i < 200; i++) {
            assertThat(jittered.backoff(1).toMillis()).isBetween(750L, 1000L);
        }
    }

    @Test
    void retryAfterIsCapped() {
        RetryPolicy p = RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(30)).build();
        assertThat(p.capRetryAfter(Duration.ofSeconds(57))).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.capRetryAfter(Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 11, 1000})
    void attemptsAreBounded(int attempts) {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(attempts))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
    }

    @Test
    void durationsAreBounded() {
        assertThatThrownBy(() -> RetryPolicy.builder().totalBudget(Duration.ofMinutes(31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("totalBudget");
        assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBackoff");
        assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetryAfter");
        assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jitter");
        assertThatThrownBy(() -> RetryPolicy.builder().jitter(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jitter");
    }

    @Test
    void toBuilderCopiesEverySetting() {
        RetryPolicy p = RetryPolicy.builder().maxAttempts(7).totalBudget(Duration.ofSeconds(90))
                .retryOnlyIdempotentMethods(true).build();
        assertThat(p.toBuilder().build().toString()).isEqualTo(p.toString());
    }
}
