package fr.education.traam.productions.synthesis.web;

import fr.education.traam.kit.web.ProblemCatalogue;
import fr.education.traam.productions.synthesis.SynthesisRefusal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static fr.education.traam.kit.web.ProblemType.forbidden;
import static fr.education.traam.kit.web.ProblemType.notFound;

@Configuration(proxyBeanMethods = false)
class SynthesesProblems {

    @Bean
    ProblemCatalogue synthesisProblems() {
        return ProblemCatalogue.of(SynthesisRefusal.class, refusal -> switch (refusal) {
            case SYNTHESIS_NOT_DISTRIBUTED -> notFound("synthesis-not-distributed", "Synthesis not distributed");
            case NOT_A_DISTRIBUTION_READER -> forbidden("not-a-distribution-reader", "Not allowed to read whom a synthesis went to");
        });
    }
}
