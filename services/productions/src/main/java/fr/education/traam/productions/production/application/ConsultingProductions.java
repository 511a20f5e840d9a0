package fr.education.traam.productions.production.application;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.campaignview.Theme;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.productions.production.Authorship;
import fr.education.traam.productions.production.Production;
import fr.education.traam.productions.production.ProductionId;
import fr.education.traam.productions.production.ProductionRefusal;
import fr.education.traam.productions.production.ProductionStatus;
import fr.education.traam.productions.production.Productions;
import fr.education.traam.productions.production.SocialNetworks;
import fr.education.traam.productions.team.TeamSeat;
import fr.education.traam.productions.team.application.RecognisingMembers;
import org.springframework.stereotype.Service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reading productions: one, as its caller may see it, and the lists of a group or a theme. */
@Service
public class ConsultingProductions {

    private final Productions productions;
    private final Campaigns campaigns;
    private final RecognisingMembers members;
    private final ProductionsProperties properties;

    ConsultingProductions(Productions productions, Campaigns campaigns, RecognisingMembers members, ProductionsProperties properties) {
        this.productions = productions;
        this.campaigns = campaigns;
        this.members = members;
        this.properties = properties;
    }

    /**
     * The production, if the caller may see it; a production they may not see is "not found" to them, so that its
     * existence is not told; a withdrawn one is gone (410) for everyone.
     */
    public ProductionReading production(ProductionId id, Caller caller) {
        Production production = visible(id, caller);
        return reading(production, access(caller, production));
    }

    /** The production if the caller may see it: 410 once withdrawn, 404 when they may not know of it. */
    Production visible(ProductionId id, Caller caller) {
        Production production = require(id);
        // Only a published production is withdrawn: it was public, so its withdrawal is everyone's to know.
        if (production.status() == ProductionStatus.WITHDRAWN) {
            throw new Refused(ProductionRefusal.PRODUCTION_WITHDRAWN, "production " + id + " was withdrawn: "
                    + production.withdrawalReason()).with("withdrawnAt", production.withdrawnAt().toString())
                    .with("reason", production.withdrawalReason());
        }
        if (!access(caller, production).maySee(production.status())) {
            throw notFound(id);
        }
        return production;
    }

    /** The productions of the groups the caller sits in, and of the theme when they review it. */
    public List<ProductionReading> visible(Caller caller, String campaignId, String themeId) {
        List<TeamSeat> seats = members.seatsOf(caller);
        List<Production> found;
        if (campaignId != null && themeId != null) {
            found = productions.ofTheme(campaignId, themeId);
        } else {
            Set<String> groups = new LinkedHashSet<>();
            seats.forEach(s -> groups.add(s.team().groupId()));
            found = groups.isEmpty() ? List.of() : productions.ofGroups(groups);
        }
        Map<String, Theme> themes = new java.util.HashMap<>();
        return found.stream()
                .map(p -> reading(p, new ProductionAccess(caller, p.authorship(), p.type(),
                        themes.computeIfAbsent(p.authorship().theme().campaignId() + "/" + p.authorship().theme().themeId(),
                                key -> themeOf(p.authorship())), seats)))
                .filter(r -> r.production().status() != ProductionStatus.WITHDRAWN && r.access().maySee(r.production().status()))
                .toList();
    }

    Production require(ProductionId id) {
        return productions.find(id).orElseThrow(() -> notFound(id));
    }

    ProductionAccess access(Caller caller, Production production) {
        return access(caller, production.authorship(), production.type());
    }

    ProductionAccess access(Caller caller, Authorship authorship, ProductionType type) {
        List<TeamSeat> seats = caller == null ? List.of() : members.seatsOf(caller);
        return new ProductionAccess(caller, authorship, type, themeOf(authorship), seats);
    }

    ProductionReading reading(Production production, ProductionAccess access) {
        return new ProductionReading(production, access, production.unmet(socialNetworks()),
                production.published() ? properties.pageOf(production.id().value()) : null);
    }

    SocialNetworks socialNetworks() {
        return new SocialNetworks(properties.socialNetworkDomains());
    }

    Production.Publicly publicly(Production production) {
        return new Production.Publicly(properties.pageOf(production.id().value()));
    }

    private Theme themeOf(Authorship authorship) {
        return campaigns.find(new CampaignId(authorship.theme().campaignId()))
                .flatMap(c -> c.theme(new ThemeId(authorship.theme().themeId()))).orElse(null);
    }

    private static Refused notFound(ProductionId id) {
        return new Refused(ProductionRefusal.PRODUCTION_NOT_FOUND, "no production " + id + " is known here");
    }
}
