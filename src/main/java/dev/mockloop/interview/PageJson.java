package dev.mockloop.interview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The JSON of the page's messages. Reading is bounded (nesting 16 deep, strings of at most
 * 64 KB, numbers of at most 20 digits) on top of the socket's message size limit.
 */
final class PageJson {

    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(65_536)
                    .maxNumberLength(20).build())
            .build());

    private PageJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** @return a message {@code {"type": type}} to add fields to */
    static ObjectNode message(String type) {
        ObjectNode node = object();
        node.put("type", type);
        return node;
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always writes", e);
        }
    }

    /** @throws JsonProcessingException if the text is not JSON or breaks the bounds */
    static JsonNode read(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }
}
