package fr.education.traam.campaigns.campaign.web;

import fr.education.traam.campaigns.campaign.Calendar;
import fr.education.traam.campaigns.campaign.Campaign;
import fr.education.traam.campaigns.campaign.Campaigns;
import fr.education.traam.campaigns.campaign.Expert;
import fr.education.traam.campaigns.campaign.Theme;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.reference.Discipline;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** What the campaigns API answers: public facts only, never the stored documents. */
final class CampaignViews {

    private CampaignViews() {
    }

    @Schema(name = "CampaignView")
    record CampaignView(String id, String schoolYear, String title, CampaignPhase phase, CampaignPhase nextPhase,
                        LocalDate nextPhaseStarts, Calendar calendar, List<ThemeView> themes, long version) {

        static CampaignView of(Campaign campaign) {
            CampaignPhase next = campaign.nextPhase().orElse(null);
            return new CampaignView(campaign.id().value(), campaign.schoolYear().toString(), campaign.title(),
                    campaign.phase(), next, next == null ? null : campaign.calendar().startOf(next).orElse(null),
                    campaign.calendar(), campaign.themes().stream().map(ThemeView::of).toList(), campaign.version());
        }
    }

    @Schema(name = "ThemeView")
    record ThemeView(String id, String title, String description, ThemeKind kind, List<String> disciplines,
                     List<Expert> experts, int capacity, ThemeCycle cycle, String continuesThemeId) {

        static ThemeView of(Theme theme) {
            return new ThemeView(theme.id().value(), theme.title(), theme.description(), theme.kind(),
                    theme.disciplines(), theme.experts(), theme.capacity(), theme.cycle(),
                    theme.continues() == null ? null : theme.continues().value());
        }
    }

    @Schema(name = "Discipline", description = "A discipline the platform knows: its canonical label, what the services "
            + "store and publish, and the other names they recognise for it (case, accents and hyphens aside).")
    record DisciplineView(String code, String label, List<String> aliases) {
        static DisciplineView of(Discipline discipline) {
            return new DisciplineView(discipline.name(), discipline.label(), discipline.aliases());
        }
    }

    @Schema(name = "CampaignPage")
    record CampaignPage(List<CampaignView> items, int page, int size, long total) {

        static CampaignPage of(Campaigns.Page page) {
            return new CampaignPage(page.items().stream().map(CampaignView::of).toList(), page.page(), page.size(), page.total());
        }
    }
}
