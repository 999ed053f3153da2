package io.wenliu.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenSearchNodeIT {

    @TempDir
    Path nodeDir;

    @Test
    void indexesAndFindsAChineseDocumentWithTheCjkAnalyzer() throws Exception {
        try (OpenSearchNode node =
                OpenSearchNode.start(ProjectRoot.find(), OpenSearchNode.sharedInstallRoot(), nodeDir, 0)) {
            Http.Response created = Http.putJson(
                    node.url() + "/cjk-test",
                    "{\"mappings\":{\"properties\":{\"body\":{\"type\":\"text\",\"analyzer\":\"cjk\"}}}}");
            assertThat(created.status()).as(created.body()).isEqualTo(200);
            Http.Response indexed =
                    Http.putJson(node.url() + "/cjk-test/_doc/a-1?refresh=true", "{\"body\":\"各地扎实做好疫情防控工作\"}");
            assertThat(indexed.status()).as(indexed.body()).isEqualTo(201);

            Http.Response hit =
                    Http.postJson(node.url() + "/cjk-test/_search", "{\"query\":{\"match\":{\"body\":\"防控\"}}}");
            Http.Response miss =
                    Http.postJson(node.url() + "/cjk-test/_search", "{\"query\":{\"match\":{\"body\":\"股市\"}}}");

            assertThat(hit.body()).contains("\"_id\":\"a-1\"");
            assertThat(miss.body()).contains("\"hits\":[]");
        }
    }
}
