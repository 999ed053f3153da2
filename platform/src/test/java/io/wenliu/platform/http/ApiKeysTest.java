package io.wenliu.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.platform.http.ApiKeys.Verdict;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void onlyTheConfiguredKeyIsAccepted() {
        assertThat(ApiKeys.check(Optional.of("s3cret"), "s3cret")).isEqualTo(Verdict.ACCEPTED);
        assertThat(ApiKeys.check(Optional.of("s3cret"), "s3cret ")).isEqualTo(Verdict.WRONG);
        assertThat(ApiKeys.check(Optional.of("s3cret"), "")).isEqualTo(Verdict.WRONG);
        assertThat(ApiKeys.check(Optional.of("s3cret"), null)).isEqualTo(Verdict.MISSING);
    }

    @Test
    void withoutAConfiguredKeyNothingIsAccepted() {
        assertThat(ApiKeys.check(Optional.empty(), "anything")).isEqualTo(Verdict.NOT_CONFIGURED);
        assertThat(ApiKeys.check(Optional.of("  "), "  ")).isEqualTo(Verdict.NOT_CONFIGURED);
    }

    @Test
    void theRefusalsSayWhichHeader() {
        assertThat(Verdict.MISSING.detail()).isEqualTo("missing header X-API-Key");
        assertThat(Verdict.WRONG.detail()).isEqualTo("wrong API key in X-API-Key");
    }
}
