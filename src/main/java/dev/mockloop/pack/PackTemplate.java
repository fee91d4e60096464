package dev.mockloop.pack;

import java.util.List;

/**
 * The round plans, rubric and failure modes a pack gets when its author writes only
 * questions: a pack made from a CSV, or one created in the app.
 *
 * @param frameworks   at least one; a question without a framework uses the first
 * @param rubric       the rubric
 * @param failureModes the failure-mode checklist
 */
public record PackTemplate(List<Framework> frameworks, Rubric rubric, List<FailureMode> failureModes) {

    public PackTemplate {
        frameworks = List.copyOf(frameworks);
        failureModes = List.copyOf(failureModes);
        if (frameworks.isEmpty()) {
            throw new IllegalArgumentException("a template needs at least one framework");
        }
    }

    /** @return the template taken from this pack */
    public static PackTemplate of(Pack pack) {
        return new PackTemplate(pack.frameworks(), pack.rubric(), pack.failureModes());
    }

    /**
     * @return the template of the first bundled pack (mockloop.bar-raiser: the paired
     *         45-minute round, its seven-dimension rubric and eight failure modes)
     * @throws IllegalStateException if the library has no bundled pack, which the app rules out
     */
    public static PackTemplate standard(PackLibrary library) {
        return library.packs().stream().filter(p -> p.source() == PackSource.BUNDLED).findFirst()
                .map(p -> of(p.pack()))
                .orElseThrow(() -> new IllegalStateException("no bundled pack to take a template from"));
    }

    /** @return the id of the framework questions use by default */
    public String defaultFramework() {
        return frameworks.get(0).id();
    }
}
