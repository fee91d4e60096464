package dev.mockloop.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.utils.JsonNodes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads pack files (format 1) and checks them against {@code pack.schema.json} and
 * {@link PackRules}. Every problem is located by line and column.
 *
 * <p>Thread-safe; build one and share it. Checking throws {@link UncheckedIOException} if
 * the schema resource is missing from the build.
 */
public final class PackReader {

    /** Classpath location of the JSON Schema, copied there from question-packs/ by the build. */
    public static final String SCHEMA_RESOURCE = "/question-packs/pack.schema.json";

    /** Largest pack file accepted, in bytes (5 MiB): the bundled packs are under 100 KiB. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    // Compiled on first use: about 0.1 s of start-up that reading only the bundled packs
    // (readChecked) does not need.
    private JsonSchema schema;

    /** A reader; the schema is compiled when the first pack is checked. */
    public PackReader() {
    }

    /** @throws UncheckedIOException if the schema resource is missing from the build */
    private synchronized JsonSchema schema() {
        if (schema != null) {
            return schema;
        }
        try (InputStream in = PackReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + SCHEMA_RESOURCE));
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a pack the build has already checked against the schema and the rules (the
     * bundled packs: BundledPacksTest checks them), without checking it again, so that
     * start-up skips compiling the schema and validating (about 0.2 s of CPU on a 2-core
     * machine, BENCHMARKS.md).
     *
     * @param file  the name to put in a problem
     * @param bytes the file's content, UTF-8 JSON
     * @return the pack
     * @throws PackException if the content is not JSON of a pack's shape
     */
    public Pack readChecked(String file, byte[] bytes) throws PackException {
        try {
            return mapper.readValue(bytes, Pack.class);
        } catch (IOException | IllegalArgumentException e) {
            throw PackException.of(file, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * @param file the pack file
     * @return the pack
     * @throws PackException with every problem, if the file cannot be read or is not a valid pack
     */
    public Pack read(Path file) throws PackException {
        return check(file).orThrow();
    }

    /** Checks a file on disk, reporting an unreadable or oversized file as a problem. */
    public PackCheck check(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return failed(name, "the file is " + size / 1024 + " KiB; packs are limited to "
                        + MAX_BYTES / 1024 + " KiB. Split it into smaller packs");
            }
            return check(name, Files.readAllBytes(file));
        } catch (IOException e) {
            return failed(name, "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /**
     * Checks pack content.
     *
     * @param file  the name to put in problems, e.g. the file's path
     * @param bytes the file's content, UTF-8 JSON
     */
    public PackCheck check(String file, byte[] bytes) {
        JsonNode root;
        try {
            root = readLocated(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = "not valid JSON: " + e.getOriginalMessage();
            return new PackCheck(file, null, List.of(new PackProblem(file,
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "", message)));
        } catch (IOException e) {
            return failed(file, "cannot read the file (" + e.getMessage() + ")");
        }
        if (root == null || root.isMissingNode()) {
            return failed(file, "the file is empty; a pack is a JSON object (see question-packs/README.md)");
        }
        JsonLocator locator = new JsonLocator(file, root);
        List<PackProblem> problems = new ArrayList<>();
        for (ValidationMessage message : schema().validate(root)) {
            JsonNode node = JsonNodes.get(root, message.getInstanceLocation());
            problems.add(locator.problemAt(node, message.getInstanceLocation().toString(), SchemaMessages.explain(message)));
        }
        if (!problems.isEmpty()) {
            return new PackCheck(file, null, sorted(problems));
        }
        Pack pack;
        try {
            pack = mapper.treeToValue(root, Pack.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return failed(file, "the pack passes the schema but cannot be read: " + e.getMessage());
        }
        problems.addAll(new PackRules(locator).check(pack));
        return new PackCheck(file, problems.isEmpty() ? pack : null, sorted(problems));
    }

    /** Parses with a node factory that remembers each node's line and column. */
    private JsonNode readLocated(byte[] bytes) throws IOException {
        try (JsonParser parser = mapper.getFactory().createParser(new ByteArrayInputStream(bytes))) {
            JsonNodeFactory nodes = LocationJsonNodeFactoryFactory.getInstance().getJsonNodeFactory(parser);
            return mapper.reader(nodes).readTree(parser);
        }
    }

    private static PackCheck failed(String file, String message) {
        return new PackCheck(file, null, List.of(new PackProblem(file, 0, 0, "", message)));
    }

    private static List<PackProblem> sorted(List<PackProblem> problems) {
        return problems.stream()
                .sorted(Comparator.comparingInt(PackProblem::line).thenComparingInt(PackProblem::column))
                .toList();
    }
}
