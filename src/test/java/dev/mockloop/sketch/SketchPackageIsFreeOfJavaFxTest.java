package dev.mockloop.sketch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The sketch model is domain code: the UI wraps it, never the other way round. */
class SketchPackageIsFreeOfJavaFxTest {

    @Test
    void sketchModelDependsOnNoJavaFxOrUiCode() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.mockloop.sketch");

        noClasses().that().resideInAPackage("dev.mockloop.sketch..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.mockloop.ui..")
                .check(classes);
    }
}
