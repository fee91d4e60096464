package dev.mockloop.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Packs and zips for tests, built from the minimal pack in test resources. */
public final class PackFixtures {

    /** The smallest valid PNG: a 1×1 transparent pixel. */
    public static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private PackFixtures() {
    }

    /** @return the minimal pack (id test.minimal, version 1.0.0, one question cache-story) */
    public static String minimal() {
        return PackReaderTest.minimal();
    }

    /** @return the minimal pack with another version */
    public static String version(String version) {
        return minimal().replace("\"version\": \"1.0.0\"", "\"version\": \"" + version + "\"");
    }

    /** @return the minimal pack with another id */
    public static String withId(String json, String id) {
        return json.replace("\"id\": \"test.minimal\"", "\"id\": \"" + id + "\"");
    }

    /** @return the pack with a second question appended, id {@code extra} */
    public static String withExtraQuestion(String json) {
        String extra = """
                ,
                    {
                      "id": "extra",
                      "title": "The extra question",
                      "level": "senior",
                      "tags": ["queues"],
                      "framework": "short",
                      "behavioral": { "prompt": "Tell me about a backlog you drained." },
                      "design": { "prompt": "Design a job queue." }
                    }
                  ]
                }
                """;
        int end = json.lastIndexOf(']');
        return json.substring(0, end).stripTrailing() + extra;
    }

    /** @return the pack whose one question has a picture */
    public static String withImage(String json, String image) {
        return json.replace("\"prompt\": \"Design a read-through cache for a profile service.\",",
                "\"prompt\": \"Design a read-through cache for a profile service.\", \"image\": \"" + image + "\",");
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** @return a zip of these entries, in order; a null value makes a folder entry */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                if (entry.getValue() != null) {
                    zip.write(entry.getValue());
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @return a zip of pack.json and these assets */
    public static byte[] zipPack(String json, Map<String, byte[]> assets) {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("pack.json", utf8(json));
        entries.putAll(assets);
        return zip(entries);
    }

    /** @return a list of question ids of a pack */
    public static List<String> ids(Pack pack) {
        return pack.questions().stream().map(Question::id).toList();
    }
}
