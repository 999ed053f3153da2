package io.wenliu.ingest.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeyFilterTest {

    @Test
    void withoutAConfiguredKeyUploadsAreDisabled() {
        assertThat(ApiKeyFilter.verdict(Optional.empty(), "anything"))
                .hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(503));
        assertThat(ApiKeyFilter.verdict(Optional.of(" "), null))
                .hasValueSatisfying(e -> assertThat(e.getDetail()).contains("INGEST_API_KEY"));
    }

    @Test
    void missingOrWrongKeyIsUnauthorized() {
        assertThat(ApiKeyFilter.verdict(Optional.of("s3cret"), null))
                .hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(401));
        assertThat(ApiKeyFilter.verdict(Optional.of("s3cret"), "s3cre"))
                .hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void rightKeyPasses() {
        assertThat(ApiKeyFilter.verdict(Optional.of("s3cret"), "s3cret")).isEmpty();
    }
}
