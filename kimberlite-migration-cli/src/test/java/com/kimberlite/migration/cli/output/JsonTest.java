package com.kimberlite.migration.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class JsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void writesNestedValuesInFieldOrderAndIndented() {
        String json = Json.write(Json.object("b", 1, "a", List.of(true, Optional.empty()), "c", Map.of()));

        assertThat(json).isEqualTo("""
                {
                  "b": 1,
                  "a": [
                    true,
                    null
                  ],
                  "c": {}
                }""");
    }

    @Test
    void escapedStringsReadBackUnchanged() {
        String text = "quote \" backslash \\ newline \n tab \t control \u0001 line separator \u2028 é ✓";

        JsonNode node = mapper.readTree(Json.write(Json.object("text", text)));

        assertThat(node.get("text").asString()).isEqualTo(text);
    }

    @Test
    void rejectsValuesThatAreNotJson() {
        assertThatThrownBy(() -> Json.write(new Object())).isInstanceOf(IllegalArgumentException.class);
    }
}
