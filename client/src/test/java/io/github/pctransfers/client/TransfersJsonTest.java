package io.github.pctransfers.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferType;
import io.github.pctransfers.client.model.TransfersJson;
import org.junit.jupiter.api.Test;

/** The client's JSON mapping: what a request body carries. */
class TransfersJsonTest {
    private final ObjectMapper mapper = TransfersJson.newObjectMapper();

    /** The generated models mark required properties @JsonInclude(ALWAYS); they were sent as explicit nulls. */
    @Test
    void requiredPropertiesLeftUnsetAreNotSentAsNull() throws Exception {
        String json = mapper.writeValueAsString(TransferCreateRequest.builder().transferType(TransferType.of(3)).build());
        assertThat(json).isEqualTo("{\"transferType\":3}");
        assertThat(mapper.writeValueAsString(mapper.readValue("{}", TransferEntity.class))).isEqualTo("{}");
    }

    @Test
    void theStrictMapperWritesTheSameWay() throws Exception {
        ObjectMapper strict = TransfersJson.newStrictObjectMapper();
        assertThat(strict.writeValueAsString(strict.readValue("{}", TransferEntity.class))).isEqualTo("{}");
    }
}
