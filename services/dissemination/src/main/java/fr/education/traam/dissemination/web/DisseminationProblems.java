package fr.education.traam.dissemination.web;

import fr.education.traam.dissemination.academyfeed.AcademyFeedRefusal;
import fr.education.traam.dissemination.newsletter.NewsletterRefusal;
import fr.education.traam.dissemination.site.SiteRefusal;
import fr.education.traam.dissemination.social.SocialRefusal;
import fr.education.traam.kit.web.ProblemCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static fr.education.traam.kit.web.ProblemType.conflict;
import static fr.education.traam.kit.web.ProblemType.forbidden;
import static fr.education.traam.kit.web.ProblemType.notFound;

/**
 * The dissemination service's problem catalogue: every refusal of its features with its stable type, title and status.
 * The switches have no default, so a new refusal does not compile until it has its problem; the API docs list them all.
 */
@Configuration(proxyBeanMethods = false)
class DisseminationProblems {

    @Bean
    ProblemCatalogue newsletterProblems() {
        return ProblemCatalogue.of(NewsletterRefusal.class, refusal -> switch (refusal) {
            case EDITION_LINE_NOT_FOUND -> notFound("edition-line-not-found", "Edition line not found");
            case EDITION_NOT_FOUND -> notFound("edition-not-found", "Edition not found");
            case NEWS_ITEM_NOT_FOUND -> notFound("news-item-not-found", "News item not found");
            case EMPTY_DRAFT -> conflict("empty-draft", "Empty draft");
        });
    }

    @Bean
    ProblemCatalogue siteProblems() {
        return ProblemCatalogue.of(SiteRefusal.class, refusal -> switch (refusal) {
            case SITE_NOT_FOUND -> notFound("site-not-found", "Site not found");
            case DELIVERY_NOT_FOUND -> notFound("delivery-not-found", "Delivery not found");
            case SITE_DISABLED -> conflict("site-disabled", "Site disabled");
            case DELIVERY_NOT_DEAD -> conflict("delivery-not-dead", "Delivery not dead");
            case OTHER_ACADEMY -> forbidden("other-academy", "Another académie's");
        });
    }

    @Bean
    ProblemCatalogue socialProblems() {
        return ProblemCatalogue.of(SocialRefusal.class, refusal -> switch (refusal) {
            case SOCIAL_DRAFT_NOT_FOUND -> notFound("social-draft-not-found", "Social draft not found");
            case DRAFT_ALREADY_DECIDED -> conflict("draft-already-decided", "Draft already decided");
        });
    }

    @Bean
    ProblemCatalogue academyFeedProblems() {
        return ProblemCatalogue.of(AcademyFeedRefusal.class, refusal -> switch (refusal) {
            case ACADEMY_NOT_FOUND -> notFound("academy-not-found", "Académie not found");
        });
    }
}
