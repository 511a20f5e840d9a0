package fr.education.traam.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The architecture every service keeps: its domain is plain Java that knows no adapter, and its controllers and
 * consumers reach storage only through use cases. Each rule refuses to match nothing, so a misspelt package fails
 * instead of passing silently.
 */
public final class ArchitectureRules {

    private static final String[] PUBLISHED_LANGUAGE = {"java..", "fr.education.traam.contract..", "fr.education.traam.kit.domain"};
    private static final String[] ADAPTERS = {"..web..", "..persistence..", "..application..", "..messaging.."};

    private ArchitectureRules() {
    }

    /** The domain packages depend only on Java, on each other, on the event contract and on the kit's domain types. */
    public static ArchRule domainsArePlainJava(List<String> domains, String... alsoAllowed) {
        String[] allowed = Stream.of(Stream.of(PUBLISHED_LANGUAGE), domains.stream(), Stream.of(alsoAllowed))
                .flatMap(s -> s).toArray(String[]::new);
        return classes().that().resideInAnyPackage(domains.toArray(String[]::new))
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .allowEmptyShould(false);
    }

    /** The domain packages know none of the adapters around them ({@code web}, {@code persistence}, … and {@code more}). */
    public static ArchRule domainsDoNotKnowTheirAdapters(List<String> domains, String... more) {
        String[] adapters = Stream.concat(Stream.of(ADAPTERS), Stream.of(more)).toArray(String[]::new);
        return noClasses().that().resideInAnyPackage(domains.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(adapters)
                .allowEmptyShould(false);
    }

    /** Controllers and consumers are thin: they hand requests and events to use cases, never to storage. */
    public static ArchRule controllersAndConsumersDoNotTouchPersistence() {
        return noClasses().that().resideInAnyPackage("..web..", "..messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "org.springframework.data.mongodb..")
                .allowEmptyShould(false);
    }

    /** Each domain package a service names in its rules holds classes: the rules above match packages as a whole. */
    public static void eachDomainHoldsClasses(JavaClasses service, List<String> domains) {
        for (String domain : domains) {
            classes().that().resideInAPackage(domain).should().resideInAPackage(domain).allowEmptyShould(false).check(service);
        }
    }
}
