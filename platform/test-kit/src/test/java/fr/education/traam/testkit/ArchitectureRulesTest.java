package fr.education.traam.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each architecture rule passes on a clean module and fails on the same module with one violation injected, naming
 * the class at fault; so a rule that matched nothing, or checked nothing, would show here.
 */
class ArchitectureRulesTest {

    private static final String FIXTURES = "fr.education.traam.archfixture.";
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    @Test
    void a_clean_module_keeps_every_rule() {
        ArchitectureRules clean = rulesFor("clean");
        for (ArchRule rule : clean.rules()) {
            assertThat(rule.evaluate(clean.analysed()).hasViolation()).as(rule.getDescription()).isFalse();
        }
    }

    @Test
    void a_new_domain_sub_package_holding_a_mongo_template_breaks_the_plain_java_rule() {
        assertViolation("policyholdsmongo", ArchitectureRules::domainIsPlainJava, "SelectionPolicy", "MongoTemplate");
    }

    @Test
    void a_controller_that_reads_a_repository_breaks_the_adapters_rule() {
        assertViolation("controllerreadsrepository", ArchitectureRules::adaptersReachTheDomainThroughApplicationServices,
                "SelectionController", "Selections");
    }

    @Test
    void a_use_case_that_knows_a_persistence_class_breaks_the_ports_rule() {
        assertViolation("applicationknowspersistence", ArchitectureRules::persistenceIsReachedThroughPorts,
                "SelectingAcademies", "MongoSelections");
    }

    @Test
    void a_use_case_that_knows_a_web_view_breaks_the_application_rule() {
        assertViolation("applicationknowsweb", ArchitectureRules::applicationServicesKnowNoWebAdapter, "SelectingAcademies", "CapacityView");
    }

    @Test
    void stereotypes_outside_their_adapters_break_the_stereotype_rules() {
        assertViolation("misplacedstereotypes", ArchitectureRules::controllersSitInWebAdapters, "SelectionEndpoint");
        assertViolation("misplacedstereotypes", ArchitectureRules::storageSitsInPersistenceAdapters, "StoredSelection");
        assertViolation("misplacedstereotypes", ArchitectureRules::servicesSitInApplicationPackages, "SelectionLookup");
    }

    @Test
    void an_update_that_takes_no_expected_version_breaks_the_if_match_rule() {
        assertViolation("updatewithoutversion", ArchitectureRules::updatesHonourIfMatch, "SelectionController.decide",
                "SelectionController.publish");
    }

    @Test
    void a_module_without_a_domain_or_adapters_fails_instead_of_passing_on_nothing() {
        ArchitectureRules nothing = ArchitectureRules.of(FIXTURES + "nosuchmodule", rulesFor("clean").analysed());
        assertThatThrownBy(() -> nothing.domainIsPlainJava().check(nothing.analysed()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("failed to check any classes");
        assertThatThrownBy(() -> nothing.adaptersReachTheDomainThroughApplicationServices().check(nothing.analysed()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("failed to check any classes");
    }

    private static void assertViolation(String fixture, Function<ArchitectureRules, ArchRule> rule, String... named) {
        ArchitectureRules rules = rulesFor(fixture);
        EvaluationResult result = rule.apply(rules).evaluate(rules.analysed());
        assertThat(result.hasViolation()).as("%s breaks %s", fixture, rule.apply(rules).getDescription()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains(named);
        ArchitectureRules clean = rulesFor("clean");
        assertThat(rule.apply(clean).evaluate(clean.analysed()).hasViolation()).as("the clean module keeps it").isFalse();
    }

    private static ArchitectureRules rulesFor(String fixture) {
        return ArchitectureRules.of(FIXTURES + fixture,
                IMPORTED.computeIfAbsent(fixture, name -> new ClassFileImporter().importPackages(FIXTURES + name)));
    }
}
