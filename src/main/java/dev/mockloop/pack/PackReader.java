package dev.mockloop.pack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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

    /** Largest pack file accepted, in bytes; see {@link PackLimits#MAX_PACK_BYTES}. */
    public static final long MAX_BYTES = PackLimits.MAX_PACK_BYTES;

    /** The format this reader reads. */
    public static final int FORMAT_VERSION = 1;

    private final ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(PackLimits.MAX_JSON_DEPTH)
                            .maxStringLength(PackLimits.MAX_JSON_STRING_CHARS)
                            .build())
                    .build())
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
                return tooLarge(name, size);
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
        if (bytes.length > MAX_BYTES) {
            return tooLarge(file, bytes.length);
        }
        byte[] text;
        try {
            text = TextBytes.requireUtf8(file, bytes);
        } catch (PackException e) {
            return new PackCheck(file, null, e.problems());
        }
        // Most packs are valid: check a plain tree first (about twice as fast to build and
        // to validate), and build the tree that knows lines and columns only to locate problems.
        PackCheck quick = check(file, text, false);
        return quick.valid() ? quick : check(file, text, true);
    }

    private PackCheck check(String file, byte[] text, boolean located) {
        JsonNode root;
        try {
            root = located ? readLocated(text) : readPlain(text);
        } catch (LimitPassed e) {
            JsonLocation at = e.at;
            String message = e.getMessage().contains("nesting depth")
                    ? "the JSON is nested deeper than " + PackLimits.MAX_JSON_DEPTH + " levels; a pack needs 7."
                        + " Check the brackets, or that this is a Mockloop pack"
                    : "a string is longer than " + PackLimits.MAX_JSON_STRING_CHARS + " characters; texts in a pack"
                        + " are at most 4,000. Shorten it";
            return new PackCheck(file, null, List.of(new PackProblem(file,
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "", message)));
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
        JsonLocator locator = new JsonLocator(file, root, located);
        PackProblem wrongFormat = wrongFormat(root, locator);
        if (wrongFormat != null) {
            return new PackCheck(file, null, List.of(wrongFormat));
        }
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

    /**
     * A file that is not a pack, or a pack in a newer format, gets one clear problem instead
     * of a schema complaint about every key the newer format added.
     */
    private static PackProblem wrongFormat(JsonNode root, JsonLocator locator) {
        if (!root.isObject()) {
            return locator.problemAt("a pack is a JSON object ({ ... }), but this file holds "
                    + (root.isArray() ? "an array" : "a single value") + " (see question-packs/README.md)");
        }
        JsonNode format = root.get("format");
        if (format != null && !"mockloop-pack".equals(format.asText(null))) {
            return locator.problemAt("this is not a Mockloop pack: \"format\" is " + format
                    + ", not \"mockloop-pack\"", "format");
        }
        JsonNode version = root.get("formatVersion");
        if (version != null && version.isIntegralNumber() && version.asLong() > FORMAT_VERSION) {
            return locator.problemAt("this pack was made for a newer Mockloop: it is in pack format "
                    + version.asText() + ", and this Mockloop reads format " + FORMAT_VERSION
                    + ". Update Mockloop to use it", "formatVersion");
        }
        return null;
    }

    private static PackCheck tooLarge(String file, long size) {
        return failed(file, "the file is " + PackLimits.passes(size, MAX_BYTES)
                + " for a pack. Split it into smaller packs");
    }

    private JsonNode readPlain(byte[] bytes) throws IOException {
        try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
            try {
                return mapper.readTree(parser);
            } catch (StreamConstraintsException e) {
                throw new LimitPassed(e.getMessage(), parser.currentLocation());
            }
        }
    }

    /** Parses with a node factory that remembers each node's line and column. */
    private JsonNode readLocated(byte[] bytes) throws IOException {
        try (JsonParser parser = mapper.getFactory().createParser(new ByteArrayInputStream(bytes))) {
            JsonNodeFactory nodes = LocationJsonNodeFactoryFactory.getInstance().getJsonNodeFactory(parser);
            try {
                return mapper.reader(nodes).readTree(parser);
            } catch (StreamConstraintsException e) {
                // Jackson does not locate these; the parser still knows where it stopped.
                throw new LimitPassed(e.getMessage(), parser.currentLocation());
            }
        }
    }

    /** A parsing limit (depth, string length) was passed at this place. */
    private static final class LimitPassed extends IOException {
        private final transient JsonLocation at;

        LimitPassed(String message, JsonLocation at) {
            super(message);
            this.at = at;
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
