package dev.mockloop.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A piece of the candidate's text the coach compares with each item: one note line, two
 * consecutive note lines read together (an idea often runs over a line break), one
 * whiteboard text or one probe answer.
 *
 * @param text     the text as the candidate wrote it
 * @param evidence where it is
 * @param asked    whether it reads as a question raised with the interviewer: it has a "?",
 *                 starts with "Q" or sits under a heading such as "Qs" or "Questions"
 * @param story    whether it is part of the behavioral story: from a line starting "story"
 *                 to the next heading or question
 */
record Passage(String text, Evidence evidence, boolean asked, boolean story) {

    private static final Pattern QUESTION_HEADING = Pattern.compile(
            "(?i)^(q|qs|questions?|clarif\\w*|reqs?|requirements?|scope|asks?)\\s*[:\\-]?\\s*$");
    private static final Pattern HEADING = Pattern.compile("(?i)^[a-z][a-z /&-]{0,24}:\\s*$|(?i)^(q|qs|questions?"
            + "|clarif\\w*|reqs?|requirements?|scope|asks?|story|design|est|estimates?|nums|numbers|math|capacity|api"
            + "|data model|schema|arch|architecture|hld|high level|read path|write path|deep dive|wrap up|wrap-up"
            + "|tradeoffs?|risks?|plan|notes|todo)\\s*$");
    private static final Pattern STORY = Pattern.compile("(?i)^(story|behaviou?ral|star)\\b");
    private static final Pattern ASKED = Pattern.compile("(?i)^(q\\d*\\s*[:.)-]|q\\s)");

    /** @return every passage of the input: lines, pairs of consecutive lines, whiteboard texts, answers */
    static List<Passage> of(CoachInput input) {
        List<Passage> passages = new ArrayList<>();
        List<NoteLine> lines = input.notes();
        boolean inQuestions = false;
        boolean inStory = false;
        Passage previous = null;
        for (NoteLine line : lines) {
            String text = line.text();
            boolean heading = HEADING.matcher(text).matches();
            if (heading) {
                inQuestions = QUESTION_HEADING.matcher(text).matches();
            }
            boolean asked = text.contains("?") || ASKED.matcher(text).find()
                    || (inQuestions && !heading);
            if (STORY.matcher(text).find()) {
                inStory = true;
                inQuestions = false;
            } else if (heading || asked) {
                inStory = false;
            }
            Passage passage = new Passage(text, Evidence.notes(text, line.number(), line.number()), asked, inStory);
            if (!heading) {
                passages.add(passage);
                if (previous != null && previous.evidence().lastLine() == line.number() - 1) {
                    passages.add(new Passage(previous.text() + " / " + text,
                            Evidence.notes(previous.text() + " / " + text, previous.evidence().firstLine(),
                                    line.number()), previous.asked() || asked, previous.story() && inStory));
                }
                previous = passage;
            } else {
                previous = null;
            }
        }
        for (BoardText b : input.board()) {
            String text = b.text().replaceAll("\\s*\\R\\s*", " ");
            passages.add(new Passage(text, Evidence.whiteboard(text, b.elementId()), text.contains("?"), false));
        }
        for (ProbeAnswer a : input.probeAnswers()) {
            passages.add(new Passage(a.answer(), Evidence.probeAnswer(a.answer()), false, false));
        }
        return passages;
    }

    /** @return the text lower-cased, for logs and tests */
    @Override
    public String toString() {
        return text.toLowerCase(Locale.ROOT);
    }
}
