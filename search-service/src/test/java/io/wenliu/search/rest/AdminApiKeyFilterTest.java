package io.wenliu.search.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The admin key check on its own; {@code ReindexIT} drives it over HTTP. */
class AdminApiKeyFilterTest {

    @Test
    void withoutAConfiguredKeyTheAdminApiIsDisabled() {
        assertThat(AdminApiKeyFilter.verdict(Optional.empty(), "anything"))
                .hasValueSatisfying(e -> assertThat(e.getStatusCode()).isEqualTo(503));
        assertThat(AdminApiKeyFilter.verdict(Optional.of(" "), null))
                .hasValueSatisfying(e -> assertThat(e.getDetail()).contains("WENLIU_SEARCH_ADMIN_API_KEY"));
    }

    @Test
    void missingOrWrongKeyIsUnauthorized() {
        assertThat(AdminApiKeyFilter.verdict(Optional.of("s3cret"), null))
                .hasValueSatisfying(e -> assertThat(e.getStatusCode()).isEqualTo(401));
        assertThat(AdminApiKeyFilter.verdict(Optional.of("s3cret"), "s3cre"))
                .hasValueSatisfying(e -> assertThat(e.getStatusCode()).isEqualTo(401));
        assertThat(AdminApiKeyFilter.verdict(Optional.of("s3cret"), "s3cret "))
                .hasValueSatisfying(e -> assertThat(e.getStatusCode()).isEqualTo(401));
    }

    @Test
    void rightKeyPasses() {
        assertThat(AdminApiKeyFilter.verdict(Optional.of("s3cret"), "s3cret")).isEmpty();
    }
}
