package dev.mockloop.interview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mockloop.attempt.ScoreSheet;
import dev.mockloop.attempt.Verdict;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the interviewer's page may ask, one JSON message each. There is nothing else: no
 * message reads or changes another attempt, a pack or a file.
 *
 * <ul>
 *   <li>{@code {"type":"fire","probe":3}}: ask probe 3 now;</li>
 *   <li>{@code {"type":"nudge","message":"Time to move on"}}: the "move on" banner;</li>
 *   <li>{@code {"type":"notes","text":"..."}}: the interviewer's private notes;</li>
 *   <li>{@code {"type":"draft","levels":{"scope":3},"failureModes":["no-numbers"],"verdict":"HIRE",
 *       "feedback":"..."}}: the scoring so far;</li>
 *   <li>{@code {"type":"submit", ...}}: the same, finished: every dimension scored and a verdict.</li>
 * </ul>
 */
sealed interface PageCommand {

    /** Ask a probe now. */
    record Fire(int probeIndex) implements PageCommand {
    }

    /** Nudge the candidate to move on. */
    record Nudge(String message) implements PageCommand {
    }

    /** The private notes, whole. */
    record Notes(String text) implements PageCommand {
    }

    /** The scoring so far, kept so a reconnecting page gets it back. */
    record Draft(ScoreSheet sheet) implements PageCommand {
    }

    /** The scoring, finished and to be saved. */
    record Submit(ScoreSheet sheet) implements PageCommand {
    }

    /**
     * @param text  one message as received (the socket caps its size)
     * @param brief the round's probes, dimensions and failure modes, to check ids against
     * @throws BadCommand naming what is wrong, in words for the interviewer
     */
    static PageCommand parse(String text, RoundBrief brief) throws BadCommand {
        JsonNode node;
        try {
            node = PageJson.read(text);
        } catch (JsonProcessingException e) {
            throw new BadCommand("The page sent something that is not a message Mockloop knows; reload the page.");
        }
        if (node == null || !node.isObject() || !node.path("type").isTextual()) {
            throw new BadCommand("The page sent a message without a type; reload the page.");
        }
        String type = node.get("type").asText();
        return switch (type) {
            case "fire" -> new Fire(probe(node.get("probe"), brief));
            case "nudge" -> new Nudge(PageText.oneLine(text(node, "message"), PageText.NUDGE_MAX));
            case "notes" -> new Notes(PageText.clean(text(node, "text"), PageText.LONG_TEXT_MAX));
            case "draft" -> new Draft(sheet(node, brief));
            case "submit" -> new Submit(complete(sheet(node, brief), brief));
            default -> throw new BadCommand("The page asked for \"" + PageText.oneLine(type, 40)
                    + "\", which Mockloop does not do.");
        };
    }

    private static int probe(JsonNode value, RoundBrief brief) throws BadCommand {
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()
                || value.asInt() < 0 || value.asInt() >= brief.probeCount()) {
            throw new BadCommand("That probe is not one of this round's " + brief.probeCount() + ".");
        }
        return value.asInt();
    }

    private static String text(JsonNode node, String field) throws BadCommand {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new BadCommand("The " + field + " must be text.");
        }
        return value.asText();
    }

    private static ScoreSheet sheet(JsonNode node, RoundBrief brief) throws BadCommand {
        Map<String, Integer> levels = new LinkedHashMap<>();
        JsonNode levelsNode = node.get("levels");
        if (levelsNode != null && !levelsNode.isNull()) {
            if (!levelsNode.isObject()) {
                throw new BadCommand("The scores must map each dimension to a level.");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = levelsNode.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!brief.dimensionIds().contains(field.getKey())) {
                    throw new BadCommand("\"" + PageText.oneLine(field.getKey(), 40)
                            + "\" is not a dimension of this round's rubric.");
                }
                JsonNode level = field.getValue();
                if (!level.isIntegralNumber() || !level.canConvertToInt() || level.asInt() < 1 || level.asInt() > 4) {
                    throw new BadCommand("A level must be 1 to 4.");
                }
                levels.put(field.getKey(), level.asInt());
            }
        }
        List<String> failureModes = new ArrayList<>();
        JsonNode failures = node.get("failureModes");
        if (failures != null && !failures.isNull()) {
            if (!failures.isArray()) {
                throw new BadCommand("The failure modes must be a list.");
            }
            for (JsonNode id : failures) {
                if (!id.isTextual() || !brief.failureModeIds().contains(id.asText())) {
                    throw new BadCommand("That failure mode is not one of this pack's.");
                }
                if (!failureModes.contains(id.asText())) {
                    failureModes.add(id.asText());
                }
            }
        }
        Verdict verdict = null;
        String verdictName = text(node, "verdict");
        if (!verdictName.isEmpty()) {
            try {
                verdict = Verdict.valueOf(verdictName);
            } catch (IllegalArgumentException unknown) {
                throw new BadCommand("\"" + PageText.oneLine(verdictName, 40) + "\" is not a verdict.");
            }
        }
        return new ScoreSheet(levels, failureModes, verdict,
                PageText.clean(text(node, "feedback"), PageText.LONG_TEXT_MAX));
    }

    private static ScoreSheet complete(ScoreSheet sheet, RoundBrief brief) throws BadCommand {
        long missing = brief.dimensionIds().stream().filter(id -> !sheet.levels().containsKey(id)).count();
        if (missing > 0 || sheet.verdict() == null) {
            throw new BadCommand("Score every dimension and choose a verdict before you submit"
                    + (missing > 0 ? " (" + missing + " dimension" + (missing == 1 ? "" : "s") + " left)." : "."));
        }
        return sheet;
    }
}
