package fr.education.traam.productions.production.application;

import fr.education.traam.contract.productions.ReviewStage;
import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.productions.production.Production;
import fr.education.traam.productions.production.ProductionId;
import fr.education.traam.productions.production.ProductionRefusal;
import fr.education.traam.productions.production.Productions;
import fr.education.traam.productions.production.ReviewComment.Verdict;
import org.springframework.stereotype.Service;

import java.time.Clock;

/** What the reviewers do: the piloting inspector's and the DNE expert's verdicts, publication and withdrawal. */
@Service
public class ReviewingProductions {

    private final Productions productions;
    private final ConsultingProductions consulting;
    private final Clock clock;

    ReviewingProductions(Productions productions, ConsultingProductions consulting, Clock clock) {
        this.productions = productions;
        this.consulting = consulting;
        this.clock = clock;
    }

    /** The reviewer of the stage the production waits at gives their verdict. */
    public ProductionReading review(ProductionId id, ExpectedVersion expected, Caller caller, Verdict verdict, String comment) {
        Production production = consulting.visible(id, caller);
        ProductionAccess access = consulting.access(caller, production);
        ReviewStage stage = production.awaiting().orElseThrow(() -> new Refused(ProductionRefusal.STATUS_FORBIDS,
                "production " + id + " is " + production.status() + ": only a submitted production is reviewed"));
        if (!access.reviewerAt(stage)) {
            throw new Refused(ProductionRefusal.NOT_THE_REVIEWER, stage == ReviewStage.ACADEMIC
                    ? "the académie's piloting inspector reviews this production first"
                    : "a DNE expert of the theme validates this production nationally");
        }
        expected.check(production.version(), "production " + id);
        Production.Changed reviewed = production.review(verdict, comment, access.signature(), access.reviewingRole(stage), clock.instant());
        return consulting.reading(productions.save(reviewed), access);
    }

    /** A DNE expert of the theme publishes an approved production, once every publication check is met. */
    public ProductionReading publish(ProductionId id, ExpectedVersion expected, Caller caller) {
        Production production = consulting.visible(id, caller);
        ProductionAccess access = consulting.access(caller, production);
        if (!access.publisher()) {
            throw new Refused(ProductionRefusal.NOT_THE_PUBLISHER, "a DNE expert of the theme publishes its productions");
        }
        expected.check(production.version(), "production " + id);
        Production.Changed published = production.publish(consulting.publicly(production), consulting.socialNetworks(), clock.instant());
        return consulting.reading(productions.save(published), access);
    }

    /** A DNE expert of the theme, or the académie's piloting inspector, withdraws a published production. */
    public ProductionReading withdraw(ProductionId id, ExpectedVersion expected, Caller caller, String reason) {
        Production production = consulting.visible(id, caller);
        ProductionAccess access = consulting.access(caller, production);
        if (!access.withdrawer()) {
            throw new Refused(ProductionRefusal.NOT_THE_PUBLISHER,
                    "a DNE expert of the theme, or the académie's piloting inspector, withdraws a production");
        }
        expected.check(production.version(), "production " + id);
        Production.Changed withdrawn = production.withdraw(reason, consulting.publicly(production), clock.instant());
        return consulting.reading(productions.save(withdrawn), access);
    }
}
