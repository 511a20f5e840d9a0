package fr.education.traam.productions.web;

import fr.education.traam.kit.web.ProblemCatalogue;
import fr.education.traam.productions.production.ProductionRefusal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static fr.education.traam.kit.web.ProblemType.conflict;
import static fr.education.traam.kit.web.ProblemType.forbidden;
import static fr.education.traam.kit.web.ProblemType.gone;
import static fr.education.traam.kit.web.ProblemType.notFound;
import static fr.education.traam.kit.web.ProblemType.unprocessable;

@Configuration(proxyBeanMethods = false)
class ProductionsProblems {

    @Bean
    ProblemCatalogue productionProblems() {
        return ProblemCatalogue.of(ProductionRefusal.class, refusal -> switch (refusal) {
            case PRODUCTION_NOT_FOUND -> notFound("production-not-found", "Production not found");
            case PRODUCTION_WITHDRAWN -> gone("production-withdrawn", "Production withdrawn");
            case GROUP_NOT_FOUND -> unprocessable("group-not-found", "Group not known here");
            case GROUP_CLOSED -> conflict("group-closed", "Group closed");
            case KIND_NOT_OF_GROUP -> unprocessable("kind-not-of-group", "Not a kind this group writes");
            case NOT_AN_AUTHOR -> forbidden("not-an-author", "Not an author of this production");
            case NOT_THE_REVIEWER -> forbidden("not-the-reviewer", "Not the reviewer at this stage");
            case OWN_SUBMISSION -> forbidden("own-submission", "Reviewing one's own submission");
            case NOT_THE_PUBLISHER -> forbidden("not-the-publisher", "Not allowed to publish or withdraw this production");
            case STATUS_FORBIDS -> conflict("status-forbids", "Not allowed in the production's status");
            case SUBMISSION_INCOMPLETE -> unprocessable("submission-incomplete", "Production incomplete");
            case PUBLICATION_CHECKS_UNMET -> unprocessable("publication-checks-unmet", "Publication checks not met");
            case VERSION_NOT_FOUND -> notFound("version-not-found", "Version not found");
            case UNKNOWN_DISCIPLINE -> unprocessable("unknown-discipline", "Unknown discipline");
        });
    }
}
