package dev.mockloop.pack;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * Writes a pack as format 1 JSON that {@link PackReader} reads back to an equal pack:
 * {@code format} and {@code formatVersion} first, absent optional values left out,
 * rubric levels in order, two-space indents, UTF-8, ending in a newline.
 *
 * <p>Thread-safe.
 */
public final class PackWriter {

    private final ObjectMapper mapper = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /**
     * @param pack a valid pack
     * @return the pack file's content, UTF-8
     */
    public byte[] write(Pack pack) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", "mockloop-pack");
        root.put("formatVersion", PackReader.FORMAT_VERSION);
        root.setAll((ObjectNode) mapper.valueToTree(pack));
        try {
            return (mapper.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            // Records of strings, numbers and lists always serialise; this is a defect.
            throw new IllegalStateException("cannot write pack " + pack.id(), e);
        }
    }
}
