package dev.mockloop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of ../shared/STYLE.md: domain packages know nothing of JavaFX or the UI,
 * SQL stays in storage and repositories, screens do not know each other, and only the
 * app package (the composition root) wires everything together.
 */
@AnalyzeClasses(packages = "dev.mockloop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {
        "dev.mockloop.pack..", "dev.mockloop.session..", "dev.mockloop.sketch..",
        "dev.mockloop.attempt..", "dev.mockloop.storage..", "dev.mockloop.cli..",
        "dev.mockloop.framework..", "dev.mockloop.settings..", "dev.mockloop.review..", "dev.mockloop.export..",
        "dev.mockloop.coach..", "dev.mockloop.voice..", "dev.mockloop.interview.."
    };

    @ArchTest
    static final ArchRule domainHasNoJavaFx = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule domainDoesNotKnowTheUiOrTheApp = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("dev.mockloop.ui..", "dev.mockloop.app..");

    @ArchTest
    static final ArchRule sqlOnlyInStorageAndRepositories = noClasses()
            .that().resideOutsideOfPackage("dev.mockloop.storage..")
            .and(are(not(partOfARepository())))
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..");

    private static DescribedPredicate<JavaClass> partOfARepository() {
        return DescribedPredicate.describe("part of a repository",
                c -> c.getName().replaceAll("\\$.*", "").endsWith("Repository"));
    }

    @ArchTest
    static final ArchRule uiDoesNotOpenTheDatabase = noClasses().that().resideInAPackage("dev.mockloop.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.mockloop.storage.Database")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.mockloop.storage.Migrator");

    @ArchTest
    static final ArchRule onlyTheAppPackageUsesTheApp = noClasses().that().resideOutsideOfPackage("dev.mockloop.app..")
            .should().dependOnClassesThat().resideInAPackage("dev.mockloop.app..");

    @ArchTest
    static final ArchRule screensDoNotDependOnEachOther = slices()
            .matching("dev.mockloop.ui.(home|session|scoring|history|packs|packmanager|authoring|frameworks|recovery|backups|compare|progress|settings|welcome)..")
            .should().notDependOnEachOther();

    /** Pack texts come from strangers: they are shown as plain text, never rendered as HTML or run as script. */
    @ArchTest
    static final ArchRule nothingRendersHtmlOrRunsScripts = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.web..", "javax.script..")
            .as("no class renders HTML or runs scripts (pack texts are shown as plain text)");

    /** Views talk to their view model only: no repository, store or storage class, nested ones included. */
    @ArchTest
    static final ArchRule viewsUseNoRepositoryStoreOrStorage = noClasses()
            .that(DescribedPredicate.describe("a view, page or editor",
                    c -> c.getName().replaceAll("\\$.*", "").matches(".*(View|Page|Editor)")))
            .should().dependOnClassesThat(DescribedPredicate.describe("a repository, store or storage class",
                    c -> c.getName().replaceAll("\\$.*", "").matches(".*(Repository|Store)")
                            || c.getPackageName().startsWith("dev.mockloop.storage")));

    /** The floors of ../shared/STYLE.md, bottom up; a floor may use only the floors below it. */
    @ArchTest
    static final ArchRule layersRunOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("storage").definedBy("dev.mockloop.storage..")
            .layer("sketch").definedBy("dev.mockloop.sketch..")
            .layer("pack").definedBy("dev.mockloop.pack..")
            .layer("attempt").definedBy("dev.mockloop.attempt..")
            .layer("session").definedBy("dev.mockloop.session..", "dev.mockloop.framework..",
                    "dev.mockloop.export..", "dev.mockloop.settings..")
            .layer("review").definedBy("dev.mockloop.review..")
            .layer("coach").definedBy("dev.mockloop.coach..")
            .layer("voice").definedBy("dev.mockloop.voice..")
            .layer("interview").definedBy("dev.mockloop.interview..")
            .layer("cli").definedBy("dev.mockloop.cli..")
            .layer("ui").definedBy("dev.mockloop.ui..")
            .layer("app").definedBy("dev.mockloop.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("review").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("coach").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("voice").mayOnlyBeAccessedByLayers("ui", "app")
            .whereLayer("interview").mayOnlyBeAccessedByLayers("ui", "app")
            .whereLayer("session").mayOnlyBeAccessedByLayers("review", "coach", "voice", "interview", "ui", "cli", "app")
            .whereLayer("attempt").mayOnlyBeAccessedByLayers("session", "review", "coach", "voice", "interview", "ui",
                    "cli", "app")
            .whereLayer("pack").mayOnlyBeAccessedByLayers("attempt", "session", "review", "coach", "voice", "interview",
                    "ui", "cli", "app")
            .whereLayer("sketch").mayOnlyBeAccessedByLayers("pack", "attempt", "session", "review", "coach", "voice",
                    "interview", "ui", "cli", "app")
            .whereLayer("storage").mayOnlyBeAccessedByLayers("pack", "attempt", "session", "review", "coach", "voice",
                    "interview", "ui",
                    "cli", "app");

    @ArchTest
    static final ArchRule domainPackagesAreFreeOfCycles = slices().matching("dev.mockloop.(*)..")
            .should().beFreeOfCycles();
}
