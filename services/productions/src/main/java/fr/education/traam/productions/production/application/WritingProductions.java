package fr.education.traam.productions.production.application;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.campaignview.Theme;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.groups.GroupKind;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.contract.productions.ThemeReference;
import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.productions.production.AttachedFile;
import fr.education.traam.productions.production.Authorship;
import fr.education.traam.productions.production.Production;
import fr.education.traam.productions.production.ProductionId;
import fr.education.traam.productions.production.ProductionRefusal;
import fr.education.traam.productions.production.Productions;
import fr.education.traam.productions.production.PublicationChecks;
import fr.education.traam.productions.production.PupilDeclaration;
import fr.education.traam.productions.production.Writing;
import fr.education.traam.productions.team.Team;
import fr.education.traam.productions.team.Teams;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** What a production's authors do: start it, write its versions, attach and describe files, answer its checks, submit it. */
@Service
public class WritingProductions {

    private final Productions productions;
    private final Teams teams;
    private final Campaigns campaigns;
    private final ConsultingProductions consulting;
    private final Clock clock;

    WritingProductions(Productions productions, Teams teams, Campaigns campaigns, ConsultingProductions consulting, Clock clock) {
        this.productions = productions;
        this.teams = teams;
        this.campaigns = campaigns;
        this.consulting = consulting;
        this.clock = clock;
    }

    /** A member of a group starts one of the kinds its group writes. */
    public ProductionReading draft(Caller caller, NewProduction request) {
        Team team = teams.find(request.groupId()).orElseThrow(() -> new Refused(ProductionRefusal.GROUP_NOT_FOUND, "groupId",
                "no group " + request.groupId() + " is known here (yet): this service learns groups from traam.groups"));
        if (!team.active()) {
            throw new Refused(ProductionRefusal.GROUP_CLOSED, "group " + team.groupId() + " closed: it writes nothing more");
        }
        Campaign campaign = campaigns.require(new CampaignId(team.campaignId()));
        Theme theme = campaign.requireTheme(new ThemeId(team.themeId()));
        ThemeReference reference = new ThemeReference(campaign.id().value(), campaign.schoolYear(), theme.id().value(), theme.title());
        Authorship authorship = team.kind() == GroupKind.NATIONAL
                ? new Authorship(team.groupId(), team.kind(), reference, null, coAuthors(team, request))
                : new Authorship(team.groupId(), team.kind(), reference, team.academy(), List.of(team.academy()));
        ProductionAccess access = consulting.access(caller, authorship, request.type());
        if (!access.author()) {
            throw notAnAuthor(request.type());
        }
        Production.Changed drafted = Production.draft(ProductionId.random(), request.type(), authorship, request.writing(),
                access.signature(), clock.instant());
        return consulting.reading(productions.save(drafted), access);
    }

    public ProductionReading revise(ProductionId id, ExpectedVersion expected, Caller caller, Writing writing) {
        return authored(id, expected, caller, (p, access) -> p.revise(writing, access.signature(), clock.instant()));
    }

    public ProductionReading submit(ProductionId id, ExpectedVersion expected, Caller caller) {
        return authored(id, expected, caller, (p, access) -> p.submit(access.signature()));
    }

    public ProductionReading answer(ProductionId id, ExpectedVersion expected, Caller caller, ChecksAnswer answer) {
        return authored(id, expected, caller, (p, access) -> {
            PupilDeclaration declaration = answer.noPupilNamed()
                    ? new PupilDeclaration(access.signature(), p.current().number(), clock.instant()) : null;
            return p.answer(new PublicationChecks(answer.licence(), answer.accessibility(), answer.resources(), declaration));
        });
    }

    public ProductionReading attach(ProductionId id, ExpectedVersion expected, Caller caller, AttachedFile file) {
        return authored(id, expected, caller, (p, access) -> p.attach(file));
    }

    public ProductionReading describe(ProductionId id, String attachmentId, ExpectedVersion expected, Caller caller,
                                      String textAlternative, String captionsId, String transcript) {
        return authored(id, expected, caller, (p, access) -> p.describe(attachmentId, textAlternative, captionsId, transcript));
    }

    public ProductionReading detach(ProductionId id, String attachmentId, ExpectedVersion expected, Caller caller) {
        return authored(id, expected, caller, (p, access) -> p.detach(attachmentId));
    }

    /** The production, for its authors to add a file to: refused before anything is stored for anyone else. */
    public Production writable(ProductionId id, Caller caller) {
        Production production = consulting.visible(id, caller);
        requireAuthor(production, consulting.access(caller, production));
        return production;
    }

    private ProductionReading authored(ProductionId id, ExpectedVersion expected, Caller caller,
                                       BiFunction<Production, ProductionAccess, Production.Changed> step) {
        Production production = consulting.visible(id, caller);
        ProductionAccess access = consulting.access(caller, production);
        requireAuthor(production, access);
        expected.check(production.version(), "production " + id);
        return consulting.reading(productions.save(step.apply(production, access)), access);
    }

    private static void requireAuthor(Production production, ProductionAccess access) {
        if (!access.author()) {
            throw notAnAuthor(production.type());
        }
    }

    private static Refused notAnAuthor(ProductionType type) {
        return new Refused(ProductionRefusal.NOT_AN_AUTHOR, type == ProductionType.SYNTHESIS
                ? "the theme's synthesis is written by its DNE experts"
                : "only the members of the production's group write it");
    }

    /** A training module credits the académies whose academic groups co-author it: groups of the same theme. */
    private List<AcademyDetails> coAuthors(Team national, NewProduction request) {
        if (request.type() != ProductionType.TRAINING_MODULE) {
            if (!request.coAuthors().isEmpty()) {
                throw Refused.invalid("coAuthors", "only a training module names co-authoring académies");
            }
            return List.of();
        }
        List<Team> academic = teams.ofTheme(national.campaignId(), national.themeId()).stream()
                .filter(t -> t.kind() == GroupKind.ACADEMIC && t.active()).toList();
        List<AcademyDetails> credited = new ArrayList<>();
        for (String code : request.coAuthors()) {
            AcademyDetails academy = academic.stream().map(Team::academy).filter(a -> a.code().equals(code)).findFirst()
                    .orElseThrow(() -> Refused.invalid("coAuthors", "académie " + code + " has no active group on this theme"));
            if (!credited.contains(academy)) {
                credited.add(academy);
            }
        }
        return credited;
    }
}
