package dev.mockloop.pack;

/**
 * A question together with the installed pack it belongs to.
 *
 * @param pack     the installed pack
 * @param question the question
 */
public record LibraryQuestion(InstalledPack pack, Question question) {

    /** @return {@code packId/questionId}, unique across the library */
    public String key() {
        return key(pack.pack().id(), question.id());
    }

    /** @return the key of a question in a pack: {@code packId/questionId} */
    public static String key(String packId, String questionId) {
        return packId + "/" + questionId;
    }

    /** @return the framework the question runs on */
    public Framework framework() {
        return pack.pack().frameworkOf(question);
    }
}
