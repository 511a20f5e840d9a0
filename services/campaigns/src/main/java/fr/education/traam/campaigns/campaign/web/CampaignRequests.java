package fr.education.traam.campaigns.campaign.web;

import fr.education.traam.campaigns.campaign.Calendar;
import fr.education.traam.campaigns.campaign.Expert;
import fr.education.traam.campaigns.campaign.Theme;
import fr.education.traam.campaigns.campaign.ThemeId;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of the campaigns API, checked field by field before the domain sees them. */
final class CampaignRequests {

    private CampaignRequests() {
    }

    @Schema(name = "CampaignDraft", description = "A new campaign; themes may come inline or be added later.")
    record DraftCampaign(
            @NotBlank @Pattern(regexp = "[0-9]{4}-[0-9]{4}", message = "must read like 2027-2028") String schoolYear,
            @NotBlank @Size(max = 300) String title,
            @NotNull @Valid CalendarBody calendar,
            @Valid List<@NotNull ThemeBody> themes) {

        List<Theme> themeList() {
            return themes == null ? List.of() : themes.stream().map(ThemeBody::toTheme).toList();
        }
    }

    @Schema(name = "Calendar", description = "First day of each phase, in order.")
    record CalendarBody(
            @NotNull LocalDate callOpening,
            @NotNull LocalDate academicSelectionDeadline,
            @NotNull LocalDate nationalSelection,
            @NotNull LocalDate launch,
            @NotNull LocalDate yearTwoStart,
            @NotNull LocalDate closing) {

        Calendar toCalendar() {
            return new Calendar(callOpening, academicSelectionDeadline, nationalSelection, launch, yearTwoStart, closing);
        }
    }

    @Schema(name = "Theme", description = "A theme; its id is derived from the title when absent.")
    record ThemeBody(
            @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens") @Size(max = 80) String id,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 10000) String description,
            @NotNull ThemeKind kind,
            @Schema(description = "Disciplines by label or alias, whatever the case and accents (the list: GET /api/campaigns/disciplines); kept by their canonical labels, each once.", example = "[\"Lettres\", \"Philosophie\"]")
            @NotEmpty List<@NotBlank @Size(max = 100) String> disciplines,
            @NotEmpty @Size(max = 2, message = "one DNE expert or a pair") List<@NotNull @Valid ExpertBody> experts,
            @Min(1) @Schema(defaultValue = "6") Integer capacity,
            @Schema(defaultValue = "FIRST_YEAR") ThemeCycle cycle,
            @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String continuesThemeId) {

        Theme toTheme() {
            return toTheme(id == null ? ThemeId.fromTitle(title) : new ThemeId(id));
        }

        Theme toTheme(ThemeId themeId) {
            return new Theme(themeId, title, description, kind, disciplines,
                    experts.stream().map(e -> new Expert(e.id(), e.name())).toList(),
                    capacity == null ? Theme.USUAL_CAPACITY : capacity, cycle,
                    continuesThemeId == null ? null : new ThemeId(continuesThemeId));
        }
    }

    @Schema(name = "Expert", description = "A DNE expert: id is the subject of the expert's token.")
    record ExpertBody(@NotBlank @Size(max = 100) String id, @NotBlank @Size(max = 200) String name) {
    }

    @Schema(name = "PhaseTransition", description = "The phase to enter: always the campaign's next one.")
    record PhaseTransition(@NotNull CampaignPhase to) {
    }
}
